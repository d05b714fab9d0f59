package se.hrvstat.survey.estimate;

/**
 * One design-based estimate with its standard error, confidence interval, design effect, the
 * number of non-missing rows in the domain and the design's degrees of freedom there.
 *
 * @param estimate         the point estimate; NaN for an empty domain
 * @param se               standard error, the square root of the design-based variance
 * @param ciLow            lower end of the confidence interval; NaN where the method has none
 * @param ciHigh           upper end of the confidence interval; NaN where the method has none
 * @param deff             R's {@code deff = TRUE} design effect (without-replacement SRS
 *                         variance in the denominator); NaN where undefined
 * @param n                number of non-missing rows in the domain
 * @param degreesOfFreedom R's {@code degf()} of the design restricted to those rows; for a proportion
 *                         that of the domain with all its rows (the df of its interval, as
 *                         {@code svyciprop} takes it)
 */
public record Estimate(double estimate, double se, double ciLow, double ciHigh, double deff, long n,
                       double degreesOfFreedom) {
}
