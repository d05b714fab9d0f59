package se.hrvstat.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import se.hrvstat.result.EstimateRow;

/** The published estimates of a reference year and the facts of its run. */
@Repository
public class EstimateStore {
    private final JdbcTemplate jdbc;

    public EstimateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the year's estimates whole (call inside one transaction). */
    public void replace(int year, List<EstimateRow> rows) {
        jdbc.update("DELETE FROM survey_estimate WHERE ref_year = ?", year);
        List<Object[]> args = new ArrayList<>();
        int seq = 0;
        for (EstimateRow r : rows) {
            args.add(new Object[] {year, ++seq, r.indicator(), r.wave(), r.domain(), r.estimate(), r.se(), r.ciLow(),
                    r.ciHigh(), r.deff(), r.n(), r.flag(), r.p()});
        }
        jdbc.batchUpdate("INSERT INTO survey_estimate (ref_year, seq, indicator, wave, domain_label, estimate, se, "
                + "ci_low, ci_high, deff, n, flag, p) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", args);
    }

    /**
     * Replaces the year's rows of one indicator ({@code name}, {@code name:change},
     * {@code name:trend}, {@code name:diff}) whole; call inside one transaction. Rows are numbered from
     * {@code seqBase + 1}, so that indicators written by parallel partitions load in catalogue
     * order. Each row records the version and fingerprint of the definition it was computed with.
     */
    public void replaceIndicator(int year, String name, int version, String fingerprint, int seqBase,
                                 List<EstimateRow> rows) {
        jdbc.update("DELETE FROM survey_estimate WHERE ref_year = ? AND indicator IN (?, ?, ?, ?)", year, name,
                name + ":change", name + ":trend", name + ":diff");
        List<Object[]> args = new ArrayList<>();
        int seq = seqBase;
        for (EstimateRow r : rows) {
            args.add(new Object[] {year, ++seq, r.indicator(), r.wave(), r.domain(), r.estimate(), r.se(), r.ciLow(),
                    r.ciHigh(), r.deff(), r.n(), r.flag(), r.p(), version, fingerprint});
        }
        jdbc.batchUpdate("INSERT INTO survey_estimate (ref_year, seq, indicator, wave, domain_label, estimate, se, "
                + "ci_low, ci_high, deff, n, flag, p, indicator_version, fingerprint) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                args);
    }

    /** Deletes the year's rows of every indicator not named (indicators gone from the catalogue). */
    public void retainIndicators(int year, Collection<String> names) {
        List<Object> args = new ArrayList<>();
        args.add(year);
        StringBuilder in = new StringBuilder();
        for (String name : names) {
            for (String row : List.of(name, name + ":change", name + ":trend", name + ":diff")) {
                in.append(in.length() == 0 ? "?" : ",?");
                args.add(row);
            }
        }
        jdbc.update("DELETE FROM survey_estimate WHERE ref_year = ?" + (in.length() == 0 ? ""
                : " AND indicator NOT IN (" + in + ")"), args.toArray());
    }

    /** The version and fingerprint stored with the year's rows, per indicator row name. */
    public Map<String, String> fingerprints(int year) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.query("SELECT DISTINCT indicator, indicator_version, fingerprint FROM survey_estimate WHERE ref_year = ? "
                + "ORDER BY indicator", rs -> {
                    out.put(rs.getString(1), rs.getObject(2) + "/" + rs.getString(3));
                }, year);
        return out;
    }

    public List<EstimateRow> load(int year) {
        return jdbc.query("SELECT * FROM survey_estimate WHERE ref_year = ? ORDER BY seq", (rs, i) -> new EstimateRow(
                rs.getString("indicator"), rs.getInt("wave"), rs.getString("domain_label"),
                rs.getObject("estimate", Double.class), rs.getObject("se", Double.class),
                rs.getObject("ci_low", Double.class), rs.getObject("ci_high", Double.class),
                rs.getObject("deff", Double.class), rs.getObject("n", Long.class), rs.getString("flag"),
                rs.getObject("p", Double.class)), year);
    }
}
