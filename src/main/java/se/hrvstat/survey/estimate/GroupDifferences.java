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
 * 5.2). A replicate design recomputes the difference at each replicate's weights, which is
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
        return difference(design, a, b, w -> false, level);
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
        return byPair(design, y, groupOfRow, groups, level, WeightedMean::of);
    }

    /**
     * The differences of the totals of y between every pair of groups of a breakdown, R's
     * {@code svyby(~y, ~group, design, svytotal, covmat = TRUE, na.rm = TRUE)} then
     * {@code svycontrast}; as {@link #ofMeansByPair} otherwise (rows where y is missing count in no
     * total).
     */
    public static Difference[][] ofTotalsByPair(SurveyDesign design, double[] y, int[] groupOfRow, int groups,
                                                double level) {
        return byPair(design, y, groupOfRow, groups, level, WeightedTotal::of);
    }

    /** One group's statistic over its rows: a mean or a total. */
    private interface GroupStatistic {
        LinearisedStatistic of(SurveyDesign design, double[] y, boolean[] rows);
    }

    private static Difference[][] byPair(SurveyDesign design, double[] y, int[] groupOfRow, int groups, double level,
                                         GroupStatistic statistic) {
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
        java.util.function.Predicate<double[]> anyUndefined = w -> {
            for (LinearisedStatistic m : means) {
                if (m != null && Double.isNaN(m.valueAt(w))) {
                    return true;
                }
            }
            return false;
        };
        Difference[][] out = new Difference[groups][groups];
        List<int[]> pairs = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            for (int h = g + 1; h < groups; h++) {
                if (means[g] != null && means[h] != null) {
                    pairs.add(new int[] {g, h});
                }
            }
        }
        if (design.isReplicateDesign()) {
            for (int[] p : pairs) {
                out[p[0]][p[1]] = difference(design, means[p[0]], means[p[1]], anyUndefined, level);
            }
        } else {
            taylorDifferences(design, means, pairs, level, out);
        }
        return out;
    }

    /**
     * {@link #difference} of every pair on a Taylor design, the variances of a block of pairs at a
     * time ({@link SurveyDesign#variances(double[][])}: on a calibrated design their residuals are
     * made together); the same values bit for bit.
     */
    private static void taylorDifferences(SurveyDesign design, LinearisedStatistic[] means, List<int[]> pairs,
                                          double level, Difference[][] out) {
        int df = design.degreesOfFreedom(null);
        for (int from = 0; from < pairs.size(); from += SurveyDesign.BLOCK) {
            List<int[]> block = pairs.subList(from, Math.min(pairs.size(), from + SurveyDesign.BLOCK));
            double[][] z = new double[block.size()][];
            for (int k = 0; k < z.length; k++) {
                z[k] = influenceOfDifference(means[block.get(k)[0]], means[block.get(k)[1]]);
            }
            double[] variance = design.variances(z);
            for (int k = 0; k < z.length; k++) {
                int[] p = block.get(k);
                out[p[0]][p[1]] = of(means[p[0]].estimate() - means[p[1]].estimate(), Math.sqrt(variance[k]), df, level);
            }
        }
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
