package se.hrvstat.survey.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.weight.CalibrationResiduals;

/**
 * Properties of the differences between groups on a calibrated design, on seeded random
 * designs (R agreement is SampleDataWeightingAgreesWithRTest's, on the sample's raked design):
 * the variance of a difference made from the groups' residuals (one projection per group) is the
 * variance of the projected difference of their influence values (one projection per pair, as
 * before), because the projection is linear; the number of groups whose residuals are held at
 * once changes no result, bit for bit; and the differences made from the residuals of the groups'
 * own shares ({@link GroupDifferences#ofShares}) are those of the pairs, bit for bit.
 */
class GroupDifferencesOnACalibratedDesignTest {
    private static final int GROUPS = 7;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void theResidualsOfADifferenceAreTheDifferenceOfTheGroupsResiduals(long seed) {
        Random random = new Random(seed);
        SurveyDesign design = calibratedDesign(random, 600);
        double[] y = answers(random, 600);
        int[] group = groups(random, 600);

        Difference[][] byPair = GroupDifferences.ofMeansByPair(design, y, group, GROUPS, 0.95);

        int pairs = 0;
        for (int g = 0; g < GROUPS; g++) {
            for (int h = g + 1; h < GROUPS; h++) {
                LinearisedStatistic a = WeightedMean.of(design, y, members(y, group, g));
                LinearisedStatistic b = WeightedMean.of(design, y, members(y, group, h));
                double[] z = new double[y.length];
                for (int i = 0; i < z.length; i++) {
                    z[i] = a.influence()[i] - b.influence()[i];
                }
                double projectedDifference = Math.sqrt(design.variance(z, null));
                assertThat(byPair[g][h].se()).as("%d - %d", g, h)
                        .isCloseTo(projectedDifference, within(1e-12 * projectedDifference));
                assertThat(byPair[g][h].se()).isPositive();
                pairs++;
            }
        }
        assertThat(pairs).isEqualTo(GROUPS * (GROUPS - 1) / 2);
    }

    @ParameterizedTest(name = "{0} groups per block")
    @ValueSource(ints = {1, 2, 3, 6})
    void theGroupsHeldAtOnceChangeNoResult(int groupsPerBlock) {
        Random random = new Random(11);
        SurveyDesign design = calibratedDesign(random, 500);
        double[] y = answers(random, 500);
        int[] group = groups(random, 500);
        group[0] = -1; // in no group

        Difference[][] all = GroupDifferences.ofMeansByPair(design, y, group, GROUPS, 0.95);
        Difference[][] inBlocks = GroupDifferences.ofMeansByPair(design, y, group, GROUPS, 0.95, groupsPerBlock);

        for (int g = 0; g < GROUPS; g++) {
            for (int h = 0; h < GROUPS; h++) {
                assertThat(inBlocks[g][h]).as("%d - %d", g, h).isEqualTo(all[g][h]);
                assertThat(all[g][h] == null).isEqualTo(g >= h);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {4, 5})
    void differencesFromTheSharesResidualsAreThoseOfThePairsBitForBit(long seed) {
        Random random = new Random(seed);
        SurveyDesign calibrated = calibratedDesign(random, 500);
        SurveyDesign plain = SurveyDesign.builder(calibrated.weights()).build();
        double[] y = answers(random, 500);
        int[] group = groups(random, 500);
        List<boolean[]> members = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            boolean[] in = new boolean[y.length];
            for (int i = 0; i < in.length; i++) {
                in[i] = group[i] == g;
            }
            members.add(in);
        }
        java.util.Arrays.fill(members.get(3), false); // a group without rows: no difference with it

        for (SurveyDesign design : List.of(calibrated, plain)) {
            List<DomainShare> shares = Estimators.shares(design, y, members, IntervalMethod.LOGIT, 0.95);
            Difference[][] fromShares = GroupDifferences.ofShares(design, shares, 0.95);
            int[] groupOfRow = group.clone();
            for (int i = 0; i < groupOfRow.length; i++) {
                groupOfRow[i] = groupOfRow[i] == 3 ? -1 : groupOfRow[i];
            }
            Difference[][] byPair = GroupDifferences.ofProportionsByPair(design, y, groupOfRow, GROUPS, 0.95);

            for (int g = 0; g < GROUPS; g++) {
                for (int h = 0; h < GROUPS; h++) {
                    assertThat(fromShares[g][h]).as("%d - %d", g, h).isEqualTo(byPair[g][h]);
                    assertThat(fromShares[g][h] == null).isEqualTo(g >= h || g == 3 || h == 3);
                }
            }
        }
    }

    /**
     * Four strata of five schools, rows spread over them at random; calibrated to four region
     * cells (their units are zero outside the cell) and a continuous size (a dense unit), with
     * g-weights between 0.8 and 1.25. The residuals need only the model, w0 and w.
     */
    static SurveyDesign calibratedDesign(Random random, int n) {
        String[] stratum = new String[n];
        String[] school = new String[n];
        double[] w0 = new double[n];
        double[] w = new double[n];
        double[][] x = new double[5][n];
        for (int i = 0; i < n; i++) {
            int s = random.nextInt(4);
            stratum[i] = "s" + s;
            school[i] = stratum[i] + "-" + random.nextInt(5);
            w0[i] = 5 + 20 * random.nextDouble();
            w[i] = w0[i] * (0.8 + 0.45 * random.nextDouble());
            x[random.nextInt(4)][i] = 1;
            x[4][i] = 10 + random.nextGaussian();
        }
        return SurveyDesign.builder(w).strata(stratum).clusters(school).build()
                .calibrated(w, new CalibrationResiduals(x, w0, w));
    }

    /** 0/1 answers with a few missing. */
    static double[] answers(Random random, int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextInt(20) == 0 ? Double.NaN : random.nextInt(3) == 0 ? 1 : 0;
        }
        return y;
    }

    private static int[] groups(Random random, int n) {
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = random.nextInt(GROUPS);
        }
        return group;
    }

    private static boolean[] members(double[] y, int[] group, int g) {
        boolean[] in = new boolean[y.length];
        for (int i = 0; i < in.length; i++) {
            in[i] = group[i] == g && !Double.isNaN(y[i]);
        }
        return in;
    }
}
