package se.hrvstat.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

import se.hrvstat.ingest.form.FormRows;
import se.hrvstat.ingest.form.MunicipalForm;
import se.hrvstat.result.InputKind;
import se.hrvstat.store.EstimateStore;
import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.SharedAnnualRun;
import se.hrvstat.testsupport.Sql;
import se.hrvstat.testsupport.Store;

/**
 * CLI.md: after a crash, even kill -9, running the same command again resumes the interrupted
 * execution from its last commit and finishes with every row exactly once. The run is a real
 * {@code hrvstat} process, killed with SIGKILL (Process.destroyForcibly) once it has committed
 * rows of the step under test. Each case runs the stage it tests (issue 16, suite speed): a kill
 * during ingest runs {@code hrvstat run ingest} on the small (0.1) sample; the kill after ingest
 * runs {@code hrvstat run estimate} on the small sample, ingested, validated and weighted
 * beforehand in the test JVM, and is killed once estimates are committed; {@code hrvstat stop}
 * stops {@code hrvstat run ingest} of the repository's sample-data, whose ingest is long enough
 * (about 5 s) for the stop to find it running. The interrupted run is a real process; the stop
 * and the same command run again are the command line in the test JVM ({@link Pipeline#runCli}),
 * which is warm, instead of another cold {@code hrvstat} process.
 */
class KillAndRestartTest {
    @TempDir
    Path temp;

    enum KillPoint {
        /** Rows are being read, validated and landed (the ingest step). */
        DURING_INGEST("ingest", List.of(), "SELECT COUNT(*) FROM survey_response"),
        /**
         * Every file is loaded, validated and weighted: the run is in a later step, the estimate
         * step, with the estimates of some indicators committed.
         */
        AFTER_INGEST("estimate", List.of("ingest", "validate", "weight"), "SELECT COUNT(*) FROM survey_estimate");

        /** The job that is run, killed and run again: the stage under test. */
        final String job;
        /** The stages run to completion before it, in the test JVM. */
        final List<String> before;
        final String progressQuery;

        KillPoint(String job, List<String> before, String progressQuery) {
            this.job = job;
            this.before = before;
            this.progressQuery = progressQuery;
        }

        /** Whether the job estimates, so that its estimates can be checked against a run never killed. */
        boolean estimates() {
            return job.equals("estimate");
        }
    }

    @ParameterizedTest(name = "on H2, killed {0}")
    @EnumSource(KillPoint.class)
    void aRunKilledWithSigkillResumesAndKeepsEveryRowExactlyOnce(KillPoint killPoint) throws Exception {
        runKillAndResume(Store.H2, killPoint);
    }

    // one kill point on PostgreSQL keeps the suite's time in bounds; the mechanism is the same
    @ParameterizedTest(name = "on PostgreSQL, killed {0}")
    @EnumSource(value = KillPoint.class, names = "DURING_INGEST")
    void aRunKilledWithSigkillResumesOnPostgresql(KillPoint killPoint) throws Exception {
        runKillAndResume(Store.POSTGRESQL, killPoint);
    }

    @ParameterizedTest(name = "on H2, stopped {0}")
    @EnumSource(value = KillPoint.class, names = "DURING_INGEST")
    void aRunStoppedWithHrvstatStopEndsStoppedAndTheSameCommandFinishesIt(KillPoint killPoint) throws Exception {
        // the ingest stage of the repository's sample-data (about 100 000 rows, 5 s): the stop must
        // find the run still going, which the ingest of the small sample (about 2 s) may not be;
        // the stop and the same command again run in the test JVM (Pipeline.runCli), so that only
        // the stopped run is a cold hrvstat process
        Path data = Path.of("sample-data").toAbsolutePath();
        Store.Database db = Store.H2.freshDatabase(temp);
        String[] command = {"run", killPoint.job, "--year", "2024", "--data", data.toString(), "--out",
            temp.resolve("out").toString(), "--hrvstat.ingest.chunk=500"};
        // the application once in this JVM before (on the new store, whose tables it makes), so that
        // the stop below starts its context within about a second, not after loading classes for
        // seconds while the run ends
        Pipeline.start(db).close();
        Process first = Pipeline.startCli(temp.resolve("first.log"), db, command);
        assertThat(waitForProgress(db, killPoint, first, temp.resolve("first.log"))).isPositive();

        int stop = Pipeline.runCli(temp.resolve("stop.log"), db, "stop", "1");
        assertThat(stop).as(Files.readString(temp.resolve("stop.log"))).isZero();
        assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).as(Files.readString(temp.resolve("first.log"))).isEqualTo(1);
        assertThat(Sql.text(db, "SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = 1")).isEqualTo("STOPPED");

