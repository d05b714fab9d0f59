package se.hrvstat.survey.estimate;

/**
 * What a proportion's confidence interval needs: the estimated proportion p, the design-based
 * variance of p (that of the mean of the 0/1 indicator), the design's degrees of freedom in the
 * domain, the design-based variance of logit(p) (for a replicate design from the replicates'
 * logits, as R's {@code svyglm} on replicates), the number of rows in the domain, and R's {@code svyglm} dispersion (the design-weighted
 * variance of the quasibinomial Pearson residuals), used only by the likelihood interval.
 */
record ProportionFit(double p, double variance, double logitVariance, double degreesOfFreedom, long rows,
                     double dispersion) {
}
