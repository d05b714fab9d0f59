package se.hrvstat.survey.estimate;

/**
 * Korn &amp; Graubard (1998) interval, R's {@code svyciprop(method = "beta")}: the Clopper–Pearson
 * interval for the effective sample size
 * {@code n* = p (1 - p) / var(p) * (qt(a, n - 1) / qt(a, df))^2} with {@code a = (1 - level) / 2}
 * and n the rows in the domain:
 * {@code [qbeta(a, n* p, n* (1 - p) + 1), qbeta(1 - a, n* p + 1, n* (1 - p))]}.
 * With zero variance and 0 &lt; p &lt; 1 the interval is [p, p], the limit (R gives 0.5).
 * A zero shape is a point mass (0 at p = 0, 1 at p = 1), as R's {@code qbeta}; NaN where var(p)
 * is 0 or df &lt;= 0.
 */
final class KornGraubardInterval implements ProportionInterval {
    @Override
    public double[] interval(ProportionFit fit, double level) {
        double p = fit.p();
        double a = (1 - level) / 2;
        double ratio = Quantiles.t(a, fit.rows() - 1) / Quantiles.t(a, fit.degreesOfFreedom());
        if (fit.variance() == 0 && p > 0 && p < 1 && !Double.isNaN(ratio)) {
            // infinite effective n: the beta quantiles tend to p (R's qbeta gives 0.5 here)
            return new double[] {p, p};
        }
        double effectiveN = p * (1 - p) / fit.variance() * (ratio * ratio);
        return new double[] {
                Quantiles.beta(a, effectiveN * p, effectiveN * (1 - p) + 1),
                Quantiles.beta(1 - a, effectiveN * p + 1, effectiveN * (1 - p))};
    }
}
