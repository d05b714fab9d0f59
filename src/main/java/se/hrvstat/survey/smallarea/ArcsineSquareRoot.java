package se.hrvstat.survey.smallarea;

/**
 * The arcsine square-root transformation of a share, the scale on which {@link SmallAreaShares}
 * fits the Fay–Herriot model: θ = asin(√p), from [0, 1] onto [0, π/2].
 *
 * <p><b>Why this scale.</b> It stabilises the variance of a binomial share: by the delta method
 * (d/dp asin√p = 1/(2√(p(1−p)))) the variance of asin√p̂ is p(1−p)/n_eff · 1/(4p(1−p)) =
 * 1/(4 n_eff), whatever p is (the variance-stabilising transformation of a binomial share;
 * used with the Fay–Herriot model e.g. by Schmid, Bruckschen, Salvati &amp; Zbiranski 2017 for
 * literacy rates, and offered by R's {@code emdi::fh(transformation = "arcsin")}). So the sampling
 * variance that enters the model depends on the effective sample size n_eff = n/deff only, never
 * on the area's own estimate: it exists at p̂ = 0 or 1 (where the delta method on p̂ itself would
 * give 0 and the area could not enter the model), and it is not
 * correlated with the direct estimate (a variance computed from p̂ is small exactly where p̂ is
 * small by chance, which biases the EBLUP downwards).
 *
 * <p>Back to shares: an interval end θ on the model's scale is clamped to [0, π/2] and mapped to
 * sin²θ ({@link #backTransform}); a point estimate is the mean of sin²θ under the normal
 * distribution the model gives θ ({@link #expectedShare}). Both are always in [0, 1].
 */
public final class ArcsineSquareRoot {

    private ArcsineSquareRoot() {
    }

    /** asin(√p) for p in [0, 1]. */
    public static double transform(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("a share must be in [0, 1], was " + share);
        }
        return Math.asin(Math.sqrt(share));
    }

    /** The variance of asin(√p̂) for a share from n_eff effective observations: 1/(4 n_eff). */
    public static double variance(double effectiveSampleSize) {
        if (!(effectiveSampleSize > 0)) {
            throw new IllegalArgumentException("effective sample size must be > 0, was " + effectiveSampleSize);
        }
        return 1.0 / (4.0 * effectiveSampleSize);
    }

    /** sin²(θ) with θ clamped to [0, π/2]: a share in [0, 1]. */
    public static double backTransform(double theta) {
        double t = Math.min(Math.PI / 2, Math.max(0, theta));
        double s = Math.sin(t);
        return s * s;
    }

    /**
     * E[sin²θ] for θ ~ N(μ, σ²) with μ clamped to [0, π/2]: (1 − cos(2μ) e^{−2σ²}) / 2, from
     * E cos(2θ) = cos(2μ) e^{−2σ²} (the normal characteristic function). With σ² the area's
     * posterior variance under the model this is the empirical best predictor of the share
     * p = sin²θ (the idea of Molina &amp; Rao 2010 for nonlinear area parameters; for the arcsine
     * scale the normal integral has this closed form). sin²μ alone is the share's posterior median
     * and lies below the mean wherever μ &lt; π/4 (shares under 0.5): the model's estimates would
     * be biased downwards on the aggregate.
     */
    public static double expectedShare(double theta, double variance) {
        if (!(variance >= 0)) {
            throw new IllegalArgumentException("variance must be >= 0, was " + variance);
        }
        double t = Math.min(Math.PI / 2, Math.max(0, theta));
        return (1 - Math.cos(2 * t) * Math.exp(-2 * variance)) / 2;
    }
}
