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
        return new LinearisedStatistic(mean, influence, w -> at(w, y, present));
    }

    /** {@code sum w y / sum w} over the present rows; NaN without weight. */
    static double at(double[] weights, double[] y, boolean[] present) {
        double weightSum = 0;
        double weightedSum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (present[i]) {
                weightSum += weights[i];
                weightedSum += weights[i] * y[i];
            }
        }
        return weightedSum / weightSum;
    }

    /**
     * logit of the mean, with influence {@code z_i / (p (1 - p))} (delta method): the
     * intercept of R's quasibinomial {@code svyglm}, whose replicates are refitted per replicate.
     */
    static LinearisedStatistic logitOf(LinearisedStatistic mean, double[] y, boolean[] present) {
        double p = mean.estimate();
        double[] z = mean.influence();
        double[] influence = new double[z.length];
        double d = p * (1 - p);
        for (int i = 0; i < z.length; i++) {
            influence[i] = z[i] / d;
        }
        return new LinearisedStatistic(Math.log(p / (1 - p)), influence, w -> {
            double m = at(w, y, present);
            return Math.log(m / (1 - m));
        });
    }
}
