/**
 * Design-based estimators that agree with R's survey package 4.x to 1e-9 relative:
 * {@link se.hrvstat.survey.estimate.Estimators} (mean, total, ratio, proportion, quantile with
 * Woodruff interval; one domain or all domains of a partition at once) returning
 * {@link se.hrvstat.survey.estimate.Estimate}, the proportion intervals of
 * {@link se.hrvstat.survey.estimate.IntervalMethod} (logit, Korn–Graubard beta, Wald, xlogit,
 * exact profile likelihood, arcsine), differences between groups
 * ({@link se.hrvstat.survey.estimate.GroupDifferences}, R's svyby covmat + svycontrast), two-sided
 * p-values ({@link se.hrvstat.survey.estimate.PValues}), survey GLMs
 * ({@link se.hrvstat.survey.estimate.SurveyGlm}, R's svyglm) and the Rao–Scott test of
 * association ({@link se.hrvstat.survey.estimate.RaoScottTest}, R's svychisq). Missing values are
 * NaN (null for categories) and left out as {@code na.rm = TRUE}; domains keep the design's strata
 * and PSUs. Every estimator yields influence values or a statistic recomputable at other weights;
 * the design alone turns them into a variance. Quantiles via Commons Math.
 */
package se.hrvstat.survey.estimate;
