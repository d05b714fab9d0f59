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
    @Override
    public double[] interval(ProportionFit fit, double level) {
        double p = fit.p();
        if (!(p > 0 && p < 1)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double logit = Math.log(p / (1 - p));
        double se = Math.sqrt(fit.variance()) / (p * (1 - p));
        double[] t = ProportionInterval.tQuantiles(level, fit.degreesOfFreedom());
        return new double[] {expit(logit + se * t[0]), expit(logit + se * t[1])};
    }

    static double expit(double x) {
        return Math.exp(x) / (1 + Math.exp(x));
    }
}
