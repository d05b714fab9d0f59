package se.hrvstat.survey.design;

/**
 * What an estimator hands to the design to get a variance: its point estimate, its influence
 * (linearised) values at the sampling weights for Taylor linearisation, and the statistic
 * recomputed at other weights for replication (Lumley 2010, sections 2.3 and 2.5). Rows outside
 * the estimate's domain have influence 0 and do not enter {@link #valueAt(double[])}.
 */
public interface DesignStatistic {
    /** The estimate at the sampling weights. */
    double estimate();

    /** Influence values, one per row of the design. */
    double[] influence();

    /** The statistic recomputed with {@code weights} (one per row), e.g. a replicate's weights. */
    double valueAt(double[] weights);
}
