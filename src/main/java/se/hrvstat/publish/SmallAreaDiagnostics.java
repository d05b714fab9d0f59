package se.hrvstat.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.hrvstat.result.SmallAreaFit;
import se.hrvstat.result.SmallAreaRow;

/**
 * The fit of one indicator's Fay–Herriot model in the figures the report's small-area chapter
 * prints, computed from the model's own inputs (the rows of {@code sae-<year>.csv} and the fit):
 * the shrinkage factors {@code γ_d = σ̂²_v / (σ̂²_v + ψ_d)} and the standardised residuals
 * {@code r_d = (y_d − x_d'β̂) / √(σ̂²_v + ψ_d)} of the municipalities in the model. Under the model
 * the residuals have mean about 0, standard deviation about 1 and some 5 % of them beyond ±1.96
 * (Rao &amp; Molina 2015, 6.1.6 / 7.6: model checking with standardised residuals).
 *
 * @param indicator      the indicator
 * @param areasInModel   municipalities whose direct estimate entered the model
 * @param areaVariance   σ̂²_v
 * @param shrinkMedian   median of γ_d over the municipalities in the model
 * @param shrinkMin      smallest γ_d
 * @param shrinkMax      largest γ_d
 * @param residualMean   mean of r_d
 * @param residualSd     standard deviation of r_d (divisor m − 1)
 * @param residualBeyond share of r_d with |r_d| &gt; 1.96
 */
public record SmallAreaDiagnostics(String indicator, int areasInModel, double areaVariance, double shrinkMedian,
        double shrinkMin, double shrinkMax, double residualMean, double residualSd, double residualBeyond) {

    /** |r| beyond which a residual counts as large (the 97.5 % point of N(0, 1)). */
    static final double LARGE = 1.96;

    /** The diagnostics of {@code fit} from its {@code rows} (other indicators' rows are skipped). */
    public static SmallAreaDiagnostics of(SmallAreaFit fit, List<SmallAreaRow> rows) {
        double s2 = fit.areaVariance();
        List<Double> gammas = new ArrayList<>();
        List<Double> residuals = new ArrayList<>();
        for (SmallAreaRow r : rows) {
            if (!r.indicator().equals(fit.indicator()) || r.modelY() == null || r.modelVardir() == null) {
                continue;
            }
            double total = s2 + r.modelVardir();
            gammas.add(s2 / total);
            residuals.add((r.modelY() - synthetic(fit, r)) / Math.sqrt(total));
        }
        double[] g = gammas.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] res = residuals.stream().mapToDouble(Double::doubleValue).toArray();
        double mean = Arrays.stream(res).average().orElse(Double.NaN);
        double ss = Arrays.stream(res).map(x -> (x - mean) * (x - mean)).sum();
        double beyond = res.length == 0 ? Double.NaN
                : (double) Arrays.stream(res).filter(x -> Math.abs(x) > LARGE).count() / res.length;
        return new SmallAreaDiagnostics(fit.indicator(), res.length, s2, median(g),
                g.length == 0 ? Double.NaN : g[0], g.length == 0 ? Double.NaN : g[g.length - 1], mean,
                res.length < 2 ? Double.NaN : Math.sqrt(ss / (res.length - 1)), beyond);
    }

    /** x_d'β̂: the intercept and the row's covariates times the fit's coefficients. */
    static double synthetic(SmallAreaFit fit, SmallAreaRow row) {
        List<SmallAreaFit.Coefficient> beta = fit.coefficients();
        double x = beta.get(0).beta();
        for (int i = 0; i < row.covariates().size(); i++) {
            x += beta.get(i + 1).beta() * row.covariates().get(i);
        }
        return x;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
