package se.hrvstat.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.Store;

/**
 * The ingest step's read and write counts ({@code hrvstat jobs}, the run's summary) count rows,
 * although the step's item is a block of up to 1 000 rows: every row of every file read, and
 * every row landed (accepted or rejected), across chunks of several blocks and a last block
 * that is not full.
 */
class IngestStepCountsTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "chunks of {0} rows")
    @ValueSource(ints = {1000, 3000})
    void theIngestStepCountsRowsNotBlocks(int chunk) throws Exception {
        Path data = Pipeline.sampleData(temp.resolve("data"), 0.1);
        try (ConfigurableApplicationContext app = Pipeline.start(Store.H2.freshDatabase(temp),
                "--hrvstat.ingest.chunk=" + chunk)) {
            JobExecution ingest = app.getBean(PipelineRunner.class).run("ingest",
                    new RunParameters(2024, data, temp.resolve("out"), 0));
            assertThat(ingest.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            StepExecution step = ingest.getStepExecutions().iterator().next();
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long rowsRead = jdbc.queryForObject("SELECT SUM(rows_loaded) FROM input_file", Long.class);
            long landed = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM survey_class) + (SELECT COUNT(*) FROM "
                    + "survey_response) + (SELECT COUNT(*) FROM register_count) + (SELECT COUNT(*) FROM municipal_case) "
                    + "+ (SELECT COUNT(*) FROM municipal_effort) + (SELECT COUNT(*) FROM municipal_population) + (SELECT COUNT(*) FROM area_covariate) + "
                    + "(SELECT COUNT(DISTINCT file_id || ':' || line_no) FROM rejected_row)", Long.class);

            assertThat(rowsRead).as("the sample's rows, several blocks").isGreaterThan(5_000);
            assertThat(step.getReadCount()).isEqualTo(rowsRead);
            assertThat(step.getWriteCount()).isEqualTo(landed).isEqualTo(rowsRead);
            assertThat(jdbc.queryForObject("SELECT READ_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'ingest'",
                    Long.class)).as("as stored for hrvstat jobs").isEqualTo(rowsRead);
        }
    }
}
