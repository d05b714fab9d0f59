/**
 * Design-based estimators that agree with R's survey package 4.x to 1e-9 relative:
 * {@link se.hrvstat.survey.estimate.Estimators} (mean, total, ratio, proportion; one domain or all
 * domains of a partition at once) returning {@link se.hrvstat.survey.estimate.Estimate}, and the
 * proportion intervals of {@link se.hrvstat.survey.estimate.IntervalMethod} (logit, Korn–Graubard
 * beta, Wald, xlogit, exact profile likelihood, arcsine). Missing values are NaN and left out as
 * {@code na.rm = TRUE}; domains keep the design's strata and PSUs. Quantiles via Commons Math.
 */
package se.hrvstat.survey.estimate;
