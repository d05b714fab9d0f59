package se.hrvstat.survey.design;

import java.util.function.UnaryOperator;

/**
 * The calibration seam of a calibrated design's variances ({@link SurveyDesign#calibrated}):
 * influence values to their calibration residuals, for one statistic ({@link #apply}) or for
 * several at once ({@link #applyEach}), e.g. the groups of a breakdown whose differences are
 * wanted. Each result of {@code applyEach} equals {@code apply} of that vector alone, bit for
 * bit; an implementation may only share work between the vectors (as
 * {@code se.hrvstat.survey.weight.CalibrationResiduals} does).
 */
public interface CalibrationSeam extends UnaryOperator<double[]> {

    /** The residuals of each of {@code influences}, in order; none of them is changed. */
    default double[][] applyEach(double[][] influences) {
        double[][] residuals = new double[influences.length][];
        for (int k = 0; k < influences.length; k++) {
            residuals[k] = apply(influences[k]);
        }
        return residuals;
    }
}
