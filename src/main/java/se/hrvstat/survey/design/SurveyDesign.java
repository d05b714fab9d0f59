package se.hrvstat.survey.design;

import java.util.function.UnaryOperator;

import java.util.Arrays;

/**
 * A probability sampling design for Taylor-linearised (design-based) variance estimation, with
 * the meaning of R's {@code svydesign(ids, strata, weights, fpc, nest)} (survey 4.x,
 * {@code survey.R}: {@code svydesign.default}, {@code as.fpc}).
 *
 * <p>The design is the single variance seam of the estimation core: an estimator hands over its
 * influence (linearised) values, one per row, and {@link #variance(double[], boolean[])} turns
 * them into a variance with the multistage formula of R's {@code svyrecvar}. Rows outside a
 * domain keep their strata and PSUs; their influence values are 0.
 *
 * <p>Instances are immutable and thread safe. Build one with {@link #builder(double[])}.
 */
public final class SurveyDesign {
    private final double[] weights;
    private final Stage[] stages;
    private final boolean hasFpc;
    private final LonelyPsuRule lonelyPsu;
    private final ReplicateVariance replicates;
    /** Statistics whose calibration residuals are made together: bounds the memory of a batch. */
    public static final int BLOCK = 8;
    /** For a calibrated design: influence values to calibration residuals; null otherwise. */
    private final CalibrationSeam calibration;

    SurveyDesign(double[] weights, Stage[] stages, boolean hasFpc, LonelyPsuRule lonelyPsu,
                 ReplicateVariance replicates) {
        this(weights, stages, hasFpc, lonelyPsu, replicates, null);
    }

    private SurveyDesign(double[] weights, Stage[] stages, boolean hasFpc, LonelyPsuRule lonelyPsu,
                         ReplicateVariance replicates, CalibrationSeam calibration) {
        this.weights = weights;
        this.stages = stages;
        this.hasFpc = hasFpc;
        this.lonelyPsu = lonelyPsu;
        this.replicates = replicates;
        this.calibration = calibration;
    }

    /**
     * This design after calibration: the same strata and clusters with the calibrated weights,
     * whose linearised variances first replace each statistic's influence values by their
     * residuals from the weighted regression on the calibration variables, and take every row
     * of the design (R survey: a {@code calibrate()} or {@code postStratify()} design, whose
     * {@code svyrecvar} works on the residuals; Deville & Särndal 1992; Lumley 2010, 7.2).
     *
     * @param calibratedWeights the calibrated weights, one per row
     * @param residuals         influence values to their calibration residuals (e.g.
     *                          {@code se.hrvstat.survey.weight.CalibrationResiduals::of})
     */
    public SurveyDesign calibrated(double[] calibratedWeights, UnaryOperator<double[]> residuals) {
        if (replicates != null) {
            throw new UnsupportedOperationException("calibrate a replicate design through its replicate weights");
        }
        checkLength(calibratedWeights.length);
        CalibrationSeam seam = residuals instanceof CalibrationSeam s ? s : residuals::apply;
        return new SurveyDesign(calibratedWeights.clone(), stages, hasFpc, lonelyPsu, null, seam);
    }

    /** True for a design made by {@link #calibrated}. */
    public boolean isCalibrated() {
        return calibration != null;
    }

    /** True for a replicate-weight design (R {@code svrepdesign}), false for a Taylor design. */
    public boolean isReplicateDesign() {
        return replicates != null;
    }

    /**
     * The variance of {@code statistic}: for a Taylor design
     * {@link #variance(double[], boolean[]) variance(statistic.influence(), presentOrNull)}; for a
     * replicate design R's {@code svrVar} of the statistic recomputed at each replicate's weights.
     */
    public double variance(DesignStatistic statistic, boolean[] presentOrNull) {
        if (replicates != null) {
            return replicates.variance(statistic);
        }
        return variance(statistic.influence(), presentOrNull);
    }

    /**
     * Starts a design.
     *
     * @param weights sampling weights, one per row, finite and non-negative; or {@code null} to
     *                derive them as R does without {@code weights}: from the FPC (population
     *                count over sample count, multiplied over the stages), else 1
     */
    public static SurveyDesignBuilder builder(double[] weights) {
        return new SurveyDesignBuilder(weights);
    }

    /** Number of rows. */
    public int size() {
        return weights.length;
    }

    /** The sampling weight of row {@code i}. */
    public double weight(int i) {
        return weights[i];
    }

    /** A copy of the sampling weights. */
    public double[] weights() {
        return weights.clone();
    }

    public int stageCount() {
        return stages.length;
    }

    public LonelyPsuRule lonelyPsuRule() {
        return lonelyPsu;
    }

