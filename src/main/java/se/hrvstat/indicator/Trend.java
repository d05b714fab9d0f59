package se.hrvstat.indicator;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Change and linear trend of an indicator across survey waves, from the wave estimates and their
 * standard errors. The waves are independent samples, so the estimates are independent with
 * (design-based, hence treated as known) variances {@code v_i = se_i^2}. Pure and thread safe.
 *
 * <p><b>Change</b> {@code d = p_t - p_s}, {@code Var(d) = v_t + v_s}; two-sided z-test of
 * {@code d = 0}: {@code p = 2 (1 - Phi(|d| / se))}; interval {@code d -/+ z_(1-a/2) se}.
 *
 * <p><b>Linear trend</b>: weighted least squares of the estimates on the wave year with weights
 * {@code w_i = 1 / v_i}: {@code b = Sum w (x - xbar)(y - ybar) / Sxx}, {@code Sxx = Sum w (x - xbar)^2},
 * weighted means {@code xbar, ybar}. With known variances {@code Var(b) = 1 / Sxx} (the fixed-effect
 * meta-regression of e.g. Borenstein et al. 2009, ch. 20; R: {@code lm(y ~ x, weights = w)} gives
 * the same slope, and its standard error divided by the residual scale {@code sigma(fit)} is this
 * one); two-sided z-test of {@code b = 0} and a normal interval as for the change.
 */
public final class Trend {
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private Trend() {
    }

    /**
     * A difference or slope with its standard error, two-sided test of zero and interval.
     *
     * @param z      the test statistic {@code estimate / se}
     * @param pValue two-sided p-value of the z-test
     */
    public record Result(double estimate, double se, double z, double pValue, double ciLow, double ciHigh) {
        /** True when the two-sided test rejects zero at {@code 1 - level}, i.e. the interval excludes 0. */
        public boolean significant(double level) {
            return pValue < 1 - level;
        }
    }

    /** The change {@code now - before} of two independent estimates. */
    public static Result change(double now, double seNow, double before, double seBefore, double level) {
        return result(now - before, Math.sqrt(seNow * seNow + seBefore * seBefore), level);
    }

    /**
     * The weighted least-squares slope per unit of {@code x} (per year when x are wave years).
     *
     * @throws IllegalArgumentException with fewer than two distinct x, unequal lengths, or a
     *                                  standard error that is not finite and positive
     */
    public static Result linear(double[] x, double[] y, double[] se, double level) {
        if (x.length != y.length || x.length != se.length) {
            throw new IllegalArgumentException("x, y and se must have the same length: " + x.length + ", " + y.length
                    + ", " + se.length);
        }
        double sw = 0;
        double swx = 0;
        double swy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!(se[i] > 0) || !Double.isFinite(se[i])) {
                throw new IllegalArgumentException("standard error " + se[i] + " at " + x[i] + " must be finite and > 0");
            }
            double w = 1 / (se[i] * se[i]);
            sw += w;
            swx += w * x[i];
            swy += w * y[i];
        }
        double xbar = swx / sw;
        double ybar = swy / sw;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            double w = 1 / (se[i] * se[i]);
            sxx += w * (x[i] - xbar) * (x[i] - xbar);
            sxy += w * (x[i] - xbar) * (y[i] - ybar);
        }
        if (!(sxx > 0)) {
            throw new IllegalArgumentException("a trend needs at least two distinct waves");
        }
        return result(sxy / sxx, Math.sqrt(1 / sxx), level);
    }

    private static Result result(double estimate, double se, double level) {
        double q = NORMAL.inverseCumulativeProbability(0.5 + level / 2);
        double z = estimate / se;
        double p = 2 * NORMAL.cumulativeProbability(-Math.abs(z));
        return new Result(estimate, se, z, p, estimate - q * se, estimate + q * se);
    }
}
