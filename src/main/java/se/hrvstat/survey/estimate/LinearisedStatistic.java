package se.hrvstat.survey.estimate;

/**
 * A point estimate with its influence (linearised) values, one per row of the design: the
 * estimator's side of the variance seam. The design turns {@code influence} into a variance.
 */
record LinearisedStatistic(double estimate, double[] influence) {
}