    /**
     * The design-based variance of a statistic whose influence values are {@code influence}:
     * R's {@code svyrecvar(influence, ...)} without post-stratification. For each stratum h of
     * stage 1 with n_h sampled PSUs and PSU totals t_hi of the influence values:
     * <pre>  V = sum_h f_h n_h / (n_h - 1) sum_i (t_hi - mean_h t)^2,   f_h = (N_h - n_h) / N_h or 1</pre>
     * (Särndal, Swensson &amp; Wretman 1992, result 4.3.1 with-replacement form; Lumley 2010,
     * section 2.2). With an FPC at every stage the later stages add their own term, multiplied by
     * the sampling fractions of the stages above (R's {@code multistage}; Särndal et al. 1992,
     * result 4.3.1). Lonely PSUs are treated by {@link #lonelyPsuRule()} as R's {@code onestrat}.
     *
     * @param influence     influence values, one per row; 0 outside the domain
     * @param presentOrNull the rows R would keep in a subset of the design (the domain, without
     *                      missing values); it decides which strata count for
     *                      {@link LonelyPsuRule#AVERAGE} and which PSUs enter the later stages.
     *                      {@code null} = all rows
     * @return the variance; NaN if the influence values contain NaN, or under
     *         {@link LonelyPsuRule#AVERAGE} when no stratum can give an average
     */
    public double variance(double[] influence, boolean[] presentOrNull) {
        if (replicates != null) {
            throw new UnsupportedOperationException("a replicate design needs the statistic, not influence values");
        }
        checkLength(influence.length);
        if (presentOrNull != null) {
            checkLength(presentOrNull.length);
        }
        if (calibration != null) {
            return TaylorVariance.variance(stages, hasFpc, lonelyPsu, calibration.apply(influence), null);
        }
        return TaylorVariance.variance(stages, hasFpc, lonelyPsu, influence, presentOrNull);
    }

