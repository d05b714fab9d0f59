package se.hrvstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.hrvstat.result.InputKind;
import se.hrvstat.result.ReferenceLists;
import se.hrvstat.result.Reject;
import se.hrvstat.result.SourceRow;
import se.hrvstat.result.ValidatedRow;

/** The codebook (jobs/codebook.csv) and the rules across cells and files (jobs/rules.md). */
class RowValidatorTest {
    private RowValidator validator;

    @BeforeEach
    void setUp() throws Exception {
        Codebook codebook;
        try (Reader in = Files.newBufferedReader(Path.of("jobs/codebook.csv"))) {
            codebook = Codebook.parse(in, "jobs/codebook.csv");
        }
        Map<String, Integer> classes = new HashMap<>();
        RuleBook rules;
        try (Reader in = Files.newBufferedReader(Path.of("jobs/rules.csv"))) {
            rules = RuleBook.parse(in, "jobs/rules.csv", codebook);
        }
        validator = new RowValidator(codebook, rules, ReferenceLists.standard(), new ClassRegistry() {
            @Override
            public Integer gradeOf(int wave, String classId) {
                return classes.get(wave + "/" + classId);
            }

            @Override
            public void register(int wave, String classId, int grade) {
                classes.put(wave + "/" + classId, grade);
            }
        });
        validator.validate(row(InputKind.DESIGN, 2, "01-GR", "01", "0114", "S1", "C1", "9", "40", "12", "3", "1", "25"));
    }

    private static SourceRow row(InputKind kind, int line, String... fields) {
        return RowScreening.screened(1, kind, 2024, line, fields);
    }

    private static String[] answer(String respId, String classId, String grade, String q11, String q15) {
        return new String[] {respId, "2024", classId, "1", grade, "15", "1", "2", "2", "2", "2", "1", "2", "2", "2",
            "2", "2", "2", "2", q11, "2", "2", "2", q15, "1"};
    }

    @Test
    void aWellFormedAnswerIsAcceptedWithTypedValues() {
        ValidatedRow result = validator.validate(row(InputKind.RESPONSES, 2, answer("R1", "C1", "9", "2", "")));

        assertThat(result.rejects()).isEmpty();
        assertThat(result.value("sex")).isEqualTo(1);
        assertThat(result.value("q15")).isNull();
    }

    @Test
    void q15AnsweredWithoutRoutingIsRejected() {
        ValidatedRow result = validator.validate(row(InputKind.RESPONSES, 2, answer("R1", "C1", "9", "2", "1")));

        assertThat(result.rejects()).extracting(Reject::rule).containsExactly("routing_q15");
    }

    @Test
    void q15LeftEmptyWhenRoutedIsRejected() {
        ValidatedRow result = validator.validate(row(InputKind.RESPONSES, 2, answer("R1", "C1", "9", "1", "")));

        assertThat(result.rejects()).extracting(Reject::rule).containsExactly("routing_q15");
    }

    @Test
    void anAnswerFromAClassOutsideTheDesignIsRejected() {
        ValidatedRow result = validator.validate(row(InputKind.RESPONSES, 2, answer("R1", "C9", "9", "2", "")));

        assertThat(result.rejects()).extracting(Reject::rule).containsExactly("class_in_design");
    }

    @Test
    void aGradeOtherThanTheClassesIsRejected() {
        ValidatedRow result = validator.validate(row(InputKind.RESPONSES, 2, answer("R1", "C1", "11", "2", "")));

        assertThat(result.rejects()).extracting(Reject::rule).containsExactly("grade_matches_class");
    }

    @Test
    void aRespIdThatIsAPersonalIdentityNumberIsMaskedAndRejected() {
        ValidatedRow result = validator.validate(row(InputKind.RESPONSES, 2, answer("640823-3234", "C1", "9", "2", "")));

        assertThat(result.rejects()).extracting(Reject::rule).containsExactly("personal_identity_number");
        assertThat(result.source().fields()[0]).isEqualTo("64*********");
        assertThat(String.join(",", result.source().fields())).doesNotContain("640823");
    }

    @Test
    void aCellLongerThanAnyColumnRejectsOnlyItsRowWithTheValueCutShort() {
        String[] fields = answer("R1", "C1", "9", "2", "");
        fields[2] = "C" + "1".repeat(300); // class_id: 301 characters, more than the 255 of CsvRowSource
        ValidatedRow result = validator.validate(RowScreening.screened(1, InputKind.RESPONSES, 2024, 2, fields));

        assertThat(result.rejects()).extracting(Reject::rule).containsExactly("field_too_long");
        assertThat(result.rejects().get(0).column()).isEqualTo("class_id");
        // the first 20 characters, digits hidden, and the length
        assertThat(result.rejects().get(0).value()).isEqualTo("C" + "*".repeat(19) + "... (301 characters)");
    }

