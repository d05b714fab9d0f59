package se.hrvstat.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The register of input files, keyed by checksum, with their load state and counts. */
@Repository
public class InputFileStore {
    private final JdbcTemplate jdbc;

    public InputFileStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A registered file and how far it has come. */
    public record Registered(long fileId, String checksum, String kind, int period, String path, boolean loaded,
                             boolean validated, Integer rowsLoaded, Integer rowsAccepted, Integer rowsRejected,
                             String dialect) {
    }

    /** Registers a file by checksum, or returns the one registered before (same content). */
    public Registered register(String checksum, String kind, int period, String path, String dialect) {
        Optional<Registered> known = find(checksum);
        if (known.isPresent()) {
            return known.get();
        }
        jdbc.update("INSERT INTO input_file (checksum, kind, period, path, dialect, registered_at) VALUES (?,?,?,?,?,?)",
                checksum, kind, period, path, dialect, Timestamp.from(Instant.now()));
        return find(checksum).orElseThrow();
    }

    public Optional<Registered> find(String checksum) {
        return jdbc.query("SELECT * FROM input_file WHERE checksum = ?", (rs, i) -> map(rs), checksum).stream().findFirst();
    }

    public List<Registered> all() {
        return jdbc.query("SELECT * FROM input_file ORDER BY file_id", (rs, i) -> map(rs));
    }

    /**
     * Marks a file as loaded: every one of its {@code rows} data rows is in the store, accepted
     * (in its table) or rejected (with its reasons): {@code loaded_at}, {@code rows_loaded}.
     */
    public void markLoaded(long fileId, long rows) {
        jdbc.update("UPDATE input_file SET loaded_at = ?, rows_loaded = ? WHERE file_id = ? AND loaded_at IS NULL",
                Timestamp.from(Instant.now()), rows, fileId);
    }

    /** Marks every loaded, not yet validated file as validated, with its counts. */
    public void markValidated() {
        jdbc.update("UPDATE input_file SET validated_at = ?, "
                + "rows_rejected = (SELECT COUNT(DISTINCT r.line_no) FROM rejected_row r WHERE r.file_id = input_file.file_id) "
                + "WHERE loaded_at IS NOT NULL AND validated_at IS NULL", Timestamp.from(Instant.now()));
        jdbc.update("UPDATE input_file SET rows_accepted = rows_loaded - rows_rejected WHERE rows_accepted IS NULL "
                + "AND validated_at IS NOT NULL");
    }

    /**
     * A file of a reference year's inputs, with its path in the folder of the run that chose it,
     * when that run accepted it and the run's job execution (both null for inputs accepted
     * before they were recorded).
     */
    public record YearInput(Registered file, String path, Instant acceptedAt, Long executionId) {
    }

    /**
     * Makes {@code files} (file id to its path in the run's folder) the inputs of {@code year},
     * accepted now by job execution {@code executionId}, replacing those an earlier run chose:
     * run in the transaction of the step that accepted them.
     */
    public void replaceYearInputs(int year, java.util.Map<Long, String> files, long executionId) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("DELETE FROM year_input WHERE ref_year = ?", year);
        jdbc.batchUpdate("INSERT INTO year_input (ref_year, file_id, path, accepted_at, job_execution_id) VALUES (?,?,?,?,?)",
                files.entrySet().stream().map(e -> new Object[] {year, e.getKey(), e.getValue(), now, executionId}).toList());
    }

    /** The inputs of a reference year in load order (empty until a run of the year passed validation). */
    public List<YearInput> yearInputs(int year) {
        return jdbc.query("SELECT f.*, y.path AS run_path, y.accepted_at AS accepted_at, y.job_execution_id AS execution_id "
                + "FROM year_input y JOIN input_file f ON f.file_id = y.file_id WHERE y.ref_year = ? ORDER BY f.file_id",
                (rs, i) -> new YearInput(map(rs), rs.getString("run_path"),
                        rs.getTimestamp("accepted_at") == null ? null : rs.getTimestamp("accepted_at").toInstant(),
                        rs.getObject("execution_id", Long.class)), year);
    }

    /**
     * The files loaded for the years up to {@code year} (survey waves and municipal years
     * {@code <= year}) that are not among its inputs, in load order: rows in the store that
     * the year's runs do not read.
     */
    public List<Registered> loadedNotInputs(int year) {
        return jdbc.query("SELECT * FROM input_file f WHERE f.loaded_at IS NOT NULL AND f.period <= ? AND NOT EXISTS "
                + "(SELECT 1 FROM year_input y WHERE y.ref_year = ? AND y.file_id = f.file_id) ORDER BY f.file_id",
                (rs, i) -> map(rs), year, year);
    }

    private static Registered map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Registered(rs.getLong("file_id"), rs.getString("checksum"), rs.getString("kind"),
                rs.getInt("period"), rs.getString("path"), rs.getTimestamp("loaded_at") != null,
                rs.getTimestamp("validated_at") != null, (Integer) rs.getObject("rows_loaded", Integer.class),
                rs.getObject("rows_accepted", Integer.class), rs.getObject("rows_rejected", Integer.class),
                rs.getString("dialect"));
    }
}
