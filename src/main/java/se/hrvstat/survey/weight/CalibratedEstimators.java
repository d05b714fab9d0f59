package se.hrvstat.survey.weight;

import org.apache.commons.math3.distribution.NormalDistribution;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.estimate.Estimate;

/**
 * Means and totals on calibrated weights with the linearised variance of a calibrated design:
 * the estimator's influence values go through {@link CalibrationResiduals} before the design's
 * {@link SurveyDesign#variance} (R survey: {@code svymean}/{@code svytotal} on a
 * {@code calibrate()} or {@code postStratify()} design, {@code svyrecvar} with
 * {@code postStrata}; Lumley 2010, section 7.2).
 *
 * <p>{@code design} must carry the calibrated weights. As in R, a domain keeps every row of the
 * calibrated design (its rows outside the domain have weight 0 in the statistic but still take
 * part in the regression), so the variance is taken over all rows. The design effect is not
 * computed (NaN). Stateless and thread safe.
 */
public final class CalibratedEstimators {
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private CalibratedEstimators() {
    }

    /** The Hájek mean, influence {@code w_i (y_i - ybar) / sum w} in the domain (Lumley 2010, 2.3). */
    public static Estimate mean(SurveyDesign design, CalibrationResiduals residuals, double[] y, boolean[] domainOrNull,
                                double level) {
        boolean[] present = present(design, y, domainOrNull);
        double weightSum = 0;
        double weighted = 0;
        long n = 0;
        for (int i = 0; i < y.length; i++) {
            if (present[i]) {
                weightSum += design.weight(i);
                weighted += design.weight(i) * y[i];
                n++;
            }
        }
        double mean = weighted / weightSum;
        double[] z = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            if (present[i]) {
                z[i] = design.weight(i) * (y[i] - mean) / weightSum;
            }
        }
        return estimate(design, residuals, z, mean, present, n, level);
    }

    /** The Horvitz–Thompson total, influence {@code w_i y_i} in the domain. */
    public static Estimate total(SurveyDesign design, CalibrationResiduals residuals, double[] y, boolean[] domainOrNull,
                                 double level) {
        boolean[] present = present(design, y, domainOrNull);
        double total = 0;
        long n = 0;
        double[] z = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            if (present[i]) {
                z[i] = design.weight(i) * y[i];
                total += z[i];
                n++;
            }
        }
        return estimate(design, residuals, z, total, present, n, level);
    }

    /** The variance of a statistic with influence values {@code z} on the calibrated design. */
    public static double variance(SurveyDesign design, CalibrationResiduals residuals, double[] z) {
        return design.variance(residuals.of(z), null);
    }

    private static Estimate estimate(SurveyDesign design, CalibrationResiduals residuals, double[] z, double value,
                                     boolean[] present, long n, double level) {
        double se = Math.sqrt(variance(design, residuals, z));
        double q = NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2);
        return new Estimate(value, se, value - q * se, value + q * se, Double.NaN, n, design.degreesOfFreedom(present));
    }

    private static boolean[] present(SurveyDesign design, double[] y, boolean[] domainOrNull) {
        if (y.length != design.size()) {
            throw new IllegalArgumentException(y.length + " values for " + design.size() + " rows");
        }
        boolean[] present = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            present[i] = !Double.isNaN(y[i]) && (domainOrNull == null || domainOrNull[i]);
        }
        return present;
    }
}
