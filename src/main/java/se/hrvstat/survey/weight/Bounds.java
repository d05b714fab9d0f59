package se.hrvstat.survey.weight;

/**
 * Bounds on the g-weights (calibrated weight over input weight), R's
 * {@code calibrate(bounds = c(lower, upper))}. Unbounded is {@code (-Inf, Inf)}.
 */
public record Bounds(double lower, double upper) {
    public static final Bounds NONE = new Bounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    public Bounds {
        if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < 1 && upper > 1)) {
            throw new IllegalArgumentException("g-weight bounds must satisfy lower < 1 < upper, got (" + lower + ", " + upper + ")");
        }
    }

    public boolean isBounded() {
        return !Double.isInfinite(lower) || !Double.isInfinite(upper);
    }
}
