package se.hrvstat.survey.design;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds a {@link SurveyDesign} with the checks and conventions of R's {@code svydesign}
 * (R survey 4.x, {@code survey.R}: {@code svydesign.default}, {@code as.fpc}). Not thread safe.
 */
public final class SurveyDesignBuilder {
    private final double[] weights;
    private String[] stratum;
    private String[][] idsPerStage = new String[0][];
    private double[][] fpcPerStage = new double[0][];
    private boolean nest;
    private LonelyPsuRule lonelyPsu = LonelyPsuRule.FAIL;
    private double[][] replicateWeights;
    private ReplicateType replicateType;
    private Double rho;
    private Double scale;
    private double[] rscales;
    private boolean mse;

    SurveyDesignBuilder(double[] weights) {
        this.weights = weights == null ? null : weights.clone();
    }

    /** The stratum of each row (R: {@code strata = ~S}); optional. */
    public SurveyDesignBuilder strata(String[] stratum) {
        this.stratum = stratum;
        return this;
    }

    /** Cluster ids per stage, stage 1 = PSU (R: {@code ids = ~A + B}); none = each row its own PSU. */
    public SurveyDesignBuilder clusters(String[]... idsPerStage) {
        this.idsPerStage = idsPerStage == null ? new String[0][] : idsPerStage;
        return this;
    }

    /**
     * Finite population correction per stage, one value per row: the population count of units in
     * the row's stratum (stage 1) or PSU (stage 2), or the sampling fraction (all values &lt;= 1),
     * as R's {@code fpc = ~FA + FB}.
     */
    public SurveyDesignBuilder fpc(double[]... fpcPerStage) {
        this.fpcPerStage = fpcPerStage == null ? new double[0][] : fpcPerStage;
        return this;
    }

    /** R's {@code nest = TRUE}: PSU ids are only unique within their stratum. */
    public SurveyDesignBuilder nest(boolean nest) {
        this.nest = nest;
        return this;
    }

    public SurveyDesignBuilder lonelyPsu(LonelyPsuRule rule) {
        this.lonelyPsu = rule == null ? LonelyPsuRule.FAIL : rule;
        return this;
    }

    /**
     * Makes this a replicate-weight design, R's {@code svrepdesign(repweights, type,
     * combined.weights = TRUE)}: {@code replicateWeights[r][i]} is the full weight of row i in
     * replicate r. Strata, clusters and fpc are not used with replicates.
     */
    public SurveyDesignBuilder replicates(double[][] replicateWeights, ReplicateType type) {
        this.replicateWeights = replicateWeights;
        this.replicateType = type;
        return this;
    }

    /** Fay's rho (required for {@link ReplicateType#FAY}). */
    public SurveyDesignBuilder rho(double rho) {
        this.rho = rho;
        return this;
    }

    /** The overall scale of the replicate variance (JK1, JKn, bootstrap; BRR and Fay have fixed scales). */
    public SurveyDesignBuilder scale(double scale) {
        this.scale = scale;
        return this;
    }

    /** One scale per replicate (default 1 each; required for JKn). */
    public SurveyDesignBuilder rscales(double[] rscales) {
        this.rscales = rscales == null ? null : rscales.clone();
        return this;
    }

    /** Centre the replicates on the full-sample estimate instead of their mean (R {@code mse = TRUE}). */
    public SurveyDesignBuilder mse(boolean mse) {
        this.mse = mse;
        return this;
    }

