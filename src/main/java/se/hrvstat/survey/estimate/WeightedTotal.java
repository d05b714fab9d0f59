package se.hrvstat.survey.estimate;

import se.hrvstat.survey.design.SurveyDesign;

/**
 * The Horvitz–Thompson total {@code sum w_i y_i} over the domain, with influence values
 * {@code z_i = w_i y_i} in the domain and 0 outside (Särndal, Swensson &amp; Wretman 1992,
 * section 2.8; R survey {@code svytotal.survey.design2}).
 */
final class WeightedTotal {
    private WeightedTotal() {
    }

    static LinearisedStatistic of(SurveyDesign design, double[] y, boolean[] present) {
        int rows = design.size();
        double total = 0;
        double[] influence = new double[rows];
        for (int i = 0; i < rows; i++) {
            if (present[i]) {
                double z = design.weight(i) * y[i];
                influence[i] = z;
                total += z;
            }
        }
        return new LinearisedStatistic(total, influence, w -> {
            double t = 0;
            for (int i = 0; i < w.length; i++) {
                if (present[i]) {
                    t += w[i] * y[i];
                }
            }
            return t;
        });
    }
}
