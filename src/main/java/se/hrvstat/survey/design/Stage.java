package se.hrvstat.survey.design;

/**
 * One sampling stage of a multistage design, in index form: per row the stratum and the unit
 * (PSU at stage 1, SSU at stage 2, ...), and per stratum the number of sampled units and the
 * finite population correction. Units and strata are numbered 0..k-1. At stage 2 and later the
 * strata are the units of the stage above, as R's {@code svydesign} builds them
 * ({@code strata[, i] <- interaction(strata[, min(i, NS)], ids[, i - 1])}).
 */
final class Stage {
    final int[] unitOfRow;
    final int[] stratumOfUnit;
    final int unitCount;
    final int stratumCount;
    /** Number of sampled units per stratum (R: {@code fpc$sampsize}). */
    final int[] sampledUnits;
    /**
     * Per stratum the factor {@code f = (N - n) / N} of R's {@code onestrat}; 1 without FPC or
     * when N is infinite (a sampling fraction of 0).
     */
    final double[] fpcFactor;
    /** Per stratum the sampling fraction {@code n / N} (R: {@code nPSUs / fpcs} in {@code multistage}); NaN without FPC. */
    final double[] samplingFraction;
    final String[] stratumLabel;

    Stage(int[] unitOfRow, int[] stratumOfUnit, int unitCount, int stratumCount, int[] sampledUnits,
          double[] fpcFactor, double[] samplingFraction, String[] stratumLabel) {
        this.unitOfRow = unitOfRow;
        this.stratumOfUnit = stratumOfUnit;
        this.unitCount = unitCount;
        this.stratumCount = stratumCount;
        this.sampledUnits = sampledUnits;
        this.fpcFactor = fpcFactor;
        this.samplingFraction = samplingFraction;
        this.stratumLabel = stratumLabel;
    }

    /** R's test {@code all(f < 1e-07)}: the stratum is a census at this stage and has no variance. */
    boolean isCensus(int stratum) {
        return fpcFactor[stratum] < 1e-7;
    }

    boolean isLonely(int stratum) {
        return sampledUnits[stratum] == 1 && !isCensus(stratum);
    }
}
