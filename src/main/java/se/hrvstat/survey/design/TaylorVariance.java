package se.hrvstat.survey.design;

/**
 * The Taylor-linearisation variance of R's {@code svyrecvar} / {@code multistage} /
 * {@code onestage} / {@code onestrat} (R survey 4.x, {@code survey.R}), on index arrays.
 * One pass over the rows per stage, then passes over the PSUs.
 */
final class TaylorVariance {
    private TaylorVariance() {
    }

    static double variance(Stage[] stages, boolean hasFpc, LonelyPsuRule rule, double[] z, boolean[] present) {
        int stageCount = (hasFpc && stages.length > 1) ? stages.length : 1;
        double variance = 0;
        // multiplier of stage s's strata: product of the sampling fractions of the stages above
        double[] multiplier = null;
        boolean[] parentPresent = null;
        for (int s = 0; s < stageCount; s++) {
            Stage stage = stages[s];
            double[] totals = new double[stage.unitCount];
            boolean[] unitPresent = new boolean[stage.unitCount];
            int[] unitOfRow = stage.unitOfRow;
            for (int i = 0; i < z.length; i++) {
                int u = unitOfRow[i];
                totals[u] += z[i];
                if (present == null || present[i]) {
                    unitPresent[u] = true;
                }
            }
            double[] contribution = stratumContributions(stage, totals, rule);
            if (s == 0) {
                boolean[] stratumPresent = new boolean[stage.stratumCount];
                for (int u = 0; u < stage.unitCount; u++) {
                    if (unitPresent[u]) {
                        stratumPresent[stage.stratumOfUnit[u]] = true;
                    }
                }
                // R onestage: sum(..., na.rm = TRUE) * nstrat / nokstrat over the strata present
                double sum = 0;
                int strata = 0;
                int usable = 0;
                for (int h = 0; h < stage.stratumCount; h++) {
                    if (stratumPresent[h]) {
                        strata++;
                        if (!Double.isNaN(contribution[h]) || !isAverageGap(stage, rule, h)) {
                            usable++;
                            sum += contribution[h];
                        }
                    }
                }
                variance = sum * strata / usable;
            } else {
                // R multistage: each PSU's own onestage() times n/N of the stage above; a stratum
                // here is one unit of the stage above, so an "average" gap gives 0 * 1 / 0 = NaN
                for (int h = 0; h < stage.stratumCount; h++) {
                    if (parentPresent[h]) {
                        double c = isAverageGap(stage, rule, h) ? Double.NaN : contribution[h];
                        variance += multiplier[h] * c;
                    }
                }
            }
            if (s + 1 < stageCount) {
                double[] next = new double[stage.unitCount];
                for (int u = 0; u < stage.unitCount; u++) {
                    int h = stage.stratumOfUnit[u];
                    next[u] = (multiplier == null ? 1.0 : multiplier[h]) * stage.samplingFraction[h];
                }
                multiplier = next;
                parentPresent = unitPresent;
            }
        }
        return variance;
    }

    private static boolean isAverageGap(Stage stage, LonelyPsuRule rule, int h) {
        return rule == LonelyPsuRule.AVERAGE && stage.isLonely(h);
    }

    /**
     * Per stratum: {@code f n/(n-1) sum_i (t_i - mean t)^2} (R {@code onestrat}); for a lonely PSU
     * 0 (remove, certainty: the total is centred on itself), {@code f t^2} (adjust: not centred),
     * NaN (average); 0 for a census stratum ({@code f < 1e-7}).
     */
    private static double[] stratumContributions(Stage stage, double[] totals, LonelyPsuRule rule) {
        int strata = stage.stratumCount;
        double[] mean = new double[strata];
        for (int u = 0; u < stage.unitCount; u++) {
            mean[stage.stratumOfUnit[u]] += totals[u];
        }
        for (int h = 0; h < strata; h++) {
            mean[h] /= stage.sampledUnits[h];
        }
        double[] squares = new double[strata];
        for (int u = 0; u < stage.unitCount; u++) {
            int h = stage.stratumOfUnit[u];
            double d = totals[u] - mean[h];
            squares[h] += d * d;
        }
        double[] contribution = new double[strata];
        for (int h = 0; h < strata; h++) {
            int n = stage.sampledUnits[h];
            double f = stage.fpcFactor[h];
            if (stage.isCensus(h)) {
                contribution[h] = 0;
            } else if (n > 1) {
                contribution[h] = f * n / (n - 1) * squares[h];
            } else {
                switch (rule) {
                    case REMOVE, CERTAINTY -> contribution[h] = 0;
                    case ADJUST -> contribution[h] = f * (mean[h] * mean[h]);
                    case AVERAGE -> contribution[h] = Double.NaN;
                    case FAIL -> throw new IllegalStateException(
                            "Stratum (" + stage.stratumLabel[h] + ") has only one PSU");
                }
            }
        }
        return contribution;
    }
}
