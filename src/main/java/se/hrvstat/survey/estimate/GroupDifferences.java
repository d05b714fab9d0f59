package se.hrvstat.survey.estimate;

import java.util.ArrayList;
import java.util.List;

import se.hrvstat.survey.design.SurveyDesign;

/**
 * Differences between two groups (domains) of one design: R's {@code svyby(~y, ~group, design,
 * svymean, covmat = TRUE)} followed by {@code svycontrast(c(1, -1))}. The two group means share
 * strata and PSUs, so their estimates are correlated; the difference is one linearised statistic
 * whose influence values are those of group 1 minus those of group 2, and the design turns them
 * into a variance over all its rows, which is {@code c' V c} with V R's joint covariance matrix
 * ({@code svyrecvar} of the influence matrix on the whole design; Lumley 2010, section 2.3 and
 * 5.2). On a calibrated design, as in R, each group's influence values are residualised once
 * and a difference's residuals are group 1's minus group 2's (the projection is linear), so the
 * differences of a breakdown of G groups cost G projections, not one per pair. A replicate
 * design recomputes the difference at each replicate's weights, which is
 * {@code c' svrVar(replicates) c}. The interval and p-value use t with {@code degf(design)}
 * degrees of freedom (CLI.md; R's {@code svyttest} uses the glm's {@code degf - 1} instead).
 * Stateless and thread safe.
 */
public final class GroupDifferences {
    private GroupDifferences() {
    }

    /** The difference of the Hájek means of y (NaN = missing) between group 1 and group 2. */
    public static Difference ofMeans(SurveyDesign design, double[] y, boolean[] group1, boolean[] group2, double level) {
        LinearisedStatistic a = WeightedMean.of(design, y, Domain.of(design, y, group1).present);
        LinearisedStatistic b = WeightedMean.of(design, y, Domain.of(design, y, group2).present);
        if (design.isReplicateDesign()) {
            return difference(design, a, b, w -> false, level);
        }
        double[][] r = design.residuals(new double[][] {a.influence(), b.influence()});
        return difference(design, a.estimate() - b.estimate(), r[0], r[1], design.degreesOfFreedom(null), level,
                new double[design.size()]);
    }

    /**
     * The differences of the Hájek means of y between every pair of groups of a breakdown: row i
     * is in group {@code groupOfRow[i]} (0 .. groups - 1, negative for none). Element [g][h] (g &lt; h)
     * is group g minus group h; null for g &gt;= h and where a group has no non-missing row of
     * non-zero weight (R's svyby leaves such a group out). On a replicate design a replicate where
     * any group's mean is undefined is left out of every difference, as R's {@code svrVar} of the
     * svyby covariance matrix does.
     */
    public static Difference[][] ofMeansByPair(SurveyDesign design, double[] y, int[] groupOfRow, int groups,
                                               double level) {
        return byPair(design, y, groupOfRow, groups, level, WeightedMean::of, groupsPerBlock(design));
    }

    /** {@link #ofMeansByPair} with the residuals of at most {@code groupsPerBlock} groups in a block. */
    static Difference[][] ofMeansByPair(SurveyDesign design, double[] y, int[] groupOfRow, int groups, double level,
                                        int groupsPerBlock) {
        return byPair(design, y, groupOfRow, groups, level, WeightedMean::of, groupsPerBlock);
    }

    /**
     * The differences of the totals of y between every pair of groups of a breakdown, R's
     * {@code svyby(~y, ~group, design, svytotal, covmat = TRUE, na.rm = TRUE)} then
     * {@code svycontrast}; as {@link #ofMeansByPair} otherwise (rows where y is missing count in no
     * total).
     */
    public static Difference[][] ofTotalsByPair(SurveyDesign design, double[] y, int[] groupOfRow, int groups,
                                                double level) {
        return byPair(design, y, groupOfRow, groups, level, WeightedTotal::of, groupsPerBlock(design));
    }

