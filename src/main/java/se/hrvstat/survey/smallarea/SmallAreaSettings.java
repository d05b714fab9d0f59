package se.hrvstat.survey.smallarea;

/**
 * Settings of {@link SmallAreaShares} that statisticians own.
 *
 * @param level                     confidence level of the intervals (0.95: eblup ± 1.959964 √mse)
 * @param minimumRespondents        an area with fewer respondents does not enter the model and gets the
 *                                  synthetic estimate, as an area without a sample (its direct
 *                                  estimate is then nowhere in the output: the rule for tiny samples)
 * @param directMinimumRespondents  an area keeps its direct estimate ({@link AreaMethod#DIRECT}) only
 *                                  with at least this many respondents …
 * @param directMaximumRse          … and a relative standard error of the direct estimate at most this
 *                                  (the project's quality rule for publishing a direct estimate
 *                                  unflagged: {@code estimate.min-n-reliable}, {@code estimate.max-rse})
 * @param maxIterations             REML Fisher-scoring iterations (sae's {@code MAXITER}, 100)
 * @param precision                 REML stopping rule, relative change (sae's {@code PRECISION}, 1e-4)
 */
public record SmallAreaSettings(double level, int minimumRespondents, int directMinimumRespondents,
        double directMaximumRse, int maxIterations, double precision) {

    public SmallAreaSettings {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
        if (minimumRespondents < 1 || directMinimumRespondents < 1) {
            throw new IllegalArgumentException("minimum respondents must be >= 1");
        }
        if (!(directMaximumRse >= 0)) {
            throw new IllegalArgumentException("directMaximumRse must be >= 0 (0: never direct), was " + directMaximumRse);
        }
        if (maxIterations < 1 || !(precision > 0)) {
            throw new IllegalArgumentException("need maxIterations >= 1 and precision > 0");
        }
    }

    /**
     * Intervals at level 0.95; every area with a respondent in the model; the direct estimate kept with at
     * least 100 respondents and a relative standard error of at most 0.30 (the defaults of
     * {@code jobs/annual.properties}); sae's REML defaults.
     */
    public static SmallAreaSettings standard() {
        return new SmallAreaSettings(0.95, 1, 100, 0.30, FayHerriot.MAX_ITERATIONS, FayHerriot.PRECISION);
    }

    /** The same settings with another minimum number of respondents for an area to enter the model. */
    public SmallAreaSettings withMinimumRespondents(int minimum) {
        return new SmallAreaSettings(level, minimum, directMinimumRespondents, directMaximumRse, maxIterations,
                precision);
    }

    /** The same settings with another rule for keeping the direct estimate. */
    public SmallAreaSettings withDirectRule(int minimumRespondents, double maximumRse) {
        return new SmallAreaSettings(level, this.minimumRespondents, minimumRespondents, maximumRse, maxIterations,
                precision);
    }
}
