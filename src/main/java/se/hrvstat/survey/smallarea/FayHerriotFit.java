package se.hrvstat.survey.smallarea;

import java.util.Arrays;

/**
 * A fitted Fay–Herriot model ({@link FayHerriot}) and its per-area results, in the order of the
 * areas given to the fit (areas with a direct estimate). Arrays are the fit's own; do not change
 * them. When {@link #converged()} is false every number is NaN (sae's eblupFH returns nothing then).
 *
 * @param converged             false when REML stopped at the iteration limit with a relative change
 *                              still ≥ the precision
 * @param algorithm             how σ̂²_v was found: sae's Fisher scoring, or the bisection fallback
 * @param iterations            Fisher-scoring steps taken (sae's {@code fit$iterations}), or halvings of
 *                              the bisection
 * @param areaVariance          σ̂²_v, the variance of the area effects (sae's {@code fit$refvar}), ≥ 0
 * @param beta                  β̂, the GLS regression coefficients (sae's {@code fit$estcoef$beta})
 * @param betaCovariance        V(β̂) = (X'V̂⁻¹X)⁻¹, p × p (its diagonal's roots are sae's {@code std.error})
 * @param eblup                 θ̂_d, the EBLUP (sae's {@code eblup})
 * @param mse                   the Prasad–Rao MSE of θ̂_d for REML, g1 + g2 + 2 g3 (sae's {@code mseFH()$mse})
 * @param shrinkage             B_d = ψ_d/(σ̂²_v + ψ_d): the weight of the synthetic part x_d'β̂ in θ̂_d
 *                              (1 − B_d is the weight of the direct estimate)
 * @param standardisedResiduals (y_d − x_d'β̂)/√(σ̂²_v + ψ_d): approximately N(0, 1) under the model
 *                              (Rao &amp; Molina 2015, model checking of ch. 5–6; β̂'s own error ignored)
 * @param mseComponents         g1, g2, g3 per area
 */
public record FayHerriotFit(boolean converged, Algorithm algorithm, int iterations, double areaVariance, double[] beta,
        double[][] betaCovariance, double[] eblup, double[] mse, double[] shrinkage,
        double[] standardisedResiduals, MseComponents mseComponents) {

    /** How σ̂²_v was found. */
    public enum Algorithm {
        /** Fisher scoring exactly as sae's eblupFH (REML): reproducible with R. */
        FISHER_SCORING,
        /** Root of the restricted score by bisection ({@link FayHerriot#fitRemlByBisection}), where Fisher scoring cycles. */
        SCORE_BISECTION
    }

    /**
     * The terms of the Prasad–Rao MSE: g1 = γ_d ψ_d (the area's own uncertainty), g2 = B_d² x_d'V(β̂)x_d
     * (from estimating β) and g3 = B_d² V(σ̂²_v)/(σ̂²_v + ψ_d) (from estimating σ²_v; counted twice for REML).
     */
    public record MseComponents(double[] g1, double[] g2, double[] g3) {
    }

    /** The synthetic estimate x'β̂ of an area without a direct estimate, and its MSE x'V(β̂)x + σ̂²_v. */
    public record SyntheticPrediction(double estimate, double mse) {
    }

    static FayHerriotFit notConverged(int areas, int coefficients, int iterations) {
        double[] nanAreas = new double[areas];
        Arrays.fill(nanAreas, Double.NaN);
        double[] nanBeta = new double[coefficients];
        Arrays.fill(nanBeta, Double.NaN);
        double[][] nanCov = new double[coefficients][];
        for (int i = 0; i < coefficients; i++) {
            nanCov[i] = nanBeta.clone();
        }
        return new FayHerriotFit(false, Algorithm.FISHER_SCORING, iterations, Double.NaN, nanBeta, nanCov, nanAreas, nanAreas.clone(),
                nanAreas.clone(), nanAreas.clone(),
                new MseComponents(nanAreas.clone(), nanAreas.clone(), nanAreas.clone()));
    }

    /** Standard errors of β̂: the square roots of V(β̂)'s diagonal. */
    public double[] betaStandardErrors() {
        double[] se = new double[beta.length];
        for (int j = 0; j < se.length; j++) {
            se[j] = Math.sqrt(betaCovariance[j][j]);
        }
        return se;
    }

    /**
     * For an area without a direct estimate: x'β̂ with MSE x'V(β̂)x + σ̂²_v (the synthetic estimator
     * under the model, Rao &amp; Molina 2015, ch. 6: the area effect v is unknown, so its whole
     * variance σ²_v remains, plus the uncertainty of β̂).
     *
     * @param x the area's row of the design matrix (intercept included, as in the fit)
     */
    public SyntheticPrediction synthetic(double[] x) {
        if (x.length != beta.length) {
            throw new IllegalArgumentException("x has " + x.length + " values, the model " + beta.length + " coefficients");
        }
        double estimate = 0;
        for (int j = 0; j < x.length; j++) {
            estimate += x[j] * beta[j];
        }
        return new SyntheticPrediction(estimate, SmallMatrix.quadraticForm(betaCovariance, x) + areaVariance);
    }
}