    /**
     * The differences between every pair of the given shares of one Taylor design, the shares of
     * a breakdown's groups as {@link Estimators#shares} made them: element [g][h] (g &lt; h) is
     * group g minus group h, null for g &gt;= h and where a group is not defined. The same numbers,
     * bit for bit, as {@link #ofProportionsByPair} of the same groups, without residualising the
     * groups again: the residuals of the shares' own variances serve.
     *
     * @throws UnsupportedOperationException for a replicate design
     */
    public static Difference[][] ofShares(SurveyDesign design, List<DomainShare> groups, double level) {
        if (design.isReplicateDesign()) {
            throw new UnsupportedOperationException("a replicate design recomputes each difference at its replicates");
        }
        int df = design.degreesOfFreedom(null);
        double[] scratch = new double[design.size()];
        Difference[][] out = new Difference[groups.size()][groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (int h = g + 1; h < groups.size(); h++) {
                DomainShare a = groups.get(g);
                DomainShare b = groups.get(h);
                if (a.defined() && b.defined()) {
                    out[g][h] = difference(design, a.estimate().estimate() - b.estimate().estimate(), a.residuals(),
                            b.residuals(), df, level, scratch);
                }
            }
        }
        return out;
    }

    /** One group's statistic over its rows: a mean or a total. */
    private interface GroupStatistic {
        LinearisedStatistic of(SurveyDesign design, double[] y, boolean[] rows);
    }

    private static Difference[][] byPair(SurveyDesign design, double[] y, int[] groupOfRow, int groups, double level,
                                         GroupStatistic statistic, int groupsPerBlock) {
        LinearisedStatistic[] means = new LinearisedStatistic[groups];
        for (int g = 0; g < groups; g++) {
            boolean[] in = new boolean[y.length];
            boolean any = false;
            for (int i = 0; i < y.length; i++) {
                in[i] = groupOfRow[i] == g && !Double.isNaN(y[i]);
                any |= in[i] && design.weight(i) != 0;
            }
            means[g] = any ? statistic.of(design, y, in) : null;
        }
        Difference[][] out = new Difference[groups][groups];
        if (design.isReplicateDesign()) {
            replicateDifferences(design, means, level, out);
        } else {
            taylorDifferences(design, means, level, groupsPerBlock, out);
        }
        return out;
    }

    /**
     * The differences of every pair of groups on a replicate design, each recomputed at every
     * replicate's weights; a replicate where any group's mean is undefined is left out of all.
     */
    private static void replicateDifferences(SurveyDesign design, LinearisedStatistic[] means, double level,
                                             Difference[][] out) {
        java.util.function.Predicate<double[]> anyUndefined = w -> {
            for (LinearisedStatistic m : means) {
                if (m != null && Double.isNaN(m.valueAt(w))) {
                    return true;
                }
            }
            return false;
        };
        for (int g = 0; g < means.length; g++) {
            for (int h = g + 1; h < means.length; h++) {
                if (means[g] != null && means[h] != null) {
                    out[g][h] = difference(design, means[g], means[h], anyUndefined, level);
                }
            }
        }
    }

    /**
     * The differences of every pair of groups on a Taylor design. Each group's influence values
     * are residualised once ({@link SurveyDesign#residuals}), a block of groups at a time, and
     * each pair's variance is that of group g's residuals minus group h's
     * ({@link SurveyDesign#varianceOfResiduals}): as R's {@code svyby(covmat = TRUE)} then
     * {@code svycontrast}, one calibration projection per group instead of one per pair. Without
     * calibration the residuals are the influence values themselves. Groups beyond one block are
     * paired block by block, their residuals made again for each earlier block (the same values
     * each time, so the block size changes no result).
     */
    private static void taylorDifferences(SurveyDesign design, LinearisedStatistic[] groups, double level,
                                          int block, Difference[][] out) {
        int df = design.degreesOfFreedom(null);
        double[] scratch = new double[design.size()];
        for (int from = 0; from < groups.length; from += block) {
            int to = Math.min(groups.length, from + block);
            double[][] first = residuals(design, groups, from, to);
            pairUp(design, groups, first, from, first, from, df, level, scratch, out);
            for (int next = to; next < groups.length; next += block) {
                double[][] second = residuals(design, groups, next, Math.min(groups.length, next + block));
                pairUp(design, groups, first, from, second, next, df, level, scratch, out);
            }
        }
    }

    /** Bounds the residuals held at once to two blocks of this many values (64 MiB each). */
    private static final int RESIDUALS_PER_BLOCK = 1 << 23;

    /** The groups whose residuals fit in one block of {@link #RESIDUALS_PER_BLOCK} values; at least 1. */
    private static int groupsPerBlock(SurveyDesign design) {
        return Math.max(1, RESIDUALS_PER_BLOCK / Math.max(1, design.size()));
    }

