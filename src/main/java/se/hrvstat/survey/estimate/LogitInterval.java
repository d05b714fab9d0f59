package se.hrvstat.survey.estimate;

/**
 * Wald interval on the logit scale: {@code expit(logit(p) + qt(c(a, 1 - a), df) * se / (p (1 - p)))}.
 * This is R's {@code svyciprop(method = "xlogit")} (delta method, {@code svycontrast}) and the
 * closed form of {@code method = "logit"}, whose intercept-only quasibinomial {@code svyglm} has
 * {@code beta = logit(p)} and sandwich variance {@code var(p) / (p (1 - p))^2} (Lumley 2010,
 * section 2.4; R survey {@code svyciprop}, {@code confint.svyglm}). Solving in closed form avoids
 * R's diverging glm fit. NaN ends at p = 0 or 1 and for df &lt;= 0.
 */
final class LogitInterval implements ProportionInterval {
    private final boolean modelScaleVariance;

    /**
     * @param modelScaleVariance true for R's "logit": the variance of logit(p) as the design gives
     *                           it (for replicate designs from the replicates' logits); false for
     *                           "xlogit": the delta method {@code var(p) / (p (1 - p))^2}. They
     *                           coincide for Taylor designs.
     */
    LogitInterval(boolean modelScaleVariance) {
        this.modelScaleVariance = modelScaleVariance;
    }

    @Override
    public double[] interval(ProportionFit fit, double level) {
        double p = fit.p();
        if (!(p > 0 && p < 1)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double logit = Math.log(p / (1 - p));
        double se = modelScaleVariance ? Math.sqrt(fit.logitVariance()) : Math.sqrt(fit.variance()) / (p * (1 - p));
        double[] t = ProportionInterval.tQuantiles(level, fit.degreesOfFreedom());
        return new double[] {expit(logit + se * t[0]), expit(logit + se * t[1])};
    }

    /** {@code 1 / (1 + exp(-x))}, written to give 0 and 1 at -Inf and +Inf. */
    static double expit(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }
}
