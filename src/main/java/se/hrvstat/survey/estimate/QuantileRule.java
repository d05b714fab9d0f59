package se.hrvstat.survey.estimate;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;

/**
 * R survey 4.x's default quantile rule {@code qrule_math} ({@code survey:::qs}): over the rows
 * of non-zero weight, sorted by value (ties in row order), with cumulative weights C_k and total
 * W, let k be the last position with {@code C_k <= p W} (the first if there is none); the
 * quantile is x_k if {@code p - C_k / W == 0}, else x_(k+1) (x_k at the last position). This is
 * the inverse of the weighted distribution function, {@code min x: F(x) >= p}, except that R
 * takes the second value when p W is below the weight of the smallest (kept here, as R does).
 */
final class QuantileRule {
    private QuantileRule() {
    }

    static double math(double[] y, double[] weights, boolean[] present, double p) {
        Integer[] order = java.util.stream.IntStream.range(0, y.length)
                .filter(i -> present[i] && weights[i] != 0).boxed().toArray(Integer[]::new);
        if (order.length == 0) {
            return Double.NaN;
        }
        // R's sum() and cumsum() accumulate in long double; exact sums rounded to double give the
        // same values whenever the long double sum is exact (equal weights, as in a stratum)
        BigDecimal exact = BigDecimal.ZERO;
        for (int i : order) {
            exact = exact.add(new BigDecimal(weights[i]));
        }
        double total = exact.doubleValue();
        Arrays.sort(order, Comparator.comparingDouble(i -> y[i])); // stable: ties keep row order
        double target = p * total;
        exact = BigDecimal.ZERO;
        int last = 0;
        double atLast = weights[order[0]];
        for (int k = 0; k < order.length; k++) {
            exact = exact.add(new BigDecimal(weights[order[k]]));
            double cumulative = exact.doubleValue();
            if (cumulative <= target) {
                last = k;
                atLast = cumulative;
            }
        }
        int next = last == order.length - 1 ? last : last + 1;
        return p - atLast / total == 0 ? y[order[last]] : y[order[next]];
    }
}
