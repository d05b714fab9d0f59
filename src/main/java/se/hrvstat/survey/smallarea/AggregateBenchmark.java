package se.hrvstat.survey.smallarea;

/**
 * Benchmarking of the model-based area estimates to a direct estimate of their aggregate (e.g.
 * the national design-based estimate): after it, the population-weighted mean of the published
 * area estimates equals the aggregate's direct estimate.
 *
 * <p>How: one constant c is added to the model-based values of every area on the model's scale
 * (θ̂_d + c, eblup and interval alike; areas published with their direct estimate are left as they
 * are), with c solved by bisection so that Σ w_d p_d(c) / Σ w_d = target. On the arcsine scale
 * this is a correction of the model's intercept: the bias it removes comes from the
 * transformation (E asin√p̂ &lt; asin√p when n·p is small, which pulls β̂ down) and from the
 * back-transform, and it is the same for every area. Every p_d(c) is non-decreasing in c and
 * stays in [0, 1], so c exists whenever the target lies between the weighted means at c = −π/2
 * and c = π/2. The MSEs are not changed (the aggregate's own sampling error, small beside the
 * areas', is not added).
 *
 * @param target  the direct estimate of the aggregate, a share in [0, 1]
 * @param weights one weight per area of the input, in its order (e.g. students), ≥ 0, not all 0
 */
public record AggregateBenchmark(double target, double[] weights) {

    public AggregateBenchmark {
        if (!(target >= 0 && target <= 1)) {
            throw new IllegalArgumentException("the benchmark must be a share in [0, 1], was " + target);
        }
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("benchmark weights must be finite and >= 0, had " + w);
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("benchmark weights are all 0");
        }
    }
}
