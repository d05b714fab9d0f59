package se.hrvstat.survey.estimate;

import se.hrvstat.survey.design.SurveyDesign;

/**
 * The ratio of two Horvitz–Thompson totals {@code R = sum w y / sum w x} over the domain, with
 * influence values {@code z_i = w_i (y_i - R x_i) / sum w x} in the domain and 0 outside
 * (Särndal, Swensson &amp; Wretman 1992, result 5.6.1; R survey {@code svyratio.survey.design2}).
 */
final class WeightedRatio {
    private WeightedRatio() {
    }

    static LinearisedStatistic of(SurveyDesign design, double[] y, double[] x, boolean[] present) {
        int rows = design.size();
        double numerator = 0;
        double denominator = 0;
        for (int i = 0; i < rows; i++) {
            if (present[i]) {
                double w = design.weight(i);
                numerator += w * y[i];
                denominator += w * x[i];
            }
        }
        double ratio = numerator / denominator;
        double[] influence = new double[rows];
        for (int i = 0; i < rows; i++) {
            if (present[i]) {
                influence[i] = design.weight(i) * (y[i] - ratio * x[i]) / denominator;
            }
        }
        return new LinearisedStatistic(ratio, influence, w -> {
            double num = 0;
            double den = 0;
            for (int i = 0; i < w.length; i++) {
                if (present[i]) {
                    num += w[i] * y[i];
                    den += w[i] * x[i];
                }
            }
            return num / den;
        });
    }

    /** The unweighted residuals {@code (y_i - R x_i) / sum w x} whose total's deff R reports as the ratio's. */
    static double[] residuals(SurveyDesign design, LinearisedStatistic ratio, boolean[] present) {
        double[] z = ratio.influence();
        double[] r = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            double w = design.weight(i);
            r[i] = present[i] && w != 0 ? z[i] / w : 0;
        }
        return r;
    }
}
