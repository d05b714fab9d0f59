package se.hrvstat.survey.estimate;

import se.hrvstat.survey.design.SurveyDesign;

/**
 * The Hájek mean {@code ybar = sum w_i y_i / sum w_i} over the domain, with influence values
 * {@code z_i = w_i (y_i - ybar) / sum w} in the domain and 0 outside (Lumley 2010, section 2.3;
 * R survey {@code svymean.survey.design2}). NaN if the domain has no weight.
 */
final class WeightedMean {
    private WeightedMean() {
    }

    static LinearisedStatistic of(SurveyDesign design, double[] y, boolean[] present) {
        int rows = design.size();
        double weightSum = 0;
        double weightedSum = 0;
        for (int i = 0; i < rows; i++) {
            if (present[i]) {
                double w = design.weight(i);
                weightSum += w;
                weightedSum += w * y[i];
            }
        }
        double mean = weightedSum / weightSum;
        double[] influence = new double[rows];
        for (int i = 0; i < rows; i++) {
            if (present[i]) {
                influence[i] = design.weight(i) * (y[i] - mean) / weightSum;
            }
        }
        return new LinearisedStatistic(mean, influence);
    }
}
