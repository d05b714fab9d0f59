package se.hrvstat.survey.estimate;

/**
 * The difference of one statistic between two groups of the same design (group 1 minus group 2),
 * with the standard error of the joint linearisation, the interval {@code estimate -/+ qt(1 - a,
 * df) se} and the two-sided p-value of {@code estimate / se} against t with df degrees of freedom.
 *
 * @param estimate         estimate in group 1 minus estimate in group 2; NaN if a group is empty
 * @param se               design-based standard error, accounting for the covariance of the two groups
 * @param ciLow            lower end of the interval
 * @param ciHigh           upper end of the interval
 * @param degreesOfFreedom R's {@code degf()} of the whole design
 * @param p                two-sided p-value of the hypothesis of no difference
 */
public record Difference(double estimate, double se, double ciLow, double ciHigh, double degreesOfFreedom,
                         double p) {
}
