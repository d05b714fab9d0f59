package se.hrvstat.survey.estimate;

/** Confidence interval methods for a proportion, as R's {@code svyciprop(method = ...)}. */
public enum IntervalMethod {
    /** Wald interval on the logit scale, back-transformed (R "logit"; closed form of the quasibinomial glm). */
    LOGIT,
    /** Korn &amp; Graubard (1998) Clopper–Pearson interval with the effective sample size (R "beta"). */
    BETA,
    /** Wald interval on the proportion scale with t quantiles (R "mean"). */
    MEAN,
    /** Wald interval for logit(p) by the delta method, back-transformed (R "xlogit"). */
    XLOGIT,
    /** Rao–Scott scaled profile-likelihood interval of the quasibinomial glm (R "likelihood"), solved exactly. */
    LIKELIHOOD,
    /** Wald interval on the arcsine-square-root scale, back-transformed (R "asin"). */
    ASIN
}
