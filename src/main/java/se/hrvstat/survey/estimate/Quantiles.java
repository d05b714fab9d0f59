package se.hrvstat.survey.estimate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Quantile functions with R's conventions at the edges (NaN for df &lt;= 0 or NaN; the normal
 * quantile for infinite df; point masses for a zero beta shape), computed with Commons Math to
 * an absolute accuracy of 1e-15 (its default of 1e-9 is too coarse for agreement with R).
 */
final class Quantiles {
    private static final double ACCURACY = 1e-15;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1, ACCURACY);
    /**
     * The t quantiles already computed: a wave's domains and pairs of groups ask for the same few
     * (p, df) again and again (the interval's two tails at the design's degrees of freedom), and
     * each costs an iterative inversion. The same value as computed anew; at most
     * {@link #REMEMBERED} kept.
     */
    private static final Map<TQuantile, Double> T_QUANTILES = new ConcurrentHashMap<>();
    private static final int REMEMBERED = 1024;

    private record TQuantile(double p, double df) {
    }

    private Quantiles() {
    }

    static double normal(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    /** R {@code qt(p, df)}: NaN for df &lt;= 0 or NaN, the normal quantile for df = Inf. */
    static double t(double p, double df) {
        if (Double.isNaN(df) || df <= 0 || Double.isNaN(p)) {
            return Double.NaN;
        }
        if (Double.isInfinite(df)) {
            return normal(p);
        }
        TQuantile key = new TQuantile(p, df);
        Double known = T_QUANTILES.get(key);
        if (known != null) {
            return known;
        }
        double q = new TDistribution(null, df, ACCURACY).inverseCumulativeProbability(p);
        if (T_QUANTILES.size() >= REMEMBERED) {
            T_QUANTILES.clear();
        }
        T_QUANTILES.put(key, q);
        return q;
    }

    /** R {@code qbeta(p, a, b)}: a = 0 is a point mass at 0, b = 0 at 1; NaN for NaN or negative shapes. */
    static double beta(double p, double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || a < 0 || b < 0 || Double.isInfinite(a) || Double.isInfinite(b)) {
            return Double.NaN;
        }
        if (a == 0 && b == 0) {
            return Double.NaN;
        }
        if (a == 0) {
            return 0;
        }
        if (b == 0) {
            return 1;
        }
        return new BetaDistribution(null, a, b, ACCURACY).inverseCumulativeProbability(p);
    }
}
