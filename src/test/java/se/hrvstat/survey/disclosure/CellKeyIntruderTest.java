package se.hrvstat.survey.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The Cell Key intruder against hand-solved rows and a brute-force enumeration of small linked tables. */
class CellKeyIntruderTest {
    private static final int[] D2 = {2, 2, 2, 2};

    @Test
    void aTotalBelowItsPartsBoxesNarrowsThem() {
        // sectors published 1, 1 and total published 1, D = 2: boxes [1, 3] each. By hand: the
        // total is the sum of two cells >= 1, so 2..3; each sector is total - other <= 3 - 1 = 2.
        CellKeyIntruder i = new CellKeyIntruder(new Long[] {1L, 1L, 1L}, D2, List.<int[]>of(new int[] {2, 0, 1}));

        assertThat(i.box(0)).containsExactly(1, 3);
        assertThat(i.range(0)).containsExactly(1, 2);
        assertThat(i.range(2)).containsExactly(2, 3);
    }

    @Test
    void threeSectorsOfAtLeastOneUnderATotalOfAtMostThreeArePinned() {
        // sectors 1, 1, 1 and total 1 published, D = 2: the total is at most 3 and at least 3, so
        // every sector is exactly 1
        CellKeyIntruder i = new CellKeyIntruder(new Long[] {1L, 1L, 1L, 1L}, D2, List.<int[]>of(new int[] {3, 0, 1, 2}));

        assertThat(i.range(0)).containsExactly(1, 1);
        assertThat(i.range(3)).containsExactly(3, 3);
    }

    @Test
    void aTypeIsAtMostThePersonsOfItsSector() {
        // cell 0 a sector's persons published 2, cell 1 its persons with threats published 6, cell 2 another
        // sector's persons published 9; D = 2. Boxes: [1, 4], [4, 8], [7, 11]. By hand with threats <= persons
        // of its sector (cell 1 <= cell 0): threats <= 4, so threats in [4, 4], persons >= 4, so in [4, 4];
        // the other sector is untouched, [7, 11]. Without the inequality the boxes stand.
        Long[] published = {2L, 6L, 9L};
        int[] d = {2, 2, 2};
        CellKeyIntruder withType = new CellKeyIntruder(published, d, List.of(), List.<int[]>of(new int[] {1, 0}));
        CellKeyIntruder sumsOnly = new CellKeyIntruder(published, d, List.of());

        assertThat(withType.range(0)).containsExactly(4, 4);
        assertThat(withType.range(1)).containsExactly(4, 4);
        assertThat(withType.range(2)).containsExactly(7, 11);
        assertThat(sumsOnly.range(0)).containsExactly(1, 4);
        assertThat(sumsOnly.range(1)).containsExactly(4, 8);
    }

    @Test
    void aPublishedZeroIsKnownAndAnUnpublishedTotalIsBoundedByItsParts() {
        // sectors published 2 and 0, total not published, D = 2: sector 1 in [1, 4], sector 2 = 0,
        // so the total is in [1, 4]
        CellKeyIntruder i = new CellKeyIntruder(new Long[] {2L, 0L, null}, new int[] {2, 2, 2},
                List.<int[]>of(new int[] {2, 0, 1}));

        assertThat(i.range(1)).containsExactly(0, 0);
        assertThat(i.range(2)).containsExactly(1, 4);
    }

    @Test
    void rangesEqualAnEnumerationOfEveryWholeTableOnRandomTwoByThreeTables() {
        // a 2 x 3 table with row totals, column totals and grand total (cells 0-5 inner, 6-7 rows,
        // 8-10 columns, 11 grand), true inner values 0..6, perturbed with D = 2, V = 1 and random
        // cell keys; every whole table of inner values within their boxes whose margins fall in
        // their boxes is enumerated, and each cell's least and greatest value compared
        PerturbationTable p = PerturbationTable.maximumEntropy(2, 1);
        Random random = new Random(14);
        List<int[]> relations = List.of(new int[] {6, 0, 1, 2}, new int[] {7, 3, 4, 5}, new int[] {8, 0, 3},
                new int[] {9, 1, 4}, new int[] {10, 2, 5}, new int[] {11, 6, 7});
        int[] d = new int[12];
        java.util.Arrays.fill(d, 2);
        for (int trial = 0; trial < 30; trial++) {
            long[] truth = new long[12];
            for (int c = 0; c < 6; c++) {
                truth[c] = random.nextInt(7);
            }
            margins(truth);
            Long[] published = new Long[12];
            for (int c = 0; c < 12; c++) {
                published[c] = p.perturb(truth[c], random.nextDouble());
            }
            CellKeyIntruder intruder = new CellKeyIntruder(published, d, relations);
            long[][] expected = enumerate(intruder);
            for (int c = 0; c < 12; c++) {
                assertThat(intruder.range(c)).as("trial %d cell %d", trial, c).containsExactly(expected[c]);
            }
        }
    }

    private static void margins(long[] x) {
        x[6] = x[0] + x[1] + x[2];
        x[7] = x[3] + x[4] + x[5];
        x[8] = x[0] + x[3];
        x[9] = x[1] + x[4];
        x[10] = x[2] + x[5];
        x[11] = x[6] + x[7];
    }

    private static long[][] enumerate(CellKeyIntruder intruder) {
        long[][] range = new long[12][];
        List<long[]> points = new ArrayList<>();
        walk(intruder, new long[12], 0, points);
        for (int c = 0; c < 12; c++) {
            final int cell = c;
            range[c] = new long[] {points.stream().mapToLong(x -> x[cell]).min().orElseThrow(),
                    points.stream().mapToLong(x -> x[cell]).max().orElseThrow()};
        }
        return range;
    }

    private static void walk(CellKeyIntruder intruder, long[] x, int cell, List<long[]> points) {
        if (cell == 6) {
            margins(x);
            for (int c = 6; c < 12; c++) {
                if (x[c] < intruder.box(c)[0] || x[c] > intruder.box(c)[1]) {
                    return;
                }
            }
            points.add(x.clone());
            return;
        }
        long[] b = intruder.box(cell);
        for (long v = b[0]; v <= b[1]; v++) {
            x[cell] = v;
            walk(intruder, x, cell + 1, points);
        }
    }
}
