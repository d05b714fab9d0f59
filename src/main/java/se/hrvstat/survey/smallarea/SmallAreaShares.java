package se.hrvstat.survey.smallarea;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Small-area estimates of one indicator (a share) for every area — municipality — sampled or
 * not: the Fay–Herriot model (Fay &amp; Herriot 1979; Rao &amp; Molina 2015, ch. 6) on the arcsine
 * square-root scale, fitted by REML as R's {@code sae::eblupFH} ({@link FayHerriot}).
 *
 * <ol>
 * <li><b>Which areas enter the model</b>: those with at least
 *     {@link SmallAreaSettings#minimumRespondents()} respondents; the others are treated as
 *     areas without a sample.</li>
 * <li><b>Model scale</b>: y_d = asin√p̂_d, ψ_d = deff_d/(4 n_d) ({@link ArcsineSquareRoot},
 *     {@link DesignEffectRule}); covariates as given, plus an intercept.</li>
 * <li><b>Fit</b>: REML as sae (Fisher scoring), EBLUP θ̂_d and Prasad–Rao MSE for the areas in
 *     the model; x'β̂ with MSE x'V(β̂)x + σ̂²_v for the others. Where sae's Fisher scoring does not
 *     converge (it cycles when σ̂²_v is near 0), the REML estimate by bisection
 *     ({@link FayHerriot#fitRemlByBisection}; {@link FayHerriotFit#algorithm()} says which).</li>
 * <li><b>Method</b>: an area in the model is published with its direct estimate
 *     ({@link AreaMethod#DIRECT}) when that estimate could be published on its own without a
 *     warning: at least {@link SmallAreaSettings#directMinimumRespondents()} respondents and a
 *     relative standard error sin(2y_d)√ψ_d / p̂_d (the delta method back from the arcsine scale,
 *     with the rule's ψ_d) of at most {@link SmallAreaSettings#directMaximumRse()}. There the
 *     EBLUP is nearly the direct estimate anyway, and the direct estimate needs no model
 *     assumption. Every other area gets {@link AreaMethod#FH}. (Comparing ψ_d with the EBLUP's MSE
 *     would not do: ψ_d ≤ mse_d holds exactly when x'V(β̂)x + 2V(σ̂²_v)/(σ̂²_v+ψ_d) ≥ σ̂²_v + ψ_d,
 *     whatever the sample size.)</li>
 * <li><b>Optional benchmarking</b> ({@link AggregateBenchmark}): one shift c of the model scale so
 *     that the weighted mean of the published area estimates equals the aggregate's direct
 *     estimate; c = 0 without it.</li>
 * <li><b>Back to shares</b>: the estimate of a model-based area is
 *     {@link ArcsineSquareRoot#expectedShare}(θ̂_d + c, s²_d), the mean of sin²θ over the area's
 *     posterior N(θ̂_d + c, s²_d) with s²_d = g1_d = γ_d ψ_d in the model and σ̂²_v outside it, each
 *     plus the area's finite-population excess e_d ({@link #intervalExcess}; 0 without own variances);
 *     the interval is [sin²(θ̂_d + c − z√(mse_d + e_d)), sin²(θ̂_d + c + z√(mse_d + e_d))] with the ends clamped to
 *     [0, π/2] and z the normal quantile of the level (1.959964 at level 0.95). A direct area: p̂_d
 *     and [sin²(y_d − z√ψ_d), sin²(y_d + z√ψ_d)].</li>
 * </ol>
 *
 * <p>The results keep {@code eblup} and {@code mse} exactly as sae gives them (no shift), so
 * that the model can be refitted from the published columns. Stateless and thread-safe.
 */
public final class SmallAreaShares {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1, 1e-15);

    private SmallAreaShares() {
    }

    /** Small-area estimates without benchmarking. */
    public static SmallAreaResult estimate(AreaShares in, DesignEffectRule rule, SmallAreaSettings settings) {
        return estimate(in, rule, settings, null);
    }

    /**
     * Small-area estimates of every area of {@code in}, in its order.
     *
     * @param in        the areas: direct estimates where sampled, covariates for all
     * @param rule      the sampling variances of the direct estimates (the indicator's ρ)
     * @param settings  level, minimum respondents, REML settings
     * @param benchmark the aggregate to benchmark to, or null for none
     * @throws IllegalArgumentException   when fewer areas than coefficients + 1 enter the model, the
     *                                    covariates are collinear, or the benchmark cannot be met
     */
    public static SmallAreaResult estimate(AreaShares in, DesignEffectRule rule, SmallAreaSettings settings,
            AggregateBenchmark benchmark) {
        return estimate(in, rule, settings, benchmark, null);
    }

    /**
     * Small-area estimates whose intervals for the areas without a sample also hold each area's own
     * finite-population variance ({@code ownVariance}, τ_d on the model's scale; null: none): see
     * {@link #intervalExcess}. {@code eblup} and {@code mse} stay sae's.
     */
    public static SmallAreaResult estimate(AreaShares in, DesignEffectRule rule, SmallAreaSettings settings,
            AggregateBenchmark benchmark, double[] ownVariance) {
        if (ownVariance != null && ownVariance.length != in.size()) {
            throw new IllegalArgumentException(ownVariance.length + " own variances for " + in.size() + " areas");
        }
        ModelScale scale = ModelScale.of(in, rule, settings.minimumRespondents());
        FayHerriotFit fit = FayHerriot.fitReml(scale.y, scale.vardir, scale.x, settings.maxIterations(),
                settings.precision());
        if (!fit.converged()) {
            fit = FayHerriot.fitRemlByBisection(scale.y, scale.vardir, scale.x);
        }
        AreaPredictions predictions = AreaPredictions.of(in, scale, fit, settings,
                intervalExcess(scale, fit, ownVariance));
        double shift = benchmark == null ? 0 : benchmarkShift(in, predictions, benchmark);
        double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - settings.level()) / 2);
        List<AreaEstimate> areas = new ArrayList<>(in.size());
        for (int d = 0; d < in.size(); d++) {
            areas.add(areaEstimate(in, scale, predictions, d, shift, z));
        }
        return new SmallAreaResult(areas, fit, coefficientNames(in), scale.areas.length, shift);
    }

    /** The direct estimates of the areas in the model on the model's scale, and the design matrix. */
    static final class ModelScale {
        /** The input's index of each area in the model, ascending. */
        final int[] areas;
        /** For every input area: its position in the model, or -1. */
        final int[] position;
        final double[] y;
        final double[] vardir;
        final double[] designEffect;
        final double[][] x;

        private ModelScale(int inputAreas, int modelAreas, int coefficients) {
            areas = new int[modelAreas];
            position = new int[inputAreas];
            y = new double[modelAreas];
            vardir = new double[modelAreas];
            designEffect = new double[modelAreas];
            x = new double[coefficients][modelAreas];
        }

        static ModelScale of(AreaShares in, DesignEffectRule rule, int minimumRespondents) {
            int count = 0;
            for (int n : in.respondents()) {
                count += n >= minimumRespondents ? 1 : 0;
            }
            ModelScale s = new ModelScale(in.size(), count, in.covariates().length + 1);
            int i = 0;
            for (int d = 0; d < in.size(); d++) {
                int n = in.respondents()[d];
                if (n < minimumRespondents) {
                    s.position[d] = -1;
                    continue;
                }
                s.areas[i] = d;
                s.position[d] = i;
                s.designEffect[i] = rule.designEffect(n, in.sampledSchools()[d], in.coveredShare()[d]);
                s.y[i] = ArcsineSquareRoot.transform(in.direct()[d]);
                s.vardir[i] = rule.samplingVariance(n, in.sampledSchools()[d], in.coveredShare()[d]);
                s.x[0][i] = 1;
                for (int j = 0; j < in.covariates().length; j++) {
                    s.x[j + 1][i] = in.covariates()[j][d];
                }
                i++;
            }
            return s;
        }
    }

    /**
     * For every input area the variance its interval adds to sae's MSE, (1 − γ_d)² max(0, τ_d − τ̄):
     * τ_d the area's own finite-population variance, τ̄ its mean over the areas in the model weighted as
     * REML weighs them, 1/(σ̂²_v + ψ_i)², γ_d = σ̂²_v/(σ̂²_v + ψ_d) in the model and 0 outside it.
     *
     * <p>Why: the target is the area's finite-population share, which scatters around the area's
     * expected value x'β + v_d by τ_d (its own students' answers and its few schools' effects: the
     * smaller the area, the larger). The area variance is then σ²_v + τ_d, not one constant (a linking
     * model with area-specific variance, Rao &amp; Molina 2015, (4.2.5)); sae's REML, fitted on the
     * (larger) areas in the model, puts about σ²_v + τ̄ into σ̂²_v. The estimator γ_d y_d + (1 − γ_d)x'β̂
     * then has the MSE of sae's g1 = γ_dψ_d = (1 − γ_d)²σ̂²_v + γ_d²ψ_d with σ̂²_v replaced by
     * σ̂²_v + τ_d − τ̄, that is (1 − γ_d)²(τ_d − τ̄) more; floored at 0 so no interval is narrower than
     * sae's. Outside the model (γ = 0) it is the whole τ_d − τ̄.
     */
    static double[] intervalExcess(ModelScale scale, FayHerriotFit fit, double[] ownVariance) {
        double[] excess = new double[scale.position.length];
        if (ownVariance == null || scale.areas.length == 0) {
            return excess;
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < scale.areas.length; i++) {
            double w = 1 / Math.pow(fit.areaVariance() + scale.vardir[i], 2);
            num += w * ownVariance[scale.areas[i]];
            den += w;
        }
        double absorbed = num / den;
        for (int d = 0; d < excess.length; d++) {
            int i = scale.position[d];
            double gamma = i < 0 ? 0 : fit.areaVariance() / (fit.areaVariance() + scale.vardir[i]);
            excess[d] = (1 - gamma) * (1 - gamma) * Math.max(0, ownVariance[d] - absorbed);
        }
        return excess;
    }

    /** For every input area on the model's scale: θ̂ (EBLUP or synthetic), its MSE, its posterior variance, the method. */
    private static final class AreaPredictions {
        final double[] theta;
        final double[] mse;
        /** The MSE of the interval: sae's plus the area's finite-population excess ({@link #intervalExcess}). */
        final double[] intervalVariance;
        final double[] posteriorVariance;
        final AreaMethod[] method;

        private AreaPredictions(int areas) {
            theta = new double[areas];
            mse = new double[areas];
            intervalVariance = new double[areas];
            posteriorVariance = new double[areas];
            method = new AreaMethod[areas];
        }

        static AreaPredictions of(AreaShares in, ModelScale scale, FayHerriotFit fit, SmallAreaSettings settings,
                double[] excess) {
            AreaPredictions p = new AreaPredictions(in.size());
            double[] row = new double[scale.x.length];
            row[0] = 1;
            for (int d = 0; d < in.size(); d++) {
                int i = scale.position[d];
                if (i >= 0) {
                    p.theta[d] = fit.eblup()[i];
                    p.mse[d] = fit.mse()[i];
                    p.intervalVariance[d] = p.mse[d] + excess[d];
                    p.posteriorVariance[d] = fit.mseComponents().g1()[i] + excess[d];
                    p.method[d] = keepsDirectEstimate(in, scale, d, i, settings) ? AreaMethod.DIRECT : AreaMethod.FH;
                } else {
                    for (int j = 1; j < row.length; j++) {
                        row[j] = in.covariates()[j - 1][d];
                    }
                    FayHerriotFit.SyntheticPrediction s = fit.synthetic(row);
                    p.theta[d] = s.estimate();
                    p.mse[d] = s.mse();
                    p.intervalVariance[d] = s.mse() + excess[d];
                    p.posteriorVariance[d] = fit.areaVariance() + excess[d];
                    p.method[d] = AreaMethod.FH;
                }
            }
            return p;
        }

        /** n ≥ the minimum and RSE = sin(2y)√ψ / p̂ ≤ the maximum (p̂ = 0 has no RSE: never direct). */
        private static boolean keepsDirectEstimate(AreaShares in, ModelScale scale, int d, int i,
                SmallAreaSettings settings) {
            double p = in.direct()[d];
            if (in.respondents()[d] < settings.directMinimumRespondents() || !(p > 0)) {
                return false;
            }
            double se = Math.sin(2 * scale.y[i]) * Math.sqrt(scale.vardir[i]);
            return se / p <= settings.directMaximumRse();
        }

        /** The published share of area d with the model's values shifted by c. */
        double share(AreaShares in, int d, double c) {
            return method[d] == AreaMethod.DIRECT ? in.direct()[d]
                    : ArcsineSquareRoot.expectedShare(theta[d] + c, posteriorVariance[d]);
        }
    }

    private static AreaEstimate areaEstimate(AreaShares in, ModelScale scale, AreaPredictions p, int d, double c,
            double z) {
        int i = scale.position[d];
        double centre = p.method[d] == AreaMethod.DIRECT ? scale.y[i] : p.theta[d] + c;
        double halfWidth = z * Math.sqrt(p.method[d] == AreaMethod.DIRECT ? scale.vardir[i] : p.intervalVariance[d]);
        double low = ArcsineSquareRoot.backTransform(centre - halfWidth);
        double high = ArcsineSquareRoot.backTransform(centre + halfWidth);
        if (i < 0) {
            return new AreaEstimate(in.area()[d], in.respondents()[d], Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, p.theta[d], p.mse[d], p.share(in, d, c), low, high, p.method[d]);
        }
        return new AreaEstimate(in.area()[d], in.respondents()[d], in.direct()[d], in.directSe()[d],
                scale.designEffect[i], scale.y[i], scale.vardir[i], p.theta[d], p.mse[d], p.share(in, d, c), low, high,
                p.method[d]);
    }

    /** c with Σ w_d share_d(c) / Σ w_d = target, by bisection on [−π/2, π/2] (monotone in c). */
    private static double benchmarkShift(AreaShares in, AreaPredictions p, AggregateBenchmark benchmark) {
        double[] w = benchmark.weights();
        if (w.length != in.size()) {
            throw new IllegalArgumentException("benchmark has " + w.length + " weights for " + in.size() + " areas");
        }
        double lo = -Math.PI / 2;
        double hi = Math.PI / 2;
        double target = benchmark.target();
        if (weightedMean(in, p, w, lo) > target || weightedMean(in, p, w, hi) < target) {
            throw new IllegalArgumentException("the benchmark " + target + " is out of reach of the area estimates");
        }
        for (int k = 0; k < 200 && hi - lo > 1e-15; k++) {
            double mid = 0.5 * (lo + hi);
            if (weightedMean(in, p, w, mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double weightedMean(AreaShares in, AreaPredictions p, double[] w, double c) {
        double num = 0;
        double den = 0;
        for (int d = 0; d < w.length; d++) {
            num += w[d] * p.share(in, d, c);
            den += w[d];
        }
        return num / den;
    }

    private static List<String> coefficientNames(AreaShares in) {
        List<String> names = new ArrayList<>();
        names.add("(Intercept)");
        names.addAll(in.covariateNames());
        return List.copyOf(names);
    }
}