    @Test
    void aCodeOutsideTheCodebookIsRejectedNamingTheColumnAndValue() {
        String[] fields = answer("R1", "C1", "9", "2", "");
        fields[6] = "7";

        ValidatedRow result = validator.validate(row(InputKind.RESPONSES, 2, fields));

        assertThat(result.rejects()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("code");
            assertThat(r.column()).isEqualTo("born");
            assertThat(r.value()).isEqualTo("7");
        });
    }

    @Test
    void missingCodesAreKeptAsCodes() {
        String[] fields = answer("R1", "C1", "9", "2", "");
        fields[3] = "9";
        fields[9] = "8";

        ValidatedRow result = validator.validate(row(InputKind.RESPONSES, 2, fields));

        assertThat(result.rejects()).isEmpty();
        assertThat(result.value("sex")).isEqualTo(9);
        assertThat(result.value("q01")).isEqualTo(8);
    }

    @Test
    void aDuplicateRespIdInTheSameFileIsRejected() {
        validator.validate(row(InputKind.RESPONSES, 2, answer("R1", "C1", "9", "2", "")));

        ValidatedRow second = validator.validate(row(InputKind.RESPONSES, 3, answer("R1", "C1", "9", "2", "")));

        assertThat(second.rejects()).extracting(Reject::rule).containsExactly("duplicate_key");
    }

    @Test
    void moreStaffTrainedThanStaffIsRejected() {
        ValidatedRow result = validator.validate(row(InputKind.EFFORTS, 2, "2024", "0114", "2024-03-01T10:00:00Z", "ja",
                "ja", "nej", "ja", "12", "10", "ja", "nej", "nej"));

        assertThat(result.rejects()).extracting(Reject::rule).containsExactly("staff_trained_within_total");
    }

    @Test
    void anUnknownMunicipalityIsRejected() {
        ValidatedRow result = validator.validate(row(InputKind.RETURNS, 2, "2024", "0199", "skola", "annat", "13-17",
                "hot", "3", "2024-03-01T10:00:00Z"));

        assertThat(result.rejects()).extracting(Reject::rule).containsExactly("kommunkod");
    }

    @Test
    void aRowWithTooFewFieldsIsRejectedNotLost() {
        ValidatedRow result = validator.validate(row(InputKind.RETURNS, 7, "2024", "0114"));

        assertThat(result.rejects()).extracting(Reject::rule).containsExactly("wrong_field_count");
        assertThat(result.source().line()).isEqualTo(7);
    }

    @Test
    void aPopulationFileWithoutTheOptionalBornColumnIsReadWithBornEmpty() {
        validator.headerWidth(1, 5); // margin,lanskod,sex,grade,count: the header of files before born_grade
        ValidatedRow result = validator.validate(row(InputKind.POPULATION, 2, "sex_grade", "", "1", "9", "37193"));

        assertThat(result.rejects()).isEmpty();
        assertThat(result.values()).hasSize(6);
        assertThat(result.value("count")).isEqualTo(37193);
        assertThat(result.value("born")).isNull();
    }

    @Test
    void aBornGradeRowCarriesItsBackgroundAndOtherMarginsLeaveItEmpty() {
        ValidatedRow born = validator.validate(row(InputKind.POPULATION, 2, "born_grade", "", "", "11", "15306", "3"));
        ValidatedRow missing = validator.validate(row(InputKind.POPULATION, 3, "born_grade", "", "", "11", "15306", ""));
        ValidatedRow stray = validator.validate(row(InputKind.POPULATION, 4, "lan_grade", "01", "", "9", "17283", "2"));
        ValidatedRow badCode = validator.validate(row(InputKind.POPULATION, 5, "born_grade", "", "", "9", "10", "9"));

        assertThat(born.rejects()).isEmpty();
        assertThat(born.value("born")).isEqualTo(3);
        assertThat(missing.rejects()).extracting(Reject::rule).containsExactly("born_in_born_grade_only");
        assertThat(stray.rejects()).extracting(Reject::rule).containsExactly("born_in_born_grade_only");
        assertThat(badCode.rejects()).extracting(Reject::column).containsExactly("born");
    }

    @Test
    void aRowIsJudgedAgainstItsOwnFilesHeader() {
        validator.headerWidth(1, 5);
        ValidatedRow sixFields = validator.validate(row(InputKind.POPULATION, 2, "born_grade", "", "", "9", "10", "1"));

        assertThat(sixFields.rejects()).extracting(Reject::rule).containsExactly("wrong_field_count");
        assertThat(sixFields.rejects().get(0).message()).isEqualTo("the row has 6 fields, the header 5");
    }
}
