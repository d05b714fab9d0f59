/**
 * Survey designs and their variance: {@link se.hrvstat.survey.design.SurveyDesign} with the meaning
 * of R's {@code svydesign} (strata, multistage clusters, FPC as count or fraction, nest, lonely-PSU
 * rules) or {@code svrepdesign} (JK1, JKn, BRR, Fay, bootstrap replicate weights).
 *
 * <p>The single variance seam: an estimator hands over a
 * {@link se.hrvstat.survey.design.DesignStatistic} (estimate, influence values, value at other
 * weights); a Taylor design turns the influence values into a variance with R's
 * {@code svyrecvar} (stratum sums of squared deviations of PSU totals, FPC, later stages when
 * every stage has an FPC), a replicate design recomputes the statistic per replicate (R's
 * {@code svrVar}). References: Lumley 2010, <i>Complex Surveys</i>; Särndal, Swensson &amp;
 * Wretman 1992; Wolter 2007; R survey 4.1.1 source ({@code survey.R}, {@code surveyrep.R}).
 *
 * <p>No Spring, no JDBC, no files: the JDK only.
 */
package se.hrvstat.survey.design;
