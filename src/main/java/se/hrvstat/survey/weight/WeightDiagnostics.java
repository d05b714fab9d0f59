package se.hrvstat.survey.weight;

import java.util.Arrays;

/**
 * What a weighting run reports in the method section: the distribution of the weights (minimum,
 * quartiles, maximum; quantiles as R's default {@code quantile(type = 7)}), Kish's design effect
 * due to unequal weighting {@code 1 + CV^2 = n sum w^2 / (sum w)^2} and the effective sample size
 * {@code (sum w)^2 / sum w^2} (Kish 1965, section 11.7; Kish 1992), the iterations and the
 * largest remaining margin misfit of the calibration.
 *
 * @param n              number of weights
 * @param min            smallest weight
 * @param lowerQuartile  25% quantile
 * @param median         50% quantile
 * @param upperQuartile  75% quantile
 * @param max            largest weight
 * @param kishDeff       1 + CV^2 of the weights (CV with divisor n)
 * @param effectiveN     n / kishDeff
 * @param iterations     iterations of the calibration (0 if none)
 * @param largestMisfit  largest remaining |population - weighted sample| over the margins' cells
 */
public record WeightDiagnostics(int n, double min, double lowerQuartile, double median, double upperQuartile, double max,
                                double kishDeff, double effectiveN, int iterations, double largestMisfit) {

    /** Diagnostics of weights that came out of {@code result} (possibly trimmed afterwards). */
    public static WeightDiagnostics of(double[] weights, CalibrationResult result) {
        return of(weights, result.iterations(), result.largestMisfit());
    }

    public static WeightDiagnostics of(double[] weights, int iterations, double largestMisfit) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("no weights");
        }
        double[] sorted = weights.clone();
        Arrays.sort(sorted);
        double sum = 0;
        double squares = 0;
        for (double w : weights) {
            sum += w;
            squares += w * w;
        }
        double deff = weights.length * squares / (sum * sum);
        return new WeightDiagnostics(weights.length, sorted[0], quantile(sorted, 0.25), quantile(sorted, 0.5),
                quantile(sorted, 0.75), sorted[sorted.length - 1], deff, weights.length / deff, iterations, largestMisfit);
    }

    /** R's type 7: h = (n - 1) p, interpolating between the order statistics around h. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
