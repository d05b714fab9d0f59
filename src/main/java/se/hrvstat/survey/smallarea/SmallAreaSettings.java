package se.hrvstat.survey.smallarea;

/**
 * Settings of {@link SmallAreaShares} that statisticians own.
 *
 * @param level              confidence level of the intervals (0.95: eblup ± 1.959964 √mse)
 * @param minimumRespondents an area with fewer respondents does not enter the model and gets the
 *                           synthetic estimate, as an area without a sample (its direct estimate is
 *                           then nowhere in the output: the disclosure rule for tiny samples)
 * @param maxIterations      REML Fisher-scoring iterations (sae's {@code MAXITER}, 100)
 * @param precision          REML stopping rule, relative change (sae's {@code PRECISION}, 1e-4)
 */
public record SmallAreaSettings(double level, int minimumRespondents, int maxIterations, double precision) {

    public SmallAreaSettings {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
        if (minimumRespondents < 1) {
            throw new IllegalArgumentException("minimumRespondents must be >= 1, was " + minimumRespondents);
        }
        if (maxIterations < 1 || !(precision > 0)) {
            throw new IllegalArgumentException("need maxIterations >= 1 and precision > 0");
        }
    }

    /** 95 % intervals, every area with a respondent in the model, sae's REML defaults. */
    public static SmallAreaSettings standard() {
        return new SmallAreaSettings(0.95, 1, FayHerriot.MAX_ITERATIONS, FayHerriot.PRECISION);
    }

    /** The same settings with another minimum number of respondents for an area to enter the model. */
    public SmallAreaSettings withMinimumRespondents(int minimum) {
        return new SmallAreaSettings(level, minimum, maxIterations, precision);
    }
}
