package se.hrvstat.batch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.Sql;
import se.hrvstat.testsupport.Store;

/**
 * The "done when" of operations, with real {@code hrvstat} processes: a scheduled annual run
 * fires at its cron time and completes; SIGTERM stops a run gracefully (the execution ends
 * STOPPED) and {@code hrvstat restart} completes it with every row exactly once. The scheduled
 * run is the annual job, its firing time set by the scheduler's clock; the SIGTERM case runs the
 * stage the signal comes in (ingest) on the small sample.
 */
class ScheduledRunAndSigtermTest {
    private static final Pattern RESPONDENT_ID = Pattern.compile("R\\d{4}-\\d{6}");

    @TempDir
    Path temp;

    @Test
    void aScheduledAnnualRunFiresAtItsTimeAndCompletesLoggingJsonLinesWithoutAnswers() throws Exception {
        Path data = Pipeline.sampleData(temp.resolve("data"), 0.1);
        Path out = temp.resolve("out");
        Path definitions = Files.createDirectories(temp.resolve("schedule"));
        // once a year, 15 March at 02:00 in Stockholm; the scheduler's clock is set (a fixed start,
        // then real time) to two seconds before the next such time, so the firing comes at once
        // instead of after a real wait, and only because the scheduler follows its clock
        Files.writeString(definitions.resolve("annual.job"), "job = annual\ncron = 0 0 2 15 3 *\nzone = Europe/Stockholm\n"
                + "year = 2024\ndata = " + data + "\nout = " + out + "\n");
        Store.Database db = Store.H2.freshDatabase(temp);
        Path log = temp.resolve("schedule.log");

        Process schedule = Pipeline.startCli(log, db, "schedule", "--once", "--definitions", definitions.toString(),
                "--log-format", "json", "--hrvstat.schedule.clock=2027-03-15T01:59:58+01:00");

        assertThat(schedule.waitFor(10, TimeUnit.MINUTES)).isTrue();
        List<String> lines = Files.readAllLines(log);
        assertThat(schedule.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("{").contains("\"message\":\"schedule: firing annual")
                .containsPattern("due \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:00|:30)?[Z+-]")
                .contains("due 2027-03-15T02:00+01:00"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("{")
                .contains("\"message\":\"schedule: annual ended with exit status 0"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("{").contains("\"message\":\"ingest ").contains("rows read from"));
        assertThat(Sql.text(db, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC")).isEqualTo("COMPLETED");
        assertThat(out.resolve("2024/estimates-2024.csv")).isNotEmptyFile();
        Set<String> answers = answerParts(data);
        for (String line : lines) {
            assertThat(RESPONDENT_ID.matcher(line).find()).as("a respondent id in the log: %s", line).isFalse();
            assertThat(answers.stream().noneMatch(line::contains)).as("a respondent's answers in the log: %s", line).isTrue();
        }
    }

    @Test
    void sigtermStopsTheRunAfterACommitAndRestartCompletesItWithEveryRowOnce() throws Exception {
        Path data = Pipeline.sampleData(temp.resolve("data"), 0.1);
        Path out = temp.resolve("out");
        Store.Database db = Store.H2.freshDatabase(temp);
        Path firstLog = temp.resolve("first.log");
        // chunks of 500 rows, so that the signal comes in the middle of the ingest step, after a
        // commit (with the default 50 000 the small sample's ingest is one chunk; at scale 0.1 a
        // wave has about 2 500 answers, five chunks)
        // the stage the signal comes in, hrvstat run ingest; the scheduled test above is the annual run
        Process first = Pipeline.startCli(firstLog, db, "run", "ingest", "--year", "2024", "--data", data.toString(),
                "--out", out.toString(), "--hrvstat.ingest.chunk=500");
        assertThat(waitForValidatedRows(db, first, firstLog)).as("rows landed before the signal").isPositive();

        first.destroy(); // SIGTERM on Linux

        assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String said = Files.readString(firstLog);
        assertThat(first.exitValue()).as(said).isEqualTo(1);
        assertThat(said).contains("SIGTERM received").contains("execution 1 STOPPED").contains("hrvstat restart 1");
        assertThat(Sql.text(db, "SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = 1")).isEqualTo("STOPPED");

        // the restart is the command line in the test JVM (warm), the signalled run a real process
        int restart = Pipeline.runCli(temp.resolve("restart.log"), db, "restart", "1");

        assertThat(restart).as(Files.readString(temp.resolve("restart.log"))).isZero();
        assertThat(Sql.text(db, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC")).isEqualTo("COMPLETED");
        assertThat(Sql.number(db, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).as("restarted, not started anew").isEqualTo(1);
        long answers = Pipeline.dataLines(data.resolve("survey"), "responses.csv");
        long accepted = Sql.number(db, "SELECT COUNT(*) FROM survey_response");
        long rejected = Sql.number(db, "SELECT COUNT(*) FROM (SELECT DISTINCT r.file_id, r.line_no FROM rejected_row r "
                + "JOIN input_file f ON f.file_id = r.file_id WHERE f.kind = 'responses') x");
        assertThat(accepted + rejected).as("every answer accepted or rejected exactly once").isEqualTo(answers);
        assertThat(Sql.number(db, "SELECT SUM(rows_loaded) FROM input_file WHERE kind = 'responses'"))
                .as("every answer read exactly once").isEqualTo(answers);
    }

    /** The answers of each respondent as written in responses.csv (the fields after class_id). */
    private static Set<String> answerParts(Path data) throws Exception {
        try (Stream<Path> files = Files.walk(data.resolve("survey"))) {
            return files.filter(p -> p.getFileName().toString().equals("responses.csv")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream().skip(1);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(l -> l.split(",", 4)).filter(f -> f.length == 4).map(f -> f[3]).collect(Collectors.toSet());
        }
    }

    /** Waits until the run has committed validated rows (polling once it holds the store, as KillAndRestartTest). */
    private static long waitForValidatedRows(Store.Database db, Process run, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline && run.isAlive() && !Files.readString(log).contains("(execution ")) {
            Thread.sleep(20);
        }
        return Sql.waitForPositive(db, run, "SELECT COUNT(*) FROM survey_response", deadline, 20);
    }

}
