package se.hrvstat.batch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import se.hrvstat.HrvstatApplication;
import se.hrvstat.batch.PipelineRunner;
import se.hrvstat.batch.RunParameters;
import se.hrvstat.result.EstimateRow;
import se.hrvstat.store.EstimateStore;
import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.SharedAnnualRun;
import se.hrvstat.testsupport.Store;

/**
 * Issue 15, "stop anywhere": a stop requested during any step of the pipeline (ingest, validate,
 * the tolerance check, weight, an estimate partition, publish, a fact-sheet partition) ends the
 * execution STOPPED within seconds, and the same command then resumes it (in a stage of two steps,
 * stopped once more in the second) and completes it with every row once
 * and the same estimates and publications as a run never stopped (the suite's shared annual run
 * of the same sample on H2, {@link SharedAnnualRun}: on PostgreSQL too, the stores give the same
 * numbers). The request takes the path a
 * SIGTERM takes ({@link GracefulStop#received}, what the signal handler calls), fired by a step
 * listener when the step under test starts; the real signal and {@code hrvstat stop} in another
 * process are covered by {@code ScheduledRunAndSigtermTest} and {@code KillAndRestartTest}.
 */
class StopAnywhereTest {
    private static final int YEAR = 2024;
    /** The step (execution name prefix) whose start fires the stop; cleared once fired. */
    private static final AtomicReference<String> STOP_AT = new AtomicReference<>();

    @TempDir
    Path temp;

    @AfterEach
    void forgetTheStop() {
        STOP_AT.set(null);
        GracefulStop.reset();
    }

    /** Each stage job, and the steps in it a stop is requested in. */
    private static final List<List<String>> STAGES = List.of(List.of("ingest", "ingest"),
            List.of("validate", "validate", "checkTolerance"), List.of("weight", "weight"),
            List.of("estimate", "estimateIndicator:"), List.of("publish", "publish", "faktablad-kommun:"));

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    @Timeout(600)
    void aStopInAnyStepEndsStoppedAndTheSameCommandCompletesItAsIfNeverStopped(Store store) throws Exception {
        Path data = Pipeline.sampleData(temp.resolve("data"), 0.1);
        try (ConfigurableApplicationContext app = start(store.freshDatabase(temp))) {
            PipelineRunner runner = app.getBean(PipelineRunner.class);
            RunParameters run = new RunParameters(YEAR, data, temp.resolve("out"), 0);
            for (List<String> stage : STAGES) {
                stopInEachStepThenComplete(runner, stage.get(0), stage.subList(1, stage.size()), run);
            }
            List<EstimateRow> afterStops = app.getBean(EstimateStore.class).load(YEAR);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long answers = Pipeline.dataLines(data.resolve("survey"), "responses.csv");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Long.class)
                    + jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT DISTINCT r.file_id, r.line_no FROM rejected_row r "
                            + "JOIN input_file f ON f.file_id = r.file_id WHERE f.kind = 'responses') x", Long.class))
                    .as("every answer accepted or rejected exactly once").isEqualTo(answers);

            // a run never stopped: the annual run of the same sample, jobs and templates shared by
            // the suite (SharedAnnualRun, on H2), instead of the three stages run here once more
            SharedAnnualRun never = SharedAnnualRun.of(Store.H2);
            assertThat(afterStops).as("as a run never stopped").containsExactlyElementsOf(never.estimates());
            assertThat(Files.readString(temp.resolve("out/2024/estimates-2024.csv")))
                    .isEqualTo(Files.readString(never.out().resolve("2024/estimates-2024.csv")));
            assertThat(names(temp.resolve("out/2024/faktablad"))).isNotEmpty()
                    .isEqualTo(names(never.out().resolve("2024/faktablad")));
        }
    }

    /**
     * Runs the stage's job with a stop requested in its first step, then the same command with a
     * stop in its next step, and so on; once every step has been stopped in, the same command
     * completes the job. Every run after the first resumes the one job instance: a stop in a later
     * step comes in a resumed execution (issue 16, suite speed: before, each stop was followed by
     * its own completion and the next stop came in a new run, which for {@code publish} wrote every
     * publication and fact sheet once more).
     */
    private static void stopInEachStepThenComplete(PipelineRunner runner, String job, List<String> steps,
                                                   RunParameters run) throws Exception {
        Long instance = null;
        for (String step : steps) {
            STOP_AT.set(step);
            long start = System.nanoTime();
            JobExecution stopped = runner.run(job, run);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(STOP_AT.get()).as("the stop fired in %s", step).isNull();
            assertThat(stopped.getStatus()).as("%s stopped in %s: %s", job, step, stopped.getAllFailureExceptions())
                    .isEqualTo(BatchStatus.STOPPED);
            assertThat(took).as("%s stopped in %s", job, step).isLessThan(Duration.ofMinutes(2));
            if (instance != null) {
                assertThat(stopped.getJobInstance().getInstanceId()).as("resumed, not started anew").isEqualTo(instance);
            }
            instance = stopped.getJobInstance().getInstanceId();
            GracefulStop.reset();
        }

        JobExecution completed = runner.run(job, run);

        assertThat(completed.getStatus()).as("%s after stops in %s: %s", job, steps, completed.getAllFailureExceptions())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(completed.getJobInstance().getInstanceId()).as("resumed, not started anew").isEqualTo(instance);
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static ConfigurableApplicationContext start(Store.Database db) {
        return new SpringApplicationBuilder(HrvstatApplication.class, StopPoint.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(Stream.concat(Stream.of(db.springArguments()), Stream.of(
                        "--hrvstat.jobs-dir=jobs", "--hrvstat.templates-dir=report-templates",
                        "--logging.level.se.hrvstat=WARN")).toArray(String[]::new));
    }

    /** Fires a stop request, as SIGTERM does, when the step named in {@link #STOP_AT} starts. */
    @Configuration
    static class StopPoint {
        @Bean
        static BeanPostProcessor stopPoints() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof AbstractStep step) {
                        step.registerStepExecutionListener(new StepExecutionListener() {
                            @Override
                            public void beforeStep(StepExecution execution) {
                                String at = STOP_AT.get();
                                if (at != null && execution.getStepName().startsWith(at)
                                        && (at.endsWith(":") || execution.getStepName().equals(at))
                                        && STOP_AT.compareAndSet(at, null)) {
                                    GracefulStop.received("SIGTERM");
                                }
                            }
                        });
                    }
                    return bean;
                }
            };
        }
    }
}
