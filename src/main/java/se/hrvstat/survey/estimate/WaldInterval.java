package se.hrvstat.survey.estimate;

/**
 * R's {@code svyciprop(method = "mean")}: {@code p + qt(c(a, 1 - a), df) * se}, which may leave
 * [0, 1] (Lumley 2010, section 2.4). NaN for df &lt;= 0.
 */
final class WaldInterval implements ProportionInterval {
    @Override
    public double[] interval(ProportionFit fit, double level) {
        double se = Math.sqrt(fit.variance());
        double[] t = ProportionInterval.tQuantiles(level, fit.degreesOfFreedom());
        return new double[] {fit.p() + se * t[0], fit.p() + se * t[1]};
    }
}