    /**
     * @throws IllegalArgumentException with R's reason in words for a design R rejects (missing
     *         values in weights, strata, ids or fpc; only one PSU; clusters not nested in strata
     *         without nest; fpc mixing counts and fractions; fpc below the sample size; a lonely
     *         PSU under {@link LonelyPsuRule#FAIL}) and for a negative weight
     */
    public SurveyDesign build() {
        if (replicateWeights != null) {
            return buildReplicateDesign();
        }
        int n = rowCount();
        boolean hasStrata = stratum != null;
        checkRows(n);
        // stage-1 strata
        int[] stratumOfRow = new int[n];
        Map<String, Integer> strataIndex = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String s = hasStrata ? stratum[i] : "1";
            if (s == null) {
                throw new IllegalArgumentException("missing values in `strata' (row " + (i + 1) + ")");
            }
            stratumOfRow[i] = strataIndex.computeIfAbsent(s, k -> strataIndex.size());
        }
        String[] stratumLabel = labels(strataIndex);
        int stageCount = Math.max(1, idsPerStage.length);
        Stage[] stages = new Stage[stageCount];
        int[] parentUnit = stratumOfRow;
        String[] parentLabel = stratumLabel;
        int parentCount = strataIndex.size();
        int distinctFirstIds = -1;
        for (int s = 0; s < stageCount; s++) {
            int[] unitOfRow = new int[n];
            Map<String, Integer> unitIndex = new HashMap<>();
            Map<String, Integer> rawIds = s == 0 ? new HashMap<>() : null;
            int[] stratumOfUnitTmp = new int[Math.max(16, n)];
            String[] ids = idsPerStage.length == 0 ? null : idsPerStage[s];
            for (int i = 0; i < n; i++) {
                String id = ids == null ? Integer.toString(i) : ids[i];
                if (id == null) {
                    throw new IllegalArgumentException("missing values in `id' (row " + (i + 1) + ", stage " + (s + 1) + ")");
                }
                // stage 1: ids are global unless nest (then within stratum); later stages: within the unit above
                String key = (s == 0 && !(nest && hasStrata)) ? id : parentUnit[i] + "\u0000" + id;
                int before = unitIndex.size();
                int u = unitIndex.computeIfAbsent(key, k -> unitIndex.size());
                if (u == before) {
                    stratumOfUnitTmp[u] = parentUnit[i];
                } else if (stratumOfUnitTmp[u] != parentUnit[i]) {
                    // only possible at stage 1 without nest
                    throw new IllegalArgumentException(
                            "Clusters not nested in strata at top level; you may want nest=TRUE.");
                }
                unitOfRow[i] = u;
                if (rawIds != null) {
                    rawIds.putIfAbsent(id, 0);
                }
            }
            if (s == 0) {
                distinctFirstIds = rawIds.size();
            }
            int unitCount = unitIndex.size();
            int[] stratumOfUnit = Arrays.copyOf(stratumOfUnitTmp, unitCount);
            int[] sampled = new int[parentCount];
            for (int u = 0; u < unitCount; u++) {
                sampled[stratumOfUnit[u]]++;
            }
            stages[s] = new Stage(unitOfRow, stratumOfUnit, unitCount, parentCount, sampled,
                    filled(parentCount, 1.0), filled(parentCount, Double.NaN), parentLabel);
            parentUnit = unitOfRow;
            parentLabel = labels(unitIndex);
            parentCount = unitCount;
        }
        if (distinctFirstIds == 1 && !(nest && hasStrata)) {
            throw new IllegalArgumentException("Design has only one primary sampling unit");
        }
        boolean hasFpc = fpcPerStage.length > 0;
        if (hasFpc) {
            stages = applyFpc(stages, n);
        }
        checkLonely(stages, hasFpc);
        double[] w = weights != null ? weights : derivedWeights(stages, hasFpc, n);
        return new SurveyDesign(w, stages, hasFpc, lonelyPsu, null);
    }

    /** R {@code svrepdesign.default}: scales by type, checks as R. */
    private SurveyDesign buildReplicateDesign() {
        if (weights == null) {
            throw new IllegalArgumentException("a replicate design needs the full-sample weights");
        }
        if (stratum != null || idsPerStage.length > 0 || fpcPerStage.length > 0) {
            throw new IllegalArgumentException("strata, clusters and fpc are not used with replicate weights");
        }
        int n = weights.length;
        checkRows(n);
        int r = replicateWeights.length;
        if (r < 2) {
            throw new IllegalArgumentException("a replicate design needs at least two replicate weights, got " + r);
        }
        for (int k = 0; k < r; k++) {
            if (replicateWeights[k].length != n) {
                throw new IllegalArgumentException("replicate " + (k + 1) + ": not one weight per row");
            }
            for (int i = 0; i < n; i++) {
                double w = replicateWeights[k][i];
                if (Double.isNaN(w) || w < 0 || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("replicate weight " + (k + 1) + " at row " + (i + 1)
                            + " is not a finite non-negative number");
                }
            }
        }
        if (rscales != null && rscales.length != r && rscales.length != 1) {
            throw new IllegalArgumentException("rscales has length " + rscales.length + ", should be ncol(repweights)");
        }
        double s;
        switch (replicateType) {
            case BRR -> s = 1.0 / r;
            case FAY -> {
                if (rho == null) {
                    throw new IllegalArgumentException("With type='Fay' you must supply the correct rho");
                }
                s = 1.0 / (r * (1 - rho) * (1 - rho));
            }
            case JK1 -> s = scale != null ? scale : (r - 1.0) / r;
            case JKN -> {
                if (rscales == null) {
                    throw new IllegalArgumentException("Must provide rscales for combined JKn weights");
                }
                s = scale != null ? scale : 1.0;
            }
            case BOOTSTRAP -> s = scale != null ? scale : 1.0 / (r - 1);
            default -> throw new IllegalArgumentException("unknown replicate type " + replicateType);
        }
        double[] rs = new double[r];
        Arrays.fill(rs, 1.0);
        if (rscales != null) {
            for (int k = 0; k < r; k++) {
                rs[k] = rscales.length == 1 ? rscales[0] : rscales[k];
            }
        }
        double[][] copy = new double[r][];
        for (int k = 0; k < r; k++) {
            copy[k] = replicateWeights[k].clone();
        }
        // one stage, each row its own PSU: only for size(); the replicates carry the variance
        int[] unitOfRow = new int[n];
        int[] stratumOfUnit = new int[n];
        for (int i = 0; i < n; i++) {
            unitOfRow[i] = i;
        }
        Stage stage = new Stage(unitOfRow, stratumOfUnit, n, 1, new int[] {n}, new double[] {1}, new double[] {Double.NaN},
                new String[] {"1"});
        return new SurveyDesign(weights, new Stage[] {stage}, false, lonelyPsu, new ReplicateVariance(copy, s, rs, mse));
    }

    private int rowCount() {
        if (weights != null) {
            return weights.length;
        }
        if (stratum != null) {
            return stratum.length;
        }
        if (idsPerStage.length > 0) {
            return idsPerStage[0].length;
        }
        if (fpcPerStage.length > 0) {
            return fpcPerStage[0].length;
        }
        throw new IllegalArgumentException("a design needs weights, strata, ids or fpc to know its rows");
    }

    private void checkRows(int n) {
        if (n == 0) {
            throw new IllegalArgumentException("a design needs at least one row");
        }
        if (stratum != null && stratum.length != n) {
            throw new IllegalArgumentException("strata: " + stratum.length + " values for " + n + " rows");
        }
        for (int s = 0; s < idsPerStage.length; s++) {
            if (idsPerStage[s] == null || idsPerStage[s].length != n) {
                throw new IllegalArgumentException("ids of stage " + (s + 1) + ": not one value per row");
            }
        }
        for (int s = 0; s < fpcPerStage.length; s++) {
            if (fpcPerStage[s] == null || fpcPerStage[s].length != n) {
                throw new IllegalArgumentException("fpc of stage " + (s + 1) + ": not one value per row");
            }
        }
        if (weights != null) {
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(weights[i])) {
                    throw new IllegalArgumentException("missing values in `weights' (row " + (i + 1) + ")");
                }
                if (weights[i] < 0 || Double.isInfinite(weights[i])) {
                    throw new IllegalArgumentException("weight " + weights[i] + " at row " + (i + 1)
                            + " is not a finite non-negative number");
                }
            }
        }
    }

    /**
     * R {@code as.fpc}: all values &gt;= 1 with some &gt; 1 are population counts, all &lt;= 1 are
     * fractions (population = sample / fraction); anything else is rejected. The count of a
     * stratum is taken from its first row.
     */
    private Stage[] applyFpc(Stage[] stages, int n) {
        if (fpcPerStage.length != stages.length) {
            throw new IllegalArgumentException("fpc given for " + fpcPerStage.length
                    + " stage(s) but the design has " + stages.length + " stage(s) of clusters");
        }
        boolean anyAboveOne = false;
        boolean allAtLeastOne = true;
        for (double[] fpc : fpcPerStage) {
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(fpc[i])) {
                    throw new IllegalArgumentException("missing values in `fpc' (row " + (i + 1) + ")");
                }
                anyAboveOne |= fpc[i] > 1;
                allAtLeastOne &= fpc[i] >= 1;
            }
        }
        if (anyAboveOne ^ allAtLeastOne) {
            throw new IllegalArgumentException("Must have all fpc>=1 or all fpc<=1");
        }
        boolean populationCounts = anyAboveOne;
        Stage[] out = new Stage[stages.length];
        for (int s = 0; s < stages.length; s++) {
            Stage st = stages[s];
            double[] fpc = fpcPerStage[s];
            double[] popsize = filled(st.stratumCount, Double.NaN);
            for (int i = 0; i < n; i++) {
                int h = st.stratumOfUnit[st.unitOfRow[i]];
                double sampled = st.sampledUnits[h];
                double pop = populationCounts ? fpc[i] : sampled / fpc[i];
                if (pop < sampled) {
                    throw new IllegalArgumentException("FPC implies >100% sampling in some strata (row "
                            + (i + 1) + ", stage " + (s + 1) + ": population " + pop + ", sample " + (int) sampled + ")");
                }
                if (Double.isNaN(popsize[h])) {
                    popsize[h] = pop;
                }
            }
            double[] factor = new double[st.stratumCount];
            double[] fraction = new double[st.stratumCount];
            for (int h = 0; h < st.stratumCount; h++) {
                double nh = st.sampledUnits[h];
                // R onestrat: f <- ifelse(fpc == Inf, 1, (fpc - nPSU) / fpc)
                factor[h] = popsize[h] == Double.POSITIVE_INFINITY ? 1.0 : (popsize[h] - nh) / popsize[h];
                fraction[h] = nh / popsize[h];
            }
            out[s] = new Stage(st.unitOfRow, st.stratumOfUnit, st.unitCount, st.stratumCount,
                    st.sampledUnits, factor, fraction, st.stratumLabel);
        }
        return out;
    }

    private void checkLonely(Stage[] stages, boolean hasFpc) {
        if (lonelyPsu != LonelyPsuRule.FAIL) {
            return;
        }
        int used = (hasFpc && stages.length > 1) ? stages.length : 1;
        for (int s = 0; s < used; s++) {
            for (int h = 0; h < stages[s].stratumCount; h++) {
                if (stages[s].isLonely(h)) {
                    throw new IllegalArgumentException("Stratum (" + stages[s].stratumLabel[h]
                            + ") has only one PSU at stage " + (s + 1));
                }
            }
        }
    }

    /** R svydesign without weights: 1 / prod(n/N) over the stages, or 1 without fpc. */
    private static double[] derivedWeights(Stage[] stages, boolean hasFpc, int n) {
        double[] w = filled(n, 1.0);
        if (hasFpc) {
            for (int i = 0; i < n; i++) {
                double prob = 1;
                for (Stage st : stages) {
                    prob *= st.samplingFraction[st.stratumOfUnit[st.unitOfRow[i]]];
                }
                w[i] = 1 / prob;
            }
        }
        return w;
    }

    private static String[] labels(Map<String, Integer> index) {
        String[] out = new String[index.size()];
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            int cut = e.getKey().lastIndexOf('\u0000');
            out[e.getValue()] = cut < 0 ? e.getKey() : e.getKey().substring(cut + 1);
        }
        return out;
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
