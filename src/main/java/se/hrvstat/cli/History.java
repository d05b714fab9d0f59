package se.hrvstat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The job history (Spring Batch's tables) read over one plain JDBC connection, without the
 * Spring context, Flyway or the jobs: what {@code jobs}, {@code jobs show} and the look-up of an
 * execution id need. It never creates a store: an embedded H2 store that does not exist is
 * opened with {@code IFEXISTS=TRUE}, and a store without the history tables is reported, in both
 * cases saying where it looked.
 */
final class History implements AutoCloseable {
    /** H2's error code for a database that does not exist when IFEXISTS is set (90146). */
    private static final int H2_DATABASE_NOT_FOUND = 90146;

    private final Connection connection;
    private final JdbcTemplate jdbc;
    private final String where;

    private History(Connection connection, String where) {
        this.connection = connection;
        this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        this.where = where;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Where the history is, for messages: the H2 file or the JDBC URL. */
    String where() {
        return where;
    }

    /**
     * The history of the store the options name, or empty after saying on standard error that
     * there is none and where it looked.
     */
    static Optional<History> open(DatabaseOptions db) {
        Map<String, Object> chosen = db.springProperties();
        Properties defaults = applicationProperties();
        String url = (String) chosen.getOrDefault("spring.datasource.url",
                SpringContexts.property("spring.datasource.url", defaults.getProperty("spring.datasource.url")));
        String user = (String) chosen.getOrDefault("spring.datasource.username", defaults.getProperty("spring.datasource.username", ""));
        String password = (String) chosen.getOrDefault("spring.datasource.password", defaults.getProperty("spring.datasource.password", ""));
        String where = describe(url);
        try {
            Connection connection = connect(ifExists(url), user, password);
            History history = new History(connection, where);
            if (!history.hasTables()) {
                history.close();
                System.err.println("hrvstat: no job history in " + where + " (the store has no job tables yet)");
                return Optional.empty();
            }
            return Optional.of(history);
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_NOT_FOUND) {
                System.err.println("hrvstat: no job history: there is no store at " + where
                        + " (--db or HRVSTAT_DB_URL names another)");
                return Optional.empty();
            }
            throw new IllegalStateException("cannot open the store " + where + ": " + e.getMessage(), e);
        }
    }

    /**
     * A connection from the driver that takes the URL, found with this class's loader (in the
     * fat jar the drivers are not on the system class path that DriverManager searches).
     */
    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        for (java.sql.Driver driver : java.util.ServiceLoader.load(java.sql.Driver.class, History.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                return driver.connect(url, credentials);
            }
        }
        return DriverManager.getConnection(url, credentials);
    }

    /** Whether the execution exists; if not, says so with where it looked. */
    boolean hasExecution(long id) {
        boolean found = !jdbc.queryForList("SELECT 1 FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", Integer.class, id)
                .isEmpty();
        if (!found) {
            System.err.println("hrvstat: no job execution with id " + id + " in " + where + " (see hrvstat jobs)");
        }
        return found;
    }

    private boolean hasTables() {
        try {
            jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE 1 = 0", Long.class);
            return true;
        } catch (DataAccessException e) {
            return false;
        }
    }

    /** An embedded H2 file store is opened only if it exists; other URLs as they are. */
    static String ifExists(String url) {
        boolean h2File = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
        return h2File && !url.toUpperCase(java.util.Locale.ROOT).contains("IFEXISTS=") ? url + ";IFEXISTS=TRUE" : url;
    }

    /** The H2 file an embedded store lives in ({@code ….mv.db}), else the URL. */
    static String describe(String url) {
        if (!ifExists(url).equals(url) || url.toUpperCase(java.util.Locale.ROOT).contains("IFEXISTS=")) {
            String path = url.substring("jdbc:h2:".length()).replaceFirst("^file:", "");
            int semicolon = path.indexOf(';');
            path = semicolon < 0 ? path : path.substring(0, semicolon);
            return Path.of(path + ".mv.db").toAbsolutePath().normalize().toString();
        }
        return url;
    }

    private static Properties applicationProperties() {
        Properties p = new Properties();
        try (InputStream in = History.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // read-only use: nothing to lose
        }
    }
}
