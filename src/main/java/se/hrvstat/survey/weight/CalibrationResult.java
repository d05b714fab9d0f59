package se.hrvstat.survey.weight;

/**
 * The outcome of a calibration.
 *
 * @param weights        the calibrated weights, input weight times g, one per row
 * @param g              the g-weights (calibrated over input weight)
 * @param iterations     iterations as R's {@code grake} counts them (1 for the one-step GREG)
 * @param largestMisfit  the largest remaining |population total - calibrated sample total| over
 *                       the model's columns, in population units
 * @param misfitMargin   the margin where that misfit is
 * @param residuals      turns influence values into calibration residuals for the variance
 */
public record CalibrationResult(double[] weights, double[] g, int iterations, double largestMisfit, String misfitMargin,
                                CalibrationResiduals residuals) {
}
