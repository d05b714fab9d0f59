package se.hrvstat.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.Store;

/**
 * Issue 18 through the pipeline: area_covariates.csv is landed as an input of the year, the
 * estimate step makes the small-area estimates of the headline indicators and the publish step
 * writes sae-&lt;year&gt;.csv as spec/CLI.md says (that case is AnnualJobTest's
 * theAnnualRunWritesOneRowPerHeadlineIndicatorAndMunicipalityOfTheRegister, on the shared annual
 * run of its JVM: on PostgreSQL that run is made once per JVM, so the cases that read it live in
 * one class, issue 16); a sampled municipality missing from the covariates stops the run naming
 * the file, line and column.
 */
class SmallAreaStepTest {

    @TempDir
    Path temp;

    @Test
    void aSampledMunicipalityMissingFromTheCovariatesStopsTheRunNamingFileLineAndColumn() throws Exception {
        Path data = Pipeline.sampleData(temp.resolve("data"), 0.1);
        Path design = data.resolve("survey/2024/design.csv");
        List<String> designLines = Files.readAllLines(design);
        int kommunkod = Arrays.asList(designLines.get(0).split(",")).indexOf("kommunkod");
        String sampled = designLines.get(1).split(",")[kommunkod];
        Path covariates = data.resolve("survey/2024/area_covariates.csv");
        List<String> kept = Files.readAllLines(covariates).stream().filter(l -> !l.startsWith(sampled + ",")).toList();
        Files.write(covariates, kept);
        try (ConfigurableApplicationContext app = Pipeline.start(Store.H2.freshDatabase(temp))) {
            PipelineRunner runner = app.getBean(PipelineRunner.class);
            RunParameters run = new RunParameters(2024, data, temp.resolve("out"), 0);

            assertThat(runner.run("ingest", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            JobExecution validate = runner.run("validate", run);

            assertThat(validate.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(validate.getAllFailureExceptions()).singleElement().isInstanceOf(InputRejectedException.class)
                    .asString().contains(design + ", line 2, column kommunkod: municipality " + sampled)
                    .contains(covariates.toString());
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM year_input", Long.class))
                    .as("rejected input becomes no year's input").isZero();
        }
    }
}
