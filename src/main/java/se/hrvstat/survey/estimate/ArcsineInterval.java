package se.hrvstat.survey.estimate;

/**
 * R's {@code svyciprop(method = "asin")}: with {@code theta = asin(sqrt(p))} and delta-method
 * {@code se(theta) = se / (2 sqrt(p (1 - p)))}, the interval {@code sin(theta + qt(c(a, 1 - a), df) se(theta))^2}.
 * As in R the ends are not clamped (an end beyond the arc folds back). NaN at p = 0 or 1
 * (0 / 0) and for df &lt;= 0.
 */
final class ArcsineInterval implements ProportionInterval {
    @Override
    public double[] interval(ProportionFit fit, double level) {
        double p = fit.p();
        double theta = Math.asin(Math.sqrt(p));
        double se = Math.sqrt(fit.variance()) / (2 * Math.sqrt(p) * Math.sqrt(1 - p));
        double[] t = ProportionInterval.tQuantiles(level, fit.degreesOfFreedom());
        double low = Math.sin(theta + se * t[0]);
        double high = Math.sin(theta + se * t[1]);
        return new double[] {low * low, high * high};
    }
}