    /** The residuals of groups {@code from} .. {@code to - 1} (null for a group without statistic). */
    private static double[][] residuals(SurveyDesign design, LinearisedStatistic[] groups, int from, int to) {
        List<double[]> influences = new ArrayList<>();
        for (int g = from; g < to; g++) {
            if (groups[g] != null) {
                influences.add(groups[g].influence());
            }
        }
        double[][] made = design.residuals(influences.toArray(double[][]::new));
        double[][] residuals = new double[to - from][];
        int k = 0;
        for (int g = from; g < to; g++) {
            residuals[g - from] = groups[g] == null ? null : made[k++];
        }
        return residuals;
    }

    /**
     * The difference g - h of every pair with g among {@code first} (groups from {@code firstFrom})
     * and h among {@code second} (from {@code secondFrom}), g &lt; h, both with a statistic.
     */
    private static void pairUp(SurveyDesign design, LinearisedStatistic[] groups, double[][] first, int firstFrom,
                               double[][] second, int secondFrom, int df, double level, double[] scratch,
                               Difference[][] out) {
        for (int a = 0; a < first.length; a++) {
            for (int b = 0; b < second.length; b++) {
                int g = firstFrom + a;
                int h = secondFrom + b;
                if (g < h && first[a] != null && second[b] != null) {
                    out[g][h] = difference(design, groups[g].estimate() - groups[h].estimate(), first[a], second[b],
                            df, level, scratch);
                }
            }
        }
    }

    /** The difference a - b from their residuals ra and rb (scratch: one value per row, overwritten). */
    private static Difference difference(SurveyDesign design, double estimate, double[] ra, double[] rb, int df,
                                         double level, double[] scratch) {
        for (int i = 0; i < scratch.length; i++) {
            scratch[i] = ra[i] - rb[i];
        }
        double variance = design.varianceOfResiduals(scratch);
        return of(estimate, Math.sqrt(variance), df, level);
    }

    /** The influence values of a - b: those of a minus those of b. */
    private static double[] influenceOfDifference(LinearisedStatistic a, LinearisedStatistic b) {
        double[] za = a.influence();
        double[] zb = b.influence();
        double[] z = new double[za.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = za[i] - zb[i];
        }
        return z;
    }

    /** {@link #ofMeansByPair} of the 0/1 indicator of {@code y == 1}. */
    public static Difference[][] ofProportionsByPair(SurveyDesign design, double[] y, int[] groupOfRow, int groups,
                                                     double level) {
        return ofMeansByPair(design, indicator(y), groupOfRow, groups, level);
    }

    private static Difference difference(SurveyDesign design, LinearisedStatistic a, LinearisedStatistic b,
                                         java.util.function.Predicate<double[]> leaveOut, double level) {
        double[] z = influenceOfDifference(a, b);
        LinearisedStatistic difference = new LinearisedStatistic(a.estimate() - b.estimate(), z,
                w -> leaveOut.test(w) ? Double.NaN : a.valueAt(w) - b.valueAt(w));
        double variance = design.variance(difference, null);
        return of(difference.estimate(), Math.sqrt(variance), design.degreesOfFreedom(null), level);
    }

    /**
     * The difference of the shares of the non-missing rows with {@code y == 1} between the groups
     * (the means of the 0/1 indicator, as {@link Estimators#proportion} estimates them).
     */
    public static Difference ofProportions(SurveyDesign design, double[] y, boolean[] group1, boolean[] group2,
                                           double level) {
        return ofMeans(design, indicator(y), group1, group2, level);
    }

    private static double[] indicator(double[] y) {
        double[] indicator = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            indicator[i] = Double.isNaN(y[i]) ? Double.NaN : (y[i] == 1 ? 1 : 0);
        }
        return indicator;
    }

    /**
     * A difference with its interval {@code estimate -/+ qt(1 - a, df) se}, {@code a = (1 - level) / 2},
     * and two-sided p-value {@code 2 pt(-|estimate / se|, df)}.
     */
    public static Difference of(double estimate, double se, double df, double level) {
        double t = Quantiles.t(1 - (1 - level) / 2, df);
        return new Difference(estimate, se, estimate - t * se, estimate + t * se, df,
                PValues.twoSided(estimate / se, df));
    }
}
