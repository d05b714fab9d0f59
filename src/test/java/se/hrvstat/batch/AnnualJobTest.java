package se.hrvstat.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.SharedAnnualRun;
import se.hrvstat.testsupport.Store;

/** The annual job end to end on generated data, on H2 and on PostgreSQL. */
class AnnualJobTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    void theAnnualRunPublishesAndARerunDuplicatesNothing(Store store) throws Exception {
        // the first run is the JVM's shared annual run on a fresh database (SmallAreaStepTest reads it too)
        SharedAnnualRun shared = SharedAnnualRun.of(store);
        Path data = shared.data();
        Path out = shared.out();
        try (ConfigurableApplicationContext app = Pipeline.start(shared.db())) {
            PipelineRunner runner = app.getBean(PipelineRunner.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

            JobExecution first = shared.first();

            assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            long answers = Pipeline.dataLines(data.resolve("survey"), "responses.csv");
            long outcomes = count(jdbc, "rejected_row") + accepted(jdbc);
            long accepted = count(jdbc, "survey_response");
            long rejectedAnswers = jdbc.queryForObject("SELECT COUNT(DISTINCT r.file_id * 100000000 + r.line_no) FROM "
                    + "rejected_row r JOIN input_file f ON f.file_id = r.file_id WHERE f.kind = 'responses'", Long.class);
            assertThat(accepted + rejectedAnswers).as("every answer is accepted or rejected, none lost").isEqualTo(answers);
            assertThat(accepted).isPositive();
            assertThat(count(jdbc, "survey_weight")).isEqualTo(accepted);
            assertThat(out.resolve("2024/rapport-2024.pdf")).isNotEmptyFile();
            assertThat(out.resolve("2024/tabeller-2024.xlsx")).isNotEmptyFile();
            assertThat(Files.readAllLines(out.resolve("2024/estimates-2024.csv")).get(0))
                    .isEqualTo("indicator,wave,domain,estimate,se,ci_low,ci_high,deff,n,flag,p");
            long estimates = count(jdbc, "survey_estimate");
            byte[] csv = Files.readAllBytes(out.resolve("2024/estimates-2024.csv"));

            JobExecution second = runner.run("annual", new RunParameters(2024, data, out, 0));

            assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(second.getId()).isNotEqualTo(first.getId());
            assertThat(count(jdbc, "rejected_row") + accepted(jdbc)).as("the same files add nothing").isEqualTo(outcomes);
            assertThat(count(jdbc, "survey_response")).isEqualTo(accepted);
            assertThat(count(jdbc, "survey_estimate")).isEqualTo(estimates);
            assertThat(Files.readAllBytes(out.resolve("2024/estimates-2024.csv"))).as("same inputs, same output")
                    .isEqualTo(csv);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    void aFailedRunIsRestartedByItsIdOnceTheInputIsMended(Store store) throws Exception {
        Path data = Pipeline.sampleData(temp.resolve("data"), 0.1);
        Path responses = data.resolve("survey/2022/responses.csv");
        byte[] good = Files.readAllBytes(responses);
        Files.writeString(responses, "resp_id,wave,klass\n");
        Path out = temp.resolve("out");
        try (ConfigurableApplicationContext app = Pipeline.start(store.freshDatabase(temp))) {
            PipelineRunner runner = app.getBean(PipelineRunner.class);

            JobExecution failed = runner.run("annual", new RunParameters(2024, data, out, 0));

            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(failed.getAllFailureExceptions()).singleElement().asString()
                    .contains("responses.csv, line 1, column 3").contains("wrong header");
            Files.write(responses, good);

            JobExecution restarted = runner.restart(failed.getId());

            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
            assertThat(out.resolve("2024/estimates-2024.csv")).isNotEmptyFile();
        }
    }

    /** Accepted rows of every kind of input. */
    private static long accepted(JdbcTemplate jdbc) {
        long rows = 0;
        for (String table : new String[] {"survey_class", "survey_response", "register_count", "municipal_case",
            "municipal_effort", "municipal_population"}) {
            rows += count(jdbc, table);
        }
        return rows;
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
