package se.hrvstat.survey.disclosure;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The exact (central) confidence interval for the mean of a Poisson count x, Garwood (1936),
 * "Fiducial limits for the Poisson distribution", <i>Biometrika</i> 28, 437–442:
 * {@code lower = ½ χ²(α/2; 2x)} (0 when x = 0) and {@code upper = ½ χ²(1 − α/2; 2x + 2)},
 * where {@code χ²(q; ν)} is the q quantile of the chi-square distribution with ν degrees of
 * freedom and {@code α = 1 − level}. Equivalently the limits solve
 * {@code P(X >= x | lower) = α/2} and {@code P(X <= x | upper) = α/2}. R: {@code poisson.test(x)$conf.int}.
 * A rate per {@code per} inhabitants divides both limits by the population and multiplies by
 * {@code per}, the population being taken as known. Thread-safe.
 */
public final class ExactPoissonInterval {
    private ExactPoissonInterval() {
    }

    /** {@code [lower, upper]} for the mean of the count. */
    public static double[] count(long x, double level) {
        if (x < 0) {
            throw new IllegalArgumentException("a Poisson count cannot be negative: " + x);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must lie in (0, 1): " + level);
        }
        double alpha = 1 - level;
        double lower = x == 0 ? 0 : chiSquareQuantile(alpha / 2, 2.0 * x) / 2;
        double upper = chiSquareQuantile(1 - alpha / 2, 2.0 * x + 2) / 2;
        return new double[] {lower, upper};
    }

    /** {@code [lower, upper]} of the rate {@code x / population × per}. */
    public static double[] rate(long x, double population, double per, double level) {
        if (!(population > 0)) {
            throw new IllegalArgumentException("a rate needs a positive population, not " + population);
        }
        double[] c = count(x, level);
        return new double[] {c[0] / population * per, c[1] / population * per};
    }

    private static double chiSquareQuantile(double p, double degreesOfFreedom) {
        // no random generator: only the quantile function is used; accuracy well below the 1e-9 of tests
        return new ChiSquaredDistribution(null, degreesOfFreedom, 1e-14).inverseCumulativeProbability(p);
    }
}
