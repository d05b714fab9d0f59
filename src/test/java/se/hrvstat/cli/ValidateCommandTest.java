package se.hrvstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hrvstat validate} on the deliberately broken files of sample-data/broken (CLI.md). */
import se.hrvstat.testsupport.CliRun;
import se.hrvstat.testsupport.CliRun.Outcome;

class ValidateCommandTest {
    private static final Path BROKEN = Path.of("sample-data/broken");

    @TempDir
    Path temp;

    private Path wave(String responses) throws Exception {
        return wave(BROKEN.resolve("design.csv"), BROKEN.resolve(responses));
    }

    private Path wave(Path design, Path responses) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data/survey/2024"));
        Files.copy(design, folder.resolve("design.csv"));
        Files.copy(responses, folder.resolve("responses.csv"));
        return temp.resolve("data");
    }

    private static Outcome validate(Path data) {
        return CliRun.execute("validate", "--data", data.toString(), "--year", "2024");
    }

    @Test
    void areaCovariatesWithEverySampledMunicipalityAndAFurtherColumnPass() throws Exception {
        Path data = wave("responses.csv");
        Files.writeString(data.resolve("survey/2024/area_covariates.csv"),
                "kommunkod,students,share_foreign_background,median_income\n0120,310,0.21,301.5\n0123,280,0.4,\n");

        Outcome result = validate(data);

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("area_covariates.csv").contains("read 2, accepted 2, rejected 0");
    }

    @Test
    void aSampledMunicipalityMissingFromTheAreaCovariatesStopsTheRunWithExit3NamingDesignLineAndColumn()
            throws Exception {
        Path data = wave("responses.csv");
        Files.writeString(data.resolve("survey/2024/area_covariates.csv"),
                "kommunkod,students,share_foreign_background\n0120,310,0.21\n");

        Outcome result = validate(data);

        assertThat(result.status()).isEqualTo(3);
        assertThat(result.out()).contains("municipality_in_covariates")
                .contains("design.csv, line 3, column kommunkod: municipality 0123 has no row here");
    }

    @Test
    void validFilesPassWithExitZeroAndTheirCounts() throws Exception {
        Outcome result = validate(wave("responses.csv"));

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("read 12, accepted 12, rejected 0").contains("RFC 4180");
    }

    @Test
    void anAnswerFromAnUnknownClassIsCountedUnderItsRuleAndStopsTheRunWithExit3() throws Exception {
        // 1 of 12 rows rejected = 8.3 %, above the 2 % tolerance of jobs/annual.properties
        Outcome result = validate(wave("responses-unknown-class.csv"));

        assertThat(result.status()).isEqualTo(3);
        assertThat(result.out()).contains("rejected 1").contains("class_in_design").contains("line 3");
    }

    @Test
    void aPersonalIdentityNumberIsRejectedAndNeverPrinted() throws Exception {
        Outcome result = validate(wave("responses-personnummer.csv"));

        assertThat(result.status()).isEqualTo(3);
        assertThat(result.out()).contains("personal_identity_number").doesNotContain("091012-8628")
                .doesNotContain("0910128628");
    }

    @Test
    void aWrongHeaderIsRejectedInputNamingFileLineAndColumnNotAStackTrace() throws Exception {
        Outcome result = validate(wave("responses-wrong-header.csv"));

        assertThat(result.status()).isEqualTo(3);
        assertThat(result.err()).contains("responses.csv, line 1, column").contains("wrong header")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void brokenQuotingIsRejectedInputNamingTheLine() throws Exception {
        Outcome result = validate(wave("responses-broken-quoting.csv"));

        assertThat(result.status()).isEqualTo(3);
        assertThat(result.err()).contains("responses.csv, line").contains("broken CSV");
    }

    @Test
    void anEmptyOrBinaryFileIsRefusedByNameWithExit3() throws Exception {
        Outcome empty = validate(wave("responses-empty.csv"));
        assertThat(empty.status()).isEqualTo(3);
        assertThat(empty.err()).contains("responses.csv").contains("empty");
        Files.delete(temp.resolve("data/survey/2024/responses.csv"));
        Files.delete(temp.resolve("data/survey/2024/design.csv"));
        Outcome binary = validate(wave("responses-binary.csv"));
        assertThat(binary.status()).isEqualTo(3);
        assertThat(binary.err()).contains("not text");
    }

    @Test
    void aFolderWithoutInputForTheYearIsRejectedInputNamingWhereItLooked() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data/survey/2030"));

        Outcome result = validate(data.getParent().getParent());

        assertThat(result.status()).isEqualTo(3);
        assertThat(result.err()).contains("no input for 2024").contains(temp.resolve("data").toString());
    }

    @Test
    void aMissingDataFolderIsAUsageError() {
        Outcome result = validate(temp.resolve("nowhere"));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("--data " + temp.resolve("nowhere") + ": there is no such folder")
                .contains("See 'hrvstat validate --help'").doesNotContain("Exception");
    }

    @Test
    void theSwedishExcelDialectIsAcceptedAndReported() throws Exception {
        Path sv = BROKEN.resolve("excel-sv");
        Outcome result = validate(wave(sv.resolve("design.csv"), sv.resolve("responses.csv")));

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("Swedish Excel dialect (semicolon, windows-1252");
    }

    @Test
    void aTypeCountAbovePersonerAndStaffTrainedAboveStaffAreRejectedByTheRulesFile() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data/municipal/2024"));
        Files.copy(BROKEN.resolve("returns-invalid.csv"), folder.resolve("returns.csv"));
        Files.copy(BROKEN.resolve("efforts-trained-above-total.csv"), folder.resolve("efforts.csv"));

        Outcome result = validate(temp.resolve("data"));

        // returns: line 4 (hot 14 > personer 12), lines 5-6 (kommunkod 0000): 3 of 5 rejected
        assertThat(result.status()).isEqualTo(3);
        assertThat(result.out()).contains("read 5, accepted 2, rejected 3").contains("type_count_within_persons")
                .contains("line 4, column value").contains("staff_trained_within_total");
    }
}
