package se.hrvstat.survey.estimate;

import java.util.function.ToDoubleFunction;
import se.hrvstat.survey.design.DesignStatistic;

/**
 * A point estimate with its influence (linearised) values, one per row of the design, and the
 * recipe to recompute it at other weights: the estimator's side of the variance seam.
 */
final class LinearisedStatistic implements DesignStatistic {
    private final double estimate;
    private final double[] influence;
    private final ToDoubleFunction<double[]> atWeights;

    LinearisedStatistic(double estimate, double[] influence, ToDoubleFunction<double[]> atWeights) {
        this.estimate = estimate;
        this.influence = influence;
        this.atWeights = atWeights;
    }

    @Override
    public double estimate() {
        return estimate;
    }

    @Override
    public double[] influence() {
        return influence;
    }

    @Override
    public double valueAt(double[] weights) {
        return atWeights.applyAsDouble(weights);
    }
}
