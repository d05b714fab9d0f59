package se.hrvstat.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import se.hrvstat.result.CaseCount;
import se.hrvstat.result.EffortReturn;
import se.hrvstat.result.PopulationCount;

/**
 * The municipal mapping of a year as validated, every submission kept, and as it is published:
 * a later submission for the same (year, kommunkod, sector) replaces the earlier one
 * (EXCHANGE.md 2.1; both stay in the store), the
 * latest efforts return per municipality counts, and the population of the latest file per
 * (municipality, sex, age group). "Latest" is the greatest {@code submitted}, ties broken by the
 * later loaded file. The choice is made here in Java over the year's rows (tens of thousands),
 * which needs no index and cannot double count on equal timestamps.
 */
@Repository
public class MunicipalReturnStore {
    private final JdbcTemplate jdbc;

    public MunicipalReturnStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Version(Timestamp submitted, long fileId) {
        static final Comparator<Version> ORDER = Comparator.comparing(Version::submitted)
                .thenComparingLong(Version::fileId);
    }

    private record Row<T>(String key, Version version, T value) {
    }

    /** Keeps the rows of the latest version of each key. */
    private static <T> List<T> latest(List<Row<T>> rows) {
        Map<String, Version> newest = new HashMap<>();
        for (Row<T> r : rows) {
            newest.merge(r.key(), r.version(), (a, b) -> Version.ORDER.compare(a, b) >= 0 ? a : b);
        }
        List<T> out = new ArrayList<>();
        for (Row<T> r : rows) {
            if (newest.get(r.key()).equals(r.version())) {
                out.add(r.value());
            }
        }
        return out;
    }

    /** One count of a return (a row of returns.csv or of a form) with its submission: time, file and line. */
    public record Submitted(CaseCount count, LocalDateTime submitted, long fileId, int line) {
    }

    /**
     * Every count of {@code year} in the inputs of reference year {@code inputsOf}, replaced
     * submissions included (the history), in file and line order.
     */
    public List<Submitted> allCases(int year, int inputsOf) {
        return jdbc.query("SELECT kommunkod, sector, sex, age_group, measure, case_count, submitted, file_id, line_no "
                + "FROM municipal_case m WHERE m.ref_year = ? AND " + YearFiles.of(jdbc, inputsOf).on("m")
                + " ORDER BY file_id, line_no", (rs, i) -> new Submitted(
                new CaseCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6)), rs.getTimestamp(7).toLocalDateTime(), rs.getLong(8), rs.getInt(9)), year);
    }

    /** The counts in force: those of the latest submission per (kommunkod, sector), with their submission. */
    public List<Submitted> latestSubmissions(int year, int inputsOf) {
        return latest(allCases(year, inputsOf).stream().map(c -> new Row<>(c.count().kommunkod() + "|" + c.count().sector(),
                new Version(Timestamp.valueOf(c.submitted()), c.fileId()), c)).toList());
    }

    /** Counts of the latest return per (kommunkod, sector) of the year, in the inputs of {@code inputsOf}. */
    public List<CaseCount> latestCases(int year, int inputsOf) {
        return latestSubmissions(year, inputsOf).stream().map(Submitted::count).toList();
    }

    /** The latest efforts return per kommunkod of the year, in the inputs of {@code inputsOf}. */
    public List<EffortReturn> latestEfforts(int year, int inputsOf) {
        List<Row<EffortReturn>> rows = jdbc.query("SELECT kommunkod, action_plan, routine_social, routine_school, "
                + "coordinator, staff_trained, staff_total, cooperation_police, cooperation_region, preventive_method, "
                + "submitted, file_id FROM municipal_effort m WHERE m.ref_year = ? AND " + YearFiles.of(jdbc, inputsOf).on("m")
                + " ORDER BY file_id, line_no",
                (rs, i) -> new Row<>(rs.getString(1), new Version(rs.getTimestamp(11), rs.getLong(12)),
                        new EffortReturn(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4),
                                rs.getBoolean(5), rs.getLong(6), rs.getLong(7), rs.getBoolean(8), rs.getBoolean(9),
                                rs.getBoolean(10))), year);
        return latest(rows);
    }

    /** Inhabitants by municipality, sex and age group, from the latest file that gives them (inputs of {@code inputsOf}). */
    public List<PopulationCount> population(int year, int inputsOf) {
        Timestamp none = new Timestamp(0);
        List<Row<PopulationCount>> rows = jdbc.query("SELECT kommunkod, sex, age_group, person_count, file_id "
                + "FROM municipal_population m WHERE m.ref_year = ? AND " + YearFiles.of(jdbc, inputsOf).on("m")
                + " ORDER BY file_id, line_no", (rs, i) -> new Row<>(
                rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3), new Version(none, rs.getLong(5)),
                new PopulationCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))), year);
        return latest(rows);
    }
}
