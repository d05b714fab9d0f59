package se.hrvstat.survey.estimate;

/** A confidence interval method for a proportion. Implementations are stateless and thread safe. */
interface ProportionInterval {
    /**
     * @return {low, high}; NaN ends where the method has no interval
     */
    double[] interval(ProportionFit fit, double level);

    static ProportionInterval of(IntervalMethod method) {
        return switch (method) {
            case MEAN -> new WaldInterval();
            case LOGIT -> new LogitInterval(true);
            case XLOGIT -> new LogitInterval(false);
            case ASIN -> new ArcsineInterval();
            case BETA -> new KornGraubardInterval();
            case LIKELIHOOD -> new LikelihoodInterval();
        };
    }

    /** R's {@code qt(c(a, 1 - a), df)} with {@code a = (1 - level) / 2}. */
    static double[] tQuantiles(double level, double df) {
        double a = (1 - level) / 2;
        return new double[] {Quantiles.t(a, df), Quantiles.t(1 - a, df)};
    }
}