    /**
     * The variances of several statistics of a Taylor design at once, each over all rows:
     * element k equals {@link #variance(double[], boolean[]) variance(influences[k], null)}, bit for
     * bit. On a calibrated design the residuals of all of them are made together
     * ({@link CalibrationSeam#applyEach}), which shares the passes over the calibration model.
     *
     * @throws UnsupportedOperationException for a replicate design
     */
    public double[] variances(double[][] influences) {
        if (replicates != null) {
            throw new UnsupportedOperationException("a replicate design needs the statistic, not influence values");
        }
        for (double[] influence : influences) {
            checkLength(influence.length);
        }
        double[][] z = calibration == null ? influences : calibration.applyEach(influences);
        double[] result = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            result[k] = TaylorVariance.variance(stages, hasFpc, lonelyPsu, z[k], null);
        }
        return result;
    }

    /**
     * The influence values of several statistics as this Taylor design's variance sees them: on a
     * calibrated design their calibration residuals ({@link CalibrationSeam#applyEach}: each as
     * {@code apply} of it alone, bit for bit), otherwise the influence values themselves (not
     * copied). The residuals are linear in the influence values (a projection), so those of a
     * linear combination of statistics are that combination of theirs; see
     * {@link #varianceOfResiduals}.
     *
     * @throws UnsupportedOperationException for a replicate design
     */
    public double[][] residuals(double[][] influences) {
        if (replicates != null) {
            throw new UnsupportedOperationException("a replicate design needs the statistic, not influence values");
        }
        for (double[] influence : influences) {
            checkLength(influence.length);
        }
        return calibration == null ? influences : calibration.applyEach(influences);
    }

    /**
     * The variance over all rows of a statistic whose residuals are given: made by
     * {@link #residuals}, or a linear combination of such, e.g. those of group 1 minus those of
     * group 2 for the difference of two groups' means. That is R's {@code svyby(covmat = TRUE)},
     * which residualises the groups' influence matrix once and turns it into their covariance
     * matrix V, followed by {@code svycontrast}'s {@code c' V c}: the same number as
     * {@link #variance(double[], boolean[]) variance(z1 - z2, null)}, which would project the
     * difference again, up to rounding (Lumley 2010, 5.2 and 7.2).
     *
     * @throws UnsupportedOperationException for a replicate design
     */
    public double varianceOfResiduals(double[] residuals) {
        if (replicates != null) {
            throw new UnsupportedOperationException("a replicate design needs the statistic, not influence values");
        }
        checkLength(residuals.length);
        return TaylorVariance.variance(stages, hasFpc, lonelyPsu, residuals, null);
    }

    /**
     * The variances of one statistic in every domain of a partition at once, in one pass over the
     * rows (Taylor designs only): row i belongs to domain {@code domainOfRow[i]} (negative = none)
     * and {@code influence[i]} is its influence value for that domain's statistic. Each result
     * equals {@link #variance(double[], boolean[])} of the domain alone.
     *
     * @param presentOrNull as for {@link #variance(double[], boolean[])}, for all domains together
     * @throws UnsupportedOperationException for a replicate design
     */
    public double[] variances(double[] influence, int[] domainOfRow, int domains, boolean[] presentOrNull) {
        if (replicates != null) {
            throw new UnsupportedOperationException("a replicate design needs the statistic, not influence values");
        }
        checkLength(influence.length);
        checkLength(domainOfRow.length);
        if (presentOrNull != null) {
            checkLength(presentOrNull.length);
        }
        if (calibration != null) {
            return calibratedVariances(influence, domainOfRow, domains);
        }
        return TaylorVariance.variances(stages, hasFpc, lonelyPsu, influence, domainOfRow, domains, presentOrNull);
    }

    /**
     * Domain by domain (the residuals of a domain's influence values depend on the domain), a
     * block of domains at a time through {@link #variances(double[][])}.
     */
    private double[] calibratedVariances(double[] influence, int[] domainOfRow, int domains) {
        double[] result = new double[domains];
        for (int from = 0; from < domains; from += BLOCK) {
            double[][] z = new double[Math.min(BLOCK, domains - from)][influence.length];
            for (int i = 0; i < influence.length; i++) {
                int k = domainOfRow[i] - from;
                if (k >= 0 && k < z.length) {
                    z[k][i] = influence[i];
                }
            }
            System.arraycopy(variances(z), 0, result, from, z.length);
        }
        return result;
    }

    /**
     * {@link #degreesOfFreedom(boolean[])} for every domain of a partition at once, in one pass
     * (Taylor designs only).
     */
    public int[] degreesOfFreedom(int[] domainOfRow, int domains, boolean[] presentOrNull) {
        if (replicates != null) {
            throw new UnsupportedOperationException("replicate designs: use degreesOfFreedom(boolean[]) per domain");
        }
        Stage first = stages[0];
        int units = first.unitCount;
        boolean[] unitSeen = new boolean[domains * units];
        boolean[] stratumSeen = new boolean[domains * first.stratumCount];
        int[] df = new int[domains];
        for (int i = 0; i < weights.length; i++) {
            int d = domainOfRow[i];
            if (d >= 0 && weights[i] != 0 && (presentOrNull == null || presentOrNull[i])) {
                int u = first.unitOfRow[i];
                if (!unitSeen[d * units + u]) {
                    unitSeen[d * units + u] = true;
                    df[d]++;
                    int h = first.stratumOfUnit[u];
                    if (!stratumSeen[d * first.stratumCount + h]) {
                        stratumSeen[d * first.stratumCount + h] = true;
                        df[d]--;
                    }
                }
            }
        }
        return df;
    }

    /**
     * R's {@code degf(design)} of the design restricted to {@code presentOrNull}: the number of
     * PSUs with a row of non-zero weight there minus the number of strata with such a row; for a
     * replicate design the rank of the replicate weights of those rows minus 1.
     */
    public int degreesOfFreedom(boolean[] presentOrNull) {
        if (presentOrNull != null) {
            checkLength(presentOrNull.length);
        }
        if (replicates != null) {
            return replicates.degreesOfFreedom(presentOrNull);
        }
        Stage first = stages[0];
        boolean[] unitSeen = new boolean[first.unitCount];
        boolean[] stratumSeen = new boolean[first.stratumCount];
        int units = 0;
        int strata = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0 && (presentOrNull == null || presentOrNull[i])) {
                int u = first.unitOfRow[i];
                if (!unitSeen[u]) {
                    unitSeen[u] = true;
                    units++;
                    int h = first.stratumOfUnit[u];
                    if (!stratumSeen[h]) {
                        stratumSeen[h] = true;
                        strata++;
                    }
                }
            }
        }
        return units - strata;
    }

    private void checkLength(int length) {
        if (length != weights.length) {
            throw new IllegalArgumentException(
                    "expected " + weights.length + " values, one per row of the design, got " + length);
        }
    }

    @Override
    public String toString() {
        return "SurveyDesign[rows=" + weights.length + ", stages=" + stages.length + ", strata="
                + stages[0].stratumCount + ", psus=" + stages[0].unitCount + ", fpc=" + hasFpc
                + ", lonelyPsu=" + lonelyPsu + ", sampled=" + Arrays.toString(
                        Arrays.copyOf(stages[0].sampledUnits, Math.min(5, stages[0].stratumCount))) + "]";
    }
}
