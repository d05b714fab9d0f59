package se.hrvstat.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import se.hrvstat.result.ExecutionRecord;
import se.hrvstat.result.StepRecord;

/**
 * The job history (Spring Batch's tables) read over one plain JDBC connection, without the
 * Spring context, Flyway or the jobs: what {@code jobs}, {@code jobs show} and the look-up of an
 * execution id need. It never creates a store: an embedded H2 store that does not exist is
 * opened with {@code IFEXISTS=TRUE}, and a store without the history tables is reported, in both
 * cases saying where it looked.
 */
public final class JobHistoryStore implements AutoCloseable {
    /** H2's error code for a database that does not exist when IFEXISTS is set (90146). */
    private static final int H2_DATABASE_NOT_FOUND = 90146;
    private static final String EXECUTION = "SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.START_TIME, e.END_TIME, "
            + "e.EXIT_MESSAGE FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID";

    private final Connection connection;
    private final JdbcTemplate jdbc;
    private final String where;

    /** The history of a store, or why there is none (no store, or no job tables in it). */
    public record Opening(Optional<JobHistoryStore> history, String missing) {
    }

    private JobHistoryStore(Connection connection, String where) {
        this.connection = connection;
        this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        this.where = where;
    }

    /** Opens the history of the store at the URL; a store that is not there is not created. */
    public static Opening open(String url, String user, String password) {
        String where = describe(url);
        try {
            JobHistoryStore history = new JobHistoryStore(connect(ifExists(url), user, password), where);
            if (!history.hasTables()) {
                history.close();
                return new Opening(Optional.empty(), "no job history in " + where + " (the store has no job tables yet)");
            }
            return new Opening(Optional.of(history), null);
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_NOT_FOUND) {
                return new Opening(Optional.empty(), "no job history: there is no store at " + where
                        + " (--db, else HRVSTAT_DB_URL, names another)");
            }
            throw new IllegalStateException("cannot open the store " + where + ": " + e.getMessage(), e);
        }
    }

    /** Where the history is, for messages: the H2 file or the JDBC URL. */
    public String where() {
        return where;
    }

    /** Executions newest first, of one job and one status when they are given, at most limit. */
    public List<ExecutionRecord> executions(String job, String status, int limit) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder(EXECUTION).append(" WHERE 1 = 1");
        if (job != null) {
            sql.append(" AND i.JOB_NAME = ?");
            args.add(job);
        }
        if (status != null) {
            sql.append(" AND e.STATUS = ?");
            args.add(status.toUpperCase(Locale.ROOT));
        }
        sql.append(" ORDER BY e.JOB_EXECUTION_ID DESC");
        List<ExecutionRecord> found = jdbc.query(con -> {
            var ps = con.prepareStatement(sql.toString());
            ps.setMaxRows(limit);
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            return ps;
        }, (rs, i) -> execution(rs));
        return found;
    }

    public Optional<ExecutionRecord> execution(long id) {
        return jdbc.query(EXECUTION + " WHERE e.JOB_EXECUTION_ID = ?", (rs, i) -> execution(rs), id).stream().findFirst();
    }

    public List<StepRecord> steps(long executionId) {
        return jdbc.query("SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, READ_SKIP_COUNT + PROCESS_SKIP_COUNT + "
                + "WRITE_SKIP_COUNT, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? "
                + "ORDER BY STEP_EXECUTION_ID", (rs, i) -> new StepRecord(rs.getString(1), rs.getString(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5), time(rs.getTimestamp(6)), time(rs.getTimestamp(7))),
                executionId);
    }

    public boolean hasExecution(long id) {
        return !jdbc.queryForList("SELECT 1 FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", Integer.class, id).isEmpty();
    }

    private ExecutionRecord execution(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        String message = rs.getString(6);
        return new ExecutionRecord(id, rs.getString(2), rs.getString(3), time(rs.getTimestamp(4)), time(rs.getTimestamp(5)),
                parameters(id), message == null ? "" : message.lines().findFirst().orElse(""));
    }

    private String parameters(long executionId) {
        return String.join(" ", jdbc.queryForList("SELECT PARAMETER_NAME || '=' || PARAMETER_VALUE FROM "
                + "BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = ? ORDER BY PARAMETER_NAME", String.class, executionId));
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private boolean hasTables() {
        try {
            jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE 1 = 0", Long.class);
            return true;
        } catch (DataAccessException e) {
            return false;
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
        for (java.sql.Driver driver : ServiceLoader.load(java.sql.Driver.class, JobHistoryStore.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                return driver.connect(url, credentials);
            }
        }
        return DriverManager.getConnection(url, credentials);
    }

    /** An embedded H2 file store is opened only if it exists; other URLs as they are. */
    public static String ifExists(String url) {
        boolean h2File = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
        return h2File && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS=") ? url + ";IFEXISTS=TRUE" : url;
    }

    /** The H2 file an embedded store lives in ({@code ….mv.db}), else the URL. */
    public static String describe(String url) {
        if (!ifExists(url).equals(url) || url.toUpperCase(Locale.ROOT).contains("IFEXISTS=")) {
            String path = url.substring("jdbc:h2:".length()).replaceFirst("^file:", "");
            int semicolon = path.indexOf(';');
            path = semicolon < 0 ? path : path.substring(0, semicolon);
            return Path.of(path + ".mv.db").toAbsolutePath().normalize().toString();
        }
        return url;
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
