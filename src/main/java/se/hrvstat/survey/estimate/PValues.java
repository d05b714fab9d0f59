package se.hrvstat.survey.estimate;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** Two-sided p-values of t statistics, with R's conventions (R {@code 2 * pt(-abs(t), df)}). */
public final class PValues {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1, 1e-15);

    private PValues() {
    }

    /**
     * R's {@code 2 * pt(-abs(t), df)}: the probability of a t statistic at least as far from 0 as
     * {@code t} under the hypothesis of no effect; the normal tail for infinite df; NaN for
     * NaN input or df &lt;= 0. The lower tail is computed directly (no {@code 1 - F}), so that small
     * p-values keep their relative accuracy.
     */
    public static double twoSided(double t, double df) {
        if (Double.isNaN(t) || Double.isNaN(df) || df <= 0) {
            return Double.NaN;
        }
        double x = -Math.abs(t);
        double tail = Double.isInfinite(df) ? STANDARD_NORMAL.cumulativeProbability(x)
                : new TDistribution(null, df, 1e-15).cumulativeProbability(x);
        return 2 * tail;
    }
}
