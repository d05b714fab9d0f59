package se.hrvstat.survey.estimate;

import se.hrvstat.survey.design.SurveyDesign;

/**
 * Kish's design effect as R's {@code deff = TRUE} computes it (R survey
 * {@code svymean.survey.design2}, {@code svytotal.survey.design2}): the design variance over
 * the variance of simple random sampling without replacement of the same number of units,
 * {@code v_srs = s^2 / n (1 - n / N)} for a mean and {@code N^2} times that for a total, where
 * {@code s^2 = n/(n-1) sum w (y - ybar)^2 / sum w} (R {@code svyvar}), n the rows of non-zero
 * weight and N the sum of weights. For a mean with N &lt; n it is NaN, as in R; 0/0 gives NaN.
 * For a replicate design n counts all rows of the domain, and N &lt; n is not checked (R survey
 * {@code svymean.svyrep.design}, {@code svyvar.svyrep.design}).
 */
final class DesignEffect {
    private DesignEffect() {
    }

    static double ofMean(SurveyDesign design, double[] y, boolean[] present, double variance) {
        double[] m = moments(design, y, present);
        return ofMean(m[0], m[1], m[2], variance, design.isReplicateDesign());
    }

    static double ofTotal(SurveyDesign design, double[] y, boolean[] present, double variance) {
        double[] m = moments(design, y, present);
        return ofTotal(m[0], m[1], m[2], variance);
    }

    /** From n (rows counted as R counts them), N = sum of weights and s^2. */
    static double ofMean(double nobs, double psum, double s2, double variance, boolean replicateDesign) {
        if (psum < nobs && !replicateDesign) {
            return Double.NaN;
        }
        double vsrs = s2 * (psum - nobs) / (psum * nobs);
        return variance / vsrs;
    }

    static double ofTotal(double nobs, double psum, double s2, double variance) {
        double vsrs = s2 * psum * psum * (psum - nobs) / (psum * nobs);
        return variance / vsrs;
    }

    /** {nobs, sum of weights, R's svyvar}. */
    private static double[] moments(SurveyDesign design, double[] y, boolean[] present) {
        int rows = design.size();
        double nobs = 0;
        double psum = 0;
        double weighted = 0;
        for (int i = 0; i < rows; i++) {
            if (present[i]) {
                double w = design.weight(i);
                if (w != 0 || design.isReplicateDesign()) {
                    nobs++;
                }
                psum += w;
                weighted += w * y[i];
            }
        }
        double mean = weighted / psum;
        double squares = 0;
        for (int i = 0; i < rows; i++) {
            if (present[i]) {
                double d = y[i] - mean;
                squares += design.weight(i) * d * d;
            }
        }
        double s2 = squares / psum * nobs / (nobs - 1);
        return new double[] {nobs, psum, s2};
    }
}
