package se.hrvstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.result.InputKind;
import se.hrvstat.result.ReferenceLists;
import se.hrvstat.result.Reject;
import se.hrvstat.result.ValidatedRow;

/** area_covariates.csv (EXCHANGE.md 1.5) against jobs/codebook.csv and the rules built in. */
class AreaCovariatesValidationTest {
    private RowValidator validator;

    @BeforeEach
    void setUp() throws Exception {
        Codebook codebook;
        try (Reader in = Files.newBufferedReader(Path.of("jobs/codebook.csv"))) {
            codebook = Codebook.parse(in, "jobs/codebook.csv");
        }
        RuleBook rules;
        try (Reader in = Files.newBufferedReader(Path.of("jobs/rules.csv"))) {
            rules = RuleBook.parse(in, "jobs/rules.csv", codebook);
        }
        validator = new RowValidator(codebook, rules, ReferenceLists.standard(), new ClassRegistry() {
            @Override
            public Integer gradeOf(int wave, String classId) {
                return null;
            }

            @Override
            public void register(int wave, String classId, int grade) {
            }
        });
    }

    private ValidatedRow validate(int line, String... fields) {
        return validator.validate(RowScreening.screened(7, InputKind.AREA_COVARIATES, 2024, line, fields));
    }

    @Test
    void aMunicipalityWithItsStudentsAndShareIsAcceptedWithTypedValues() {
        ValidatedRow row = validate(2, "0114", "69", "0.202899");

        assertThat(row.rejects()).isEmpty();
        assertThat(row.value("kommunkod")).isEqualTo("0114");
        assertThat(row.value("students")).isEqualTo(69);
        assertThat(row.value("share_foreign_background")).isEqualTo(0.202899);
    }

    @Test
    void furtherColumnsAreAllowedAndMustBeNumbers() {
        assertThat(validate(2, "0114", "69", "0.2", "12.5", "").rejects()).isEmpty();

        ValidatedRow bad = validate(3, "0115", "225", "0.08", "many");
        assertThat(bad.rejects()).extracting(Reject::rule, Reject::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple("decimal", "column 4"));
    }

    @Test
    void aShareOutsideZeroToOneIsRejectedNamingTheColumn() {
        ValidatedRow row = validate(2, "0114", "69", "1.2");

        assertThat(row.rejects()).extracting(Reject::rule, Reject::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple("range", "share_foreign_background"));
    }

    @Test
    void negativeStudentsAndAnUnknownMunicipalityAreRejected() {
        assertThat(validate(2, "0114", "-1", "0.2").rejects()).extracting(Reject::column).containsExactly("students");
        assertThat(validate(3, "9999", "10", "0.2").rejects()).extracting(Reject::column).containsExactly("kommunkod");
    }

    @Test
    void aMunicipalitysSecondRowIsRejectedAsADuplicate() {
        assertThat(validate(2, "0114", "69", "0.2").rejects()).isEmpty();

        assertThat(validate(5, "0114", "70", "0.2").rejects()).extracting(Reject::rule, Reject::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("duplicate_key", "kommunkod"));
    }

    @Test
    void tooFewFieldsAreAWrongFieldCount() {
        assertThat(validate(2, "0114", "69").rejects()).extracting(Reject::rule).containsExactly("wrong_field_count");
    }

    @Test
    void theHeaderMayGoOnWithFurtherColumnsButMustBeginWithTheNamedOnes(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "kommunkod;students;share_foreign_background;income_median\n0114;69;0,2;301,5\n",
                StandardCharsets.UTF_8);
        assertThat(CsvDialectDetector.detect(good, InputKind.AREA_COVARIATES).separator()).isEqualTo(';');

        Path wrong = dir.resolve("wrong.csv");
        Files.writeString(wrong, "kommunkod,share_foreign_background,students\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvDialectDetector.detect(wrong, InputKind.AREA_COVARIATES))
                .hasMessageContaining("line 1, column 2").hasMessageContaining("expected 'students'");
    }

    @Test
    void otherKindsStillNeedTheirExactHeader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("population.csv");
        Files.writeString(file, "margin,lanskod,sex,grade,count,extra\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvDialectDetector.detect(file, InputKind.POPULATION))
                .hasMessageContaining("column 6");
    }
}
