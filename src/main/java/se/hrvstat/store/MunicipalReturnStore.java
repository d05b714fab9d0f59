package se.hrvstat.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The municipal returns as validated, every submission kept with its time (EXCHANGE.md 2.1):
 * a later submission for the same (year, kommunkod, sector) replaces the earlier one in
 * estimates, so estimates read {@link #latestCases(int)}; {@link #allCases(int)} is the history.
 * Efforts ({@code efforts.csv}) have one submission per (year, kommunkod) in force the same way.
 *
 * <p>Which submission is in force: the one with the latest {@code submitted} time. Two files
 * carrying the same time for the same key (the same return delivered twice, e.g. as CSV rows
 * and as a form) do not add up: the file loaded last is in force.
 */
@Repository
public class MunicipalReturnStore {
    private static final String CASE_COLUMNS = "c.ref_year, c.kommunkod, c.sector, c.sex, c.age_group, c.measure, "
            + "c.case_count, c.submitted, c.file_id, c.line_no";
    private static final String ORDER = " ORDER BY c.kommunkod, c.sector, c.sex, c.age_group, c.measure, c.submitted, "
            + "c.file_id, c.line_no";

    private final JdbcTemplate jdbc;

    public MunicipalReturnStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One count of a return (a row of returns.csv or of a form), with its submission. */
    public record CaseCount(int year, String kommunkod, String sector, String sex, String ageGroup, String measure,
                            int count, LocalDateTime submitted, long fileId, int line) {
    }

    /** One municipality's efforts of a year, with its submission. */
    public record Effort(int year, String kommunkod, LocalDateTime submitted, boolean actionPlan, boolean routineSocial,
                         boolean routineSchool, boolean coordinator, int staffTrained, int staffTotal,
                         boolean cooperationPolice, boolean cooperationRegion, boolean preventiveMethod, long fileId) {
    }

    /**
     * The counts in force for a year: for every (kommunkod, sector) only the rows of its latest
     * submission (latest {@code submitted}; on equal times, the file loaded last). Municipalities
     * that did not return have no rows: nothing is imputed.
     */
    public List<CaseCount> latestCases(int year) {
        return jdbc.query("SELECT " + CASE_COLUMNS + " FROM municipal_case c "
                + "JOIN (SELECT kommunkod, sector, MAX(submitted) AS latest FROM municipal_case WHERE ref_year = ? "
                + "      GROUP BY kommunkod, sector) l "
                + "  ON l.kommunkod = c.kommunkod AND l.sector = c.sector AND l.latest = c.submitted "
                + "JOIN (SELECT kommunkod, sector, submitted, MAX(file_id) AS last_file FROM municipal_case "
                + "      WHERE ref_year = ? GROUP BY kommunkod, sector, submitted) f "
                + "  ON f.kommunkod = c.kommunkod AND f.sector = c.sector AND f.submitted = c.submitted "
                + "  AND f.last_file = c.file_id "
                + "WHERE c.ref_year = ?" + ORDER, MunicipalReturnStore::caseCount, year, year, year);
    }

    /** Every submission of a year, replaced ones included (the history). */
    public List<CaseCount> allCases(int year) {
        return jdbc.query("SELECT " + CASE_COLUMNS + " FROM municipal_case c WHERE c.ref_year = ?" + ORDER,
                MunicipalReturnStore::caseCount, year);
    }

    /** The efforts in force for a year: per kommunkod its latest submission (on equal times the last file). */
    public List<Effort> latestEfforts(int year) {
        return jdbc.query("SELECT e.* FROM municipal_effort e "
                + "JOIN (SELECT kommunkod, MAX(submitted) AS latest FROM municipal_effort WHERE ref_year = ? "
                + "      GROUP BY kommunkod) l ON l.kommunkod = e.kommunkod AND l.latest = e.submitted "
                + "JOIN (SELECT kommunkod, submitted, MAX(file_id) AS last_file FROM municipal_effort WHERE ref_year = ? "
                + "      GROUP BY kommunkod, submitted) f "
                + "  ON f.kommunkod = e.kommunkod AND f.submitted = e.submitted AND f.last_file = e.file_id "
                + "WHERE e.ref_year = ? ORDER BY e.kommunkod, e.line_no", (rs, i) -> new Effort(rs.getInt("ref_year"),
                rs.getString("kommunkod"), rs.getTimestamp("submitted").toLocalDateTime(), rs.getBoolean("action_plan"),
                rs.getBoolean("routine_social"), rs.getBoolean("routine_school"), rs.getBoolean("coordinator"),
                rs.getInt("staff_trained"), rs.getInt("staff_total"), rs.getBoolean("cooperation_police"),
                rs.getBoolean("cooperation_region"), rs.getBoolean("preventive_method"), rs.getLong("file_id")),
                year, year, year);
    }

    private static CaseCount caseCount(ResultSet rs, int i) throws SQLException {
        return new CaseCount(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), rs.getTimestamp(8).toLocalDateTime(), rs.getLong(9), rs.getInt(10));
    }
}
