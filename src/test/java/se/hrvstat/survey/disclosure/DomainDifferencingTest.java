package se.hrvstat.survey.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.hrvstat.survey.disclosure.DomainDifferencing.Partition;

/** Complementary suppression of overlapping domains, on hand-made partitions. */
class DomainDifferencingTest {

    @Test
    void theIntrudersDifferenceOfTheSampleDataExampleIsFortyOnePercent() {
        // sokt_hjalp 2020 of sample-data (estimates-2024.csv of main): sex=3 n 20 share 0.22851051902993483,
        // sex=3;grade=9 n 12 share 0.10610193233041437, sex=3;grade=11 n 8 suppressed (true 0.457).
        // By hand: (20 * 0.22851051902993483 - 12 * 0.10610193233041437) / 8
        //        = (4.5702103805986966 - 1.2732231879649724) / 8 = 3.2969871926337242 / 8 = 0.41212339907921553
        long[] n = {20, 12, 8};
        double[] p = {0.22851051902993483, 0.10610193233041437, Double.NaN};
        Partition sexThreeByGrade = new Partition(0, new int[] {1, 2});

        assertThat(DomainDifferencing.nWeightedDifference(sexThreeByGrade, n, p, 2))
                .isCloseTo(0.41212339907921553, within(1e-15));
    }

    @Test
    void aSuppressedPartAloneInItsPartitionTakesItsSmallestPublishedSiblingWithIt() {
        // whole 0 (n 100) = parts 1 (n 50), 2 (n 30), 3 (n 12), 4 (n 8, suppressed); no remainder
        long[] n = {100, 50, 30, 12, 8};
        boolean[] primary = {false, false, false, false, true};

        boolean[] hidden = DomainDifferencing.protect(n, primary,
                List.of(new Partition(0, new int[] {1, 2, 3, 4})));

        assertThat(hidden).containsExactly(false, false, false, true, true);
        assertThat(primary).as("the input is not changed").containsExactly(false, false, false, false, true);
    }

    @Test
    void aRemainderWithRespondentsAlreadyProtectsTheSuppressedPart() {
        // whole 100 = 50 + 30 + 8 (suppressed) + 12 respondents with a missing code (no domain of their own)
        long[] n = {100, 50, 30, 8};
        boolean[] primary = {false, false, false, true};

        boolean[] hidden = DomainDifferencing.protect(n, primary, List.of(new Partition(0, new int[] {1, 2, 3})));

        assertThat(hidden).containsExactly(false, false, false, true);
    }

    @Test
    void aSuppressedWholeWhosePartsArePublishedTakesItsSmallestPart() {
        // whole 0 (n 30) hidden, parts 18 and 12 published: their n-weighted sum would give the whole back
        long[] n = {30, 18, 12};
        boolean[] primary = {true, false, false};

        boolean[] hidden = DomainDifferencing.protect(n, primary, List.of(new Partition(0, new int[] {1, 2})));

        assertThat(hidden).containsExactly(true, false, true);
    }

    @Test
    void aComplementarySuppressionThatLeavesAnotherPartitionWithOneHiddenMemberCascades() {
        // a 2 x 2 table of domains with margins: sex s1, s3; grade g9, g11; cells s1g9, s1g11, s3g9, s3g11.
        // index: 0 all, 1 s1, 2 s3, 3 g9, 4 g11, 5 s1g9, 6 s1g11, 7 s3g9, 8 s3g11
        long[] n = {200, 160, 40, 100, 100, 70, 90, 30, 10};
        boolean[] primary = new boolean[9];
        primary[8] = true; // s3g11 suppressed
        List<Partition> partitions = List.of(
                new Partition(0, new int[] {1, 2}), new Partition(0, new int[] {3, 4}),
                new Partition(1, new int[] {5, 6}), new Partition(2, new int[] {7, 8}),
                new Partition(3, new int[] {5, 7}), new Partition(4, new int[] {6, 8}));

        boolean[] hidden = DomainDifferencing.protect(n, primary, partitions);

        // s3 = s3g9 + s3g11: s3g9 (30) goes; then g9 = s1g9 + s3g9 has one hidden: s1g9 (70) goes;
        // then s1 = s1g9 + s1g11 has one hidden: s1g11 (90) goes; g11 = s1g11 + s3g11 now has two. By hand:
        assertThat(hidden).containsExactly(false, false, false, false, false, true, true, true, true);
        for (Partition p : partitions) {
            assertThat(DomainDifferencing.hiddenMembers(p, n, hidden)).as("hidden in %s", p).isNotEqualTo(1);
        }
    }

    @Test
    void nothingIsSuppressedWhereNothingWas() {
        long[] n = {100, 60, 40};
        boolean[] hidden = DomainDifferencing.protect(n, new boolean[3], List.of(new Partition(0, new int[] {1, 2})));

        assertThat(hidden).containsExactly(false, false, false);
    }

    @Test
    void aRemainderAloneMayBeDerivedAndCostsNothing() {
        // all 100 = girls 50 + boys 45 + 5 with a missing sex (no domain of their own): nothing suppressed
        long[] n = {100, 50, 45};

        boolean[] hidden = DomainDifferencing.protect(n, new boolean[3], List.of(new Partition(0, new int[] {1, 2})));

        assertThat(hidden).containsExactly(false, false, false);
    }
}
