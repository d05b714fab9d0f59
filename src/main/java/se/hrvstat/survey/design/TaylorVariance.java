package se.hrvstat.survey.design;

/**
 * The Taylor-linearisation variance of R's {@code svyrecvar} / {@code multistage} /
 * {@code onestage} / {@code onestrat} (R survey 4.x, {@code survey.R}), on index arrays, for one
 * domain or for all domains of a partition at once: one pass over the rows per stage, then passes
 * over the units (per domain).
 */
final class TaylorVariance {
    private TaylorVariance() {
    }

    /** One domain: the rows flagged in {@code present} (null = all). */
    static double variance(Stage[] stages, boolean hasFpc, LonelyPsuRule rule, double[] z, boolean[] present) {
        return variances(stages, hasFpc, rule, z, null, 1, present)[0];
    }

    /**
     * All domains of a partition: row i belongs to domain {@code domainOfRow[i]} (or to none if
     * negative; {@code null} = all rows to domain 0) and carries that domain's influence value
     * {@code z[i]}. Returns one variance per domain, each equal to the one-domain variance.
     */
    static double[] variances(Stage[] stages, boolean hasFpc, LonelyPsuRule rule, double[] z, int[] domainOfRow,
                              int domains, boolean[] present) {
        int stageCount = (hasFpc && stages.length > 1) ? stages.length : 1;
        double[] variance = new double[domains];
        // per domain, multiplier of stage s's strata: product of the sampling fractions above
        double[] multiplier = null;
        boolean[] parentPresent = null;
        for (int s = 0; s < stageCount; s++) {
            Stage stage = stages[s];
            int units = stage.unitCount;
            double[] totals = new double[domains * units];
            boolean[] unitPresent = new boolean[domains * units];
            int[] unitOfRow = stage.unitOfRow;
            for (int i = 0; i < z.length; i++) {
                int d = domainOfRow == null ? 0 : domainOfRow[i];
                if (d < 0) {
                    continue;
                }
                int k = d * units + unitOfRow[i];
                totals[k] += z[i];
                if (present == null || present[i]) {
                    unitPresent[k] = true;
                }
            }
            for (int d = 0; d < domains; d++) {
                int offset = d * units;
                double[] contribution = stratumContributions(stage, totals, offset, rule);
                if (s == 0) {
                    boolean[] stratumPresent = new boolean[stage.stratumCount];
                    for (int u = 0; u < units; u++) {
                        if (unitPresent[offset + u]) {
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
                            if (!isAverageGap(stage, rule, h)) {
                                usable++;
                                sum += contribution[h];
                            }
                        }
                    }
                    variance[d] = sum * strata / usable;
                } else {
                    // R multistage: each unit above gets its own onestage() times its n/N; a
                    // stratum here is one unit of the stage above, so an "average" gap is 0 * 1 / 0 = NaN
                    int parentOffset = d * stage.stratumCount;
                    for (int h = 0; h < stage.stratumCount; h++) {
                        if (parentPresent[parentOffset + h]) {
                            double c = isAverageGap(stage, rule, h) ? Double.NaN : contribution[h];
                            variance[d] += multiplier[parentOffset + h] * c;
                        }
                    }
                }
            }
            if (s + 1 < stageCount) {
                double[] next = new double[domains * units];
                for (int d = 0; d < domains; d++) {
                    for (int u = 0; u < units; u++) {
                        int h = stage.stratumOfUnit[u];
                        double above = multiplier == null ? 1.0 : multiplier[d * stage.stratumCount + h];
                        next[d * units + u] = above * stage.samplingFraction[h];
                    }
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
     * NaN (average); 0 for a census stratum ({@code f < 1e-7}). Unit totals are
     * {@code totals[offset + unit]}.
     */
    private static double[] stratumContributions(Stage stage, double[] totals, int offset, LonelyPsuRule rule) {
        int strata = stage.stratumCount;
        double[] mean = new double[strata];
        for (int u = 0; u < stage.unitCount; u++) {
            mean[stage.stratumOfUnit[u]] += totals[offset + u];
        }
        for (int h = 0; h < strata; h++) {
            mean[h] /= stage.sampledUnits[h];
        }
        double[] squares = new double[strata];
        for (int u = 0; u < stage.unitCount; u++) {
            int h = stage.stratumOfUnit[u];
            double d = totals[offset + u] - mean[h];
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
