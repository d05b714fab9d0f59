package se.hrvstat.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.hrvstat.survey.weight.Bounds;
import se.hrvstat.survey.weight.Calibration;
import se.hrvstat.survey.weight.CalibrationFunction;
import se.hrvstat.survey.weight.CalibrationModel;
import se.hrvstat.survey.weight.CalibrationResiduals;
import se.hrvstat.survey.weight.CalibrationResult;
import se.hrvstat.survey.weight.DesignWeights;
import se.hrvstat.survey.weight.Margin;
import se.hrvstat.survey.weight.NonResponseAdjustment;
import se.hrvstat.survey.weight.ShareMargin;
import se.hrvstat.survey.weight.WeightDiagnostics;

/**
 * The weighting chain of a wave: design weights (N_h/n_h)(M_hi/m_hi), non-response adjustment
 * (students in classes, classes in schools, schools in strata), then raking to the register:
 * the {@code lan_grade} margin as counts and the partial {@code sex_grade} margin as shares
 * within grade (EXCHANGE.md 1.3). Deterministic: the weight step stores its weights, and the
 * estimate step recomputes the same chain for the calibration residuals of its variances.
 */
@Component
public class WaveWeighting {
    private final JdbcTemplate jdbc;

    public WaveWeighting(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A wave's weights in resp_id order, with what the estimates' variances and the report need. */
    public record WaveWeights(int wave, String[] respIds, double[] designWeights, double[] finalWeights,
                              CalibrationResiduals residuals, WeightDiagnostics diagnostics, List<String> collapses,
                              boolean calibrated) {
    }

    public WaveWeights compute(int wave) {
        List<NonResponseAdjustment.SampledClass> classes = new ArrayList<>();
        Map<String, Double> designByClass = new HashMap<>();
        Map<String, Integer> answers = new HashMap<>();
        jdbc.query("SELECT class_id, COUNT(*) FROM survey_response WHERE wave = ? GROUP BY class_id", rs -> {
            answers.put(rs.getString(1), rs.getInt(2));
        }, wave);
        jdbc.query("SELECT c.class_id, c.stratum, c.school_id, c.schools_in_stratum, c.schools_sampled, "
                + "c.classes_in_school, c.classes_sampled, c.enrolled FROM survey_class c WHERE c.wave = ? "
                + "ORDER BY c.class_id", rs -> {
                    double d = DesignWeights.twoStage(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7));
                    designByClass.put(rs.getString(1), d);
                    classes.add(new NonResponseAdjustment.SampledClass(rs.getString(2), rs.getString(3), rs.getString(1),
                            d, rs.getInt(8), answers.getOrDefault(rs.getString(1), 0)));
                }, wave);
        NonResponseAdjustment.Result adjusted = NonResponseAdjustment.adjust(classes);

        List<String> respIds = new ArrayList<>();
        List<double[]> weights = new ArrayList<>();
        List<String[]> cells = new ArrayList<>();
        jdbc.query("SELECT r.resp_id, r.class_id, c.lanskod, r.grade, r.sex FROM survey_response r JOIN survey_class c "
                + "ON c.wave = r.wave AND c.class_id = r.class_id WHERE r.wave = ? ORDER BY r.resp_id", rs -> {
                    respIds.add(rs.getString(1));
                    weights.add(new double[] {designByClass.get(rs.getString(2)), adjusted.weightByClass().get(rs.getString(2))});
                    cells.add(new String[] {rs.getString(3), Integer.toString(rs.getInt(4)), Integer.toString(rs.getInt(5))});
                }, wave);
        int n = respIds.size();
        double[] design = new double[n];
        double[] nonResponse = new double[n];
        Map<String, String[]> sample = new LinkedHashMap<>();
        sample.put("lanskod", new String[n]);
        sample.put("grade", new String[n]);
        sample.put("sex", new String[n]);
        for (int i = 0; i < n; i++) {
            design[i] = weights.get(i)[0];
            nonResponse[i] = weights.get(i)[1];
            sample.get("lanskod")[i] = cells.get(i)[0];
            sample.get("grade")[i] = cells.get(i)[1];
            sample.get("sex")[i] = cells.get(i)[2];
        }
        String[] ids = respIds.toArray(String[]::new);
        Map<String, Margin> margins = registerMargins(wave);
        if (!margins.containsKey("lan_grade")) {
            return new WaveWeights(wave, ids, design, nonResponse, null, WeightDiagnostics.of(nonResponse, 0, Double.NaN),
                    adjusted.collapses(), false);
        }
        CalibrationModel model = CalibrationModel.of(sample, List.of(margins.get("lan_grade")));
        if (margins.containsKey("sex_grade")) {
            model = model.with(ShareMargin.constraints(margins.get("sex_grade"), "sex", sample));
        }
        CalibrationResult raked = Calibration.calibrate(nonResponse, model, CalibrationFunction.RAKING, Bounds.NONE,
                Calibration.DEFAULT_EPSILON, Calibration.DEFAULT_MAXIT);
        return new WaveWeights(wave, ids, design, raked.weights(), raked.residuals(),
                WeightDiagnostics.of(raked.weights(), raked), adjusted.collapses(), true);
    }

    /** The register's margins of a wave: {@code lan_grade} (lanskod x grade) and {@code sex_grade}. */
    private Map<String, Margin> registerMargins(int wave) {
        Map<String, Margin.Builder> builders = new LinkedHashMap<>();
        jdbc.query("SELECT margin, lanskod, sex, grade, person_count FROM register_count WHERE wave = ? "
                + "ORDER BY margin, lanskod, sex, grade", rs -> {
                    String margin = rs.getString(1);
                    if ("lan_grade".equals(margin)) {
                        builders.computeIfAbsent(margin, m -> Margin.of(m, "lanskod", "grade"))
                                .cell(rs.getLong(5), rs.getString(2), Integer.toString(rs.getInt(4)));
                    } else if ("sex_grade".equals(margin)) {
                        builders.computeIfAbsent(margin, m -> Margin.of(m, "sex", "grade"))
                                .cell(rs.getLong(5), Integer.toString(rs.getInt(3)), Integer.toString(rs.getInt(4)));
                    }
                }, wave);
        Map<String, Margin> margins = new LinkedHashMap<>();
        builders.forEach((name, builder) -> margins.put(name, builder.build()));
        return margins;
    }
}
