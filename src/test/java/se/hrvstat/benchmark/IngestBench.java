package se.hrvstat.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.SplittableRandom;

import org.postgresql.PGConnection;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.hrvstat.batch.PipelineRunner;
import se.hrvstat.batch.RunParameters;
import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.Store;

/**
 * Issue 5 item 7: ingest + validation of a generated responses.csv on PostgreSQL against
 * PostgreSQL's own {@code COPY} of the same file into an equivalent plain table (the same
 * columns and primary key as {@code survey_response}), in the same run on the same server: one
 * COPY just before hrvstat and one just after (each into a table of its own), their mean the
 * reference, so that a load that changes during the run weighs on both sides alike. COPY is the
 * physical limit for landing rows; the ratio is
 * throughput(pipeline) / throughput(COPY) = time(COPY) / time(pipeline).
 *
 * <p>{@code java -cp $CP se.hrvstat.benchmark.IngestBench [ROWS] [DIR]} (see benchmarks/ingest-bench.sh).
 * PostgreSQL is {@code HRVSTAT_TEST_PG_URL} if set, else an embedded one (zonky).
 */
public final class IngestBench {
    private static final String HEADER = "resp_id,wave,class_id,sex,grade,age,born,disability,lgbtq,q01,q02,q03,q04,"
            + "q05,q06,q07,q08,q09,q10,q11,q12,q13,q14,q15,q16";

    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "/tmp/hrvstat-ingest-bench");
        Files.createDirectories(dir);
        Path data = dir.resolve("data-" + rows);
        Path responses = data.resolve("survey/2024/responses.csv");
        if (!Files.exists(responses)) {
            generate(data, rows);
        }
        Store.Database db = Store.POSTGRESQL.freshDatabase(dir);
        double copyBefore;
        double ingest;
        double validate;
        try (ConfigurableApplicationContext app = Pipeline.start(db)) {
            PipelineRunner runner = app.getBean(PipelineRunner.class);
            RunParameters run = new RunParameters(2024, data, dir.resolve("out"), 0);
            // autovacuum off for the three tables timed, alike: a million new rows make PostgreSQL
            // analyze and vacuum a table in the background, into whichever part comes next
            app.getBean(JdbcTemplate.class).execute("ALTER TABLE survey_response SET (autovacuum_enabled = false)");
            settle(db);
            copyBefore = copy(db, responses, "responses_copy_before"); // with the schema migrated
            settle(db);
            long t0 = System.nanoTime();
            check(runner.run("ingest", run).getStatus(), "ingest");
            long t1 = System.nanoTime();
            check(runner.run("validate", run).getStatus(), "validate");
            long t2 = System.nanoTime();
            ingest = (t1 - t0) / 1e9;
            validate = (t2 - t1) / 1e9;
            long accepted = app.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM survey_response", Long.class);
            if (accepted != rows) {
                throw new IllegalStateException("accepted " + accepted + " of " + rows + " rows");
            }
        }
        settle(db);
        double copyAfter = copy(db, responses, "responses_copy_after");
        double copy = (copyBefore + copyAfter) / 2;
        double pipeline = ingest + validate;
        System.out.printf(Locale.ROOT, "rows %d%n", rows);
        System.out.printf(Locale.ROOT, "hrvstat ingest   %8.1f s%n", ingest);
        System.out.printf(Locale.ROOT, "hrvstat validate %8.1f s%n", validate);
        System.out.printf(Locale.ROOT, "hrvstat total    %8.1f s  %10.0f rows/s%n", pipeline, rows / pipeline);
        System.out.printf(Locale.ROOT, "COPY             %8.1f s  %10.0f rows/s  (mean of %.1f s before and %.1f s after)%n",
                copy, rows / copy, copyBefore, copyAfter);
        System.out.printf(Locale.ROOT, "ratio (hrvstat throughput / COPY throughput) %.3f%n", copy / pipeline);
        System.out.printf(Locale.ROOT, "ratio against the faster COPY %.3f%n", Math.min(copyBefore, copyAfter) / pipeline);
    }

    private static void check(BatchStatus status, String job) {
        if (status != BatchStatus.COMPLETED) {
            throw new IllegalStateException(job + " ended " + status);
        }
    }

    /**
     * Lets the machine come to rest before a timed part, the same for each: a checkpoint (the WAL
     * and dirty buffers of the part before are written out) and the operating system's
     * {@code sync} (with {@code fsync=off} the part before leaves some 300 MB of dirty pages in the
     * page cache, whose write-back would otherwise slow down whichever part comes next).
     */
    private static void settle(Store.Database db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        }
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (java.io.IOException e) {
            // no sync command: the checkpoint alone
        }
    }

    /** COPY of the file into a new plain table with survey_response's columns and key; seconds. */
    private static double copy(Store.Database db, Path responses, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (resp_id VARCHAR(32) NOT NULL, wave INTEGER NOT NULL, "
                    + "class_id VARCHAR(64) NOT NULL, sex SMALLINT NOT NULL, grade SMALLINT NOT NULL, age SMALLINT, "
                    + "born SMALLINT NOT NULL, disability SMALLINT NOT NULL, lgbtq SMALLINT NOT NULL, "
                    + "q01 SMALLINT, q02 SMALLINT, q03 SMALLINT, q04 SMALLINT, q05 SMALLINT, q06 SMALLINT, q07 SMALLINT, "
                    + "q08 SMALLINT, q09 SMALLINT, q10 SMALLINT, q11 SMALLINT, q12 SMALLINT, q13 SMALLINT, q14 SMALLINT, "
                    + "q15 SMALLINT, q16 SMALLINT, PRIMARY KEY (wave, resp_id)) WITH (autovacuum_enabled = false)");
            long t0 = System.nanoTime();
            try (Reader in = Files.newBufferedReader(responses, StandardCharsets.UTF_8)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "COPY " + table + " FROM STDIN WITH (FORMAT csv, HEADER true)", in);
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    /** Two classes (sample-data/broken/design.csv) and valid answers with varied codes and routing. */
    public static void generate(Path data, int rows) throws IOException {
        Path folder = Files.createDirectories(data.resolve("survey/2024"));
        Files.copy(Path.of("sample-data/broken/design.csv"), folder.resolve("design.csv"));
        String[] classes = {"0120-GR-01-9A", "0120-GR-01-9B"};
        SplittableRandom rng = new SplittableRandom(20261129L);
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("responses.csv"), StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(96);
            for (int i = 1; i <= rows; i++) {
                line.setLength(0);
                line.append("R2024-").append(String.format("%08d", i)).append(",2024,").append(classes[0]).append(',')
                        .append(1 + rng.nextInt(3)).append(",9,").append(14 + rng.nextInt(3)).append(',')
                        .append(1 + rng.nextInt(3)).append(',').append(1 + rng.nextInt(2)).append(',')
                        .append(1 + rng.nextInt(2));
                boolean routed = false;
                for (int q = 1; q <= 16; q++) {
                    line.append(',');
                    if (q == 15) {
                        if (routed) {
                            line.append(1 + rng.nextInt(2));
                        }
                        continue;
                    }
                    int code = rng.nextInt(10) == 0 ? 1 : rng.nextInt(20) == 0 ? 9 : 2;
                    routed |= q >= 11 && q <= 14 && code == 1;
                    line.append(code);
                }
                out.append(line).append('\n');
            }
        }
    }
}
