/**
 * Small-area estimation: the Fay–Herriot area-level model for a figure in every municipality,
 * sampled or not, with an honest mean squared error (Fay &amp; Herriot 1979; Rao &amp; Molina 2015,
 * ch. 6).
 *
 * <ul>
 * <li>{@link se.hrvstat.survey.smallarea.FayHerriot}: REML by Fisher scoring exactly as R's
 *     {@code sae::eblupFH} 1.3, the EBLUP and the Prasad–Rao MSE of {@code sae::mseFH}, the
 *     synthetic estimate for areas without a sample; a bisection fallback where sae's iteration
 *     cycles. Result: {@link se.hrvstat.survey.smallarea.FayHerriotFit}.</li>
 * <li>{@link se.hrvstat.survey.smallarea.SmallAreaShares}: the whole estimate for a share —
 *     arcsine square-root scale ({@link se.hrvstat.survey.smallarea.ArcsineSquareRoot}), sampling
 *     variances by a design-effect rule ({@link se.hrvstat.survey.smallarea.DesignEffectRule}),
 *     the fit, the choice between model and direct estimate, optional benchmarking to an
 *     aggregate ({@link se.hrvstat.survey.smallarea.AggregateBenchmark}) and the back-transform.
 *     Input {@link se.hrvstat.survey.smallarea.AreaShares}, output
 *     {@link se.hrvstat.survey.smallarea.SmallAreaResult} with one
 *     {@link se.hrvstat.survey.smallarea.AreaEstimate} per area (the columns of
 *     {@code sae-<year>.csv}).</li>
 * </ul>
 * Columns in, records out; no Spring, no JDBC, no files. Agreement with sae: 1e-9 relative
 * (tests; about 1e-12 reached).
 */
package se.hrvstat.survey.smallarea;
