package se.hrvstat.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import se.hrvstat.result.SmallAreaFit;
import se.hrvstat.result.SmallAreaRow;

/** The small-area estimates of a reference year (sae-<year>.csv) and the fits behind them. */
@Repository
public class SmallAreaStore {
    private final JdbcTemplate jdbc;

    public SmallAreaStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Removes the year's small-area rows and fit of one indicator (call inside the transaction that replaces them). */
    public void delete(int year, String indicator) {
        for (String table : List.of("small_area_covariate", "small_area_estimate", "small_area_coefficient",
                "small_area_fit")) {
            jdbc.update("DELETE FROM " + table + " WHERE ref_year = ? AND indicator = ?", year, indicator);
        }
    }

    /**
     * Replaces the year's rows and fit of one indicator whole; rows are numbered from
     * {@code seqBase + 1} so that indicators load in catalogue order.
     */
    public void replace(int year, int seqBase, SmallAreaFit fit, List<SmallAreaRow> rows) {
        delete(year, fit.indicator());
        List<Object[]> estimates = new ArrayList<>();
        List<Object[]> covariates = new ArrayList<>();
        int seq = seqBase;
        for (SmallAreaRow r : rows) {
            seq++;
            estimates.add(new Object[] {year, r.indicator(), seq, r.wave(), r.kommunkod(), r.n(), r.direct(), r.directSe(),
                r.modelY(), r.modelVardir(), r.eblup(), r.mse(), r.estimate(), r.ciLow(), r.ciHigh(), r.method()});
            for (int j = 0; j < r.covariates().size(); j++) {
                covariates.add(new Object[] {year, r.indicator(), seq, j, fit.covariateNames().get(j), r.covariates().get(j)});
            }
        }
        jdbc.batchUpdate("INSERT INTO small_area_estimate (ref_year, indicator, seq, wave, kommunkod, n, direct, direct_se, "
                + "model_y, model_vardir, eblup, mse, estimate, ci_low, ci_high, method) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", estimates);
        jdbc.batchUpdate("INSERT INTO small_area_covariate (ref_year, indicator, seq, position, name, x) "
                + "VALUES (?,?,?,?,?,?)", covariates);
        jdbc.update("INSERT INTO small_area_fit (ref_year, indicator, wave, area_variance, iterations, algorithm, "
                + "areas_in_model, rho, benchmark_shift) VALUES (?,?,?,?,?,?,?,?,?)", year, fit.indicator(), fit.wave(),
                fit.areaVariance(), fit.iterations(), fit.algorithm(), fit.areasInModel(), fit.rho(), fit.benchmarkShift());
        List<Object[]> coefficients = new ArrayList<>();
        for (int k = 0; k < fit.coefficients().size(); k++) {
            SmallAreaFit.Coefficient c = fit.coefficients().get(k);
            coefficients.add(new Object[] {year, fit.indicator(), k, c.name(), c.beta(), c.stdError()});
        }
        jdbc.batchUpdate("INSERT INTO small_area_coefficient (ref_year, indicator, position, name, beta, std_error) "
                + "VALUES (?,?,?,?,?,?)", coefficients);
    }

    /** The year's rows in catalogue order, then by kommunkod. */
    public List<SmallAreaRow> rows(int year) {
        Map<String, List<Double>> x = new HashMap<>();
        jdbc.query("SELECT indicator, seq, x FROM small_area_covariate WHERE ref_year = ? ORDER BY indicator, seq, position",
                rs -> {
                    x.computeIfAbsent(rs.getString(1) + "/" + rs.getInt(2), k -> new ArrayList<>()).add(rs.getDouble(3));
                }, year);
        return jdbc.query("SELECT * FROM small_area_estimate WHERE ref_year = ? ORDER BY seq, indicator", (rs, i) ->
                new SmallAreaRow(rs.getString("indicator"), rs.getInt("wave"), rs.getString("kommunkod"),
                        rs.getObject("n", Integer.class), rs.getObject("direct", Double.class),
                        rs.getObject("direct_se", Double.class), rs.getObject("model_y", Double.class),
                        rs.getObject("model_vardir", Double.class),
                        x.getOrDefault(rs.getString("indicator") + "/" + rs.getInt("seq"), List.of()),
                        rs.getDouble("eblup"), rs.getDouble("mse"), rs.getDouble("estimate"), rs.getDouble("ci_low"),
                        rs.getDouble("ci_high"), rs.getString("method")), year);
    }

    /** The year's fits, in the order of their rows (catalogue order). */
    public List<SmallAreaFit> fits(int year) {
        Map<String, List<SmallAreaFit.Coefficient>> coefficients = new HashMap<>();
        jdbc.query("SELECT indicator, name, beta, std_error FROM small_area_coefficient WHERE ref_year = ? "
                + "ORDER BY indicator, position", rs -> {
                    coefficients.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new SmallAreaFit.Coefficient(rs.getString(2), rs.getDouble(3), rs.getDouble(4)));
                }, year);
        return jdbc.query("SELECT f.*, (SELECT MIN(seq) FROM small_area_estimate e WHERE e.ref_year = f.ref_year "
                + "AND e.indicator = f.indicator) AS first_seq FROM small_area_fit f WHERE f.ref_year = ? "
                + "ORDER BY first_seq, indicator", (rs, i) -> {
                    List<SmallAreaFit.Coefficient> c = coefficients.getOrDefault(rs.getString("indicator"), List.of());
                    return new SmallAreaFit(rs.getString("indicator"), rs.getInt("wave"), rs.getDouble("area_variance"),
                            rs.getInt("iterations"), rs.getString("algorithm"), rs.getInt("areas_in_model"),
                            rs.getDouble("rho"), rs.getDouble("benchmark_shift"),
                            c.stream().skip(1).map(SmallAreaFit.Coefficient::name).toList(), c);
                }, year);
    }
}
