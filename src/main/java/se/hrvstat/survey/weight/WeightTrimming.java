package se.hrvstat.survey.weight;

/**
 * Weight trimming as R's survey {@code trimWeights} ({@code trimWeights.R},
 * {@code trimWeights.survey.design2}): weights outside {@code [lower, upper]} are set to the
 * bound, and the amount trimmed is shared out in equal parts (not in proportion) among the
 * weights that were inside, so the weight total is kept. With {@code strict} this is repeated
 * until no weight lies outside (the shares may push a weight over a bound). Stateless.
 */
public final class WeightTrimming {
    private WeightTrimming() {
    }

    /** The trimmed weights; {@code weights} is not changed. */
    public static double[] trim(double[] weights, double lower, double upper, boolean strict) {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("trimming bounds must satisfy lower <= upper, got " + lower + ", " + upper);
        }
        double[] w = weights.clone();
        for (int pass = 0; pass < 10_000; pass++) {
            int inside = 0;
            double trimmed = 0;
            boolean any = false;
            for (double x : w) {
                if (x < lower || x > upper) {
                    any = true;
                    trimmed += x - Math.max(lower, Math.min(x, upper));
                } else {
                    inside++;
                }
            }
            if (!any) {
                return w;
            }
            double share = trimmed / inside;
            for (int i = 0; i < w.length; i++) {
                if (w[i] < lower || w[i] > upper) {
                    w[i] = Math.max(lower, Math.min(w[i], upper));
                } else {
                    w[i] += share;
                }
            }
            if (!strict) {
                return w;
            }
        }
        throw new IllegalStateException("strict trimming did not settle: bounds [" + lower + ", " + upper + "] too tight");
    }
}