        int second = Pipeline.runCli(temp.resolve("second.log"), db, command);
        assertThat(second).as(Files.readString(temp.resolve("second.log"))).isZero();
        long answers = Pipeline.dataLines(data.resolve("survey"), "responses.csv");
        long accepted = Sql.number(db, "SELECT COUNT(*) FROM survey_response");
        long rejected = Sql.number(db, "SELECT COUNT(*) FROM (SELECT DISTINCT r.file_id, r.line_no FROM rejected_row r "
                + "JOIN input_file f ON f.file_id = r.file_id WHERE f.kind = 'responses') x");
        assertThat(accepted + rejected).as("every answer accepted or rejected exactly once").isEqualTo(answers);
        assertThat(Sql.number(db, "SELECT COUNT(*) FROM municipal_case")).as("every municipal count once")
                .isEqualTo(Pipeline.dataLines(data.resolve("municipal"), "returns.csv")
                        + formReturnRows(data.resolve("municipal")));
    }

    private void runKillAndResume(Store store, KillPoint killPoint) throws Exception {
        Path data = Pipeline.sampleData(temp.resolve("data"), 0.1);
        Path out = temp.resolve("out");
        Store.Database db = store.freshDatabase(temp);
        runBefore(killPoint, db, data, out);
        // chunks of 500 rows (about 2 500 answers a wave and 24 000 municipal counts a year in the
        // 0.1 sample): a kill during ingest comes after some chunks committed and before others
        String[] command = {"run", killPoint.job, "--year", "2024", "--data", data.toString(), "--out", out.toString(),
            "--hrvstat.ingest.chunk=500"};

        Process first = Pipeline.startCli(temp.resolve("first.log"), db, command);
        long seen = waitForProgress(db, killPoint, first, temp.resolve("first.log"));
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(seen).as("killed after some rows were committed; the run said:%n%s",
                Files.readString(temp.resolve("first.log"))).isPositive();
        assertThat(Sql.text(db, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC"))
                .as("the killed execution is left STARTED").isEqualTo("STARTED");

        int second = Pipeline.runCli(temp.resolve("second.log"), db, command);
        String log = Files.readString(temp.resolve("second.log"));
        assertThat(second).as(log).isZero();

        Path survey = data.resolve("survey");
        Path municipal = data.resolve("municipal");
        long answers = Pipeline.dataLines(survey, "responses.csv");
        long allLines = answers + Pipeline.dataLines(survey, "design.csv") + Pipeline.dataLines(survey, "population.csv")
                + Pipeline.dataLines(municipal, "returns.csv") + Pipeline.dataLines(municipal, "efforts.csv")
                + Pipeline.dataLines(municipal, "population_municipal.csv")
                + Pipeline.dataLines(survey, "area_covariates.csv");
        assertThat(Sql.number(db, "SELECT SUM(rows_loaded) FROM input_file WHERE kind <> 'form'"))
                .as("every line read exactly once").isEqualTo(allLines);
        String outcomes = "((SELECT COUNT(DISTINCT r.line_no) FROM rejected_row r WHERE r.file_id = f.file_id) "
                + "+ (SELECT COUNT(*) FROM survey_class t WHERE t.file_id = f.file_id) "
                + "+ (SELECT COUNT(*) FROM survey_response t WHERE t.file_id = f.file_id) "
                + "+ (SELECT COUNT(*) FROM register_count t WHERE t.file_id = f.file_id) "
                + "+ (SELECT COUNT(*) FROM municipal_case t WHERE t.file_id = f.file_id) "
                + "+ (SELECT COUNT(*) FROM municipal_effort t WHERE t.file_id = f.file_id) "
                + "+ (SELECT COUNT(*) FROM municipal_population t WHERE t.file_id = f.file_id) "
                + "+ (SELECT COUNT(*) FROM area_covariate t WHERE t.file_id = f.file_id))";
        assertThat(Sql.text(db, "SELECT f.path || ': ' || f.rows_loaded || ' rows read, ' || " + outcomes
                + " || ' accepted or rejected' FROM input_file f WHERE COALESCE(f.rows_loaded, -1) <> " + outcomes + " ORDER BY f.file_id"))
                .as("a file whose rows are not each accepted or rejected exactly once").isNull();
        long accepted = Sql.number(db, "SELECT COUNT(*) FROM survey_response");
        long rejected = Sql.number(db, "SELECT COUNT(*) FROM (SELECT DISTINCT r.file_id, r.line_no FROM rejected_row r "
                + "JOIN input_file f ON f.file_id = r.file_id WHERE f.kind = 'responses') x");
        assertThat(accepted + rejected).as("every answer accepted or rejected exactly once").isEqualTo(answers);
        assertThat(Sql.number(db, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = '" + killPoint.job + "'"))
                .as("resumed, not started anew").isEqualTo(1);
        assertThat(Sql.text(db, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC")).isEqualTo("COMPLETED");
        if (killPoint.estimates()) {
            try (ConfigurableApplicationContext app = Pipeline.start(db)) {
                assertThat(app.getBean(EstimateStore.class).load(2024)).as("every estimate once, as a run never killed")
                        .containsExactlyElementsOf(SharedAnnualRun.of(Store.H2).estimates());
            }
        }
        assertThat(Sql.number(db, "SELECT COUNT(*) FROM municipal_case")).as("every municipal count once")
                .isEqualTo(Pipeline.dataLines(municipal, "returns.csv")
                        + formReturnRows(municipal));
    }

    /** The stages before the one under test, run to completion in the test JVM. */
    private static void runBefore(KillPoint killPoint, Store.Database db, Path data, Path out) throws Exception {
        if (killPoint.before.isEmpty()) {
            return;
        }
        try (ConfigurableApplicationContext app = Pipeline.start(db)) {
            PipelineRunner runner = app.getBean(PipelineRunner.class);
            for (String stage : killPoint.before) {
                assertThat(runner.run(stage, new RunParameters(2024, data, out, 0)).getStatus()).as(stage)
                        .isEqualTo(BatchStatus.COMPLETED);
            }
        }
    }

    /** Rows of returns in the municipal Excel forms, as the form reader makes them. */
    private static long formReturnRows(Path municipal) throws Exception {
        if (!Files.isDirectory(municipal)) {
            return 0;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(municipal)) {
            long rows = 0;
            for (Path form : files.filter(p -> p.toString().endsWith(".xlsx")).toList()) {
                rows += FormRows.of(MunicipalForm.read(form), 0, 0).stream()
                        .filter(r -> r.kind() == InputKind.RETURNS).count();
            }
            return rows;
        }
    }

    /**
     * Waits until the run has committed rows of the step under test. Polls only once the run
     * has the store open (the job has started: its first console line), so that on H2 the run owns the
     * database file and the probe connects through H2's automatic server.
     */
    private static long waitForProgress(Store.Database db, KillPoint killPoint, Process run, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline && run.isAlive() && !Files.readString(log).contains("(execution ")) {
            Thread.sleep(20);
        }
        return Sql.waitForPositive(db, run, killPoint.progressQuery, deadline, 20);
    }

}
