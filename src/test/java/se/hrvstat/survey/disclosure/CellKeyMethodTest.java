package se.hrvstat.survey.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The Cell Key Method on a cell system. Expected figures from the ptable of D = 2, V = 1
 * (PerturbationTableTest: for counts of 3 or more p(-2) = 0.0638, p(-1) = 0.2447, p(0) = 0.3830,
 * p(1) = 0.2447, p(2) = 0.0638, so the cell key intervals, deviations ascending, are
 * -2: [0, 0.0638), -1: [0.0638, 0.3085), 0: [0.3085, 0.6915), 1: [0.6915, 0.9362), 2: [0.9362, 1);
 * a count of 1 has the support [1, 3] and mean 0 only with all mass on 0, so it stays 1).
 */
class CellKeyMethodTest {
    private static final CellKeyMethod D2_V1 = new CellKeyMethod(PerturbationTable.maximumEntropy(2, 1.0));

    /** A key sum (units of 2^-53) whose cell key is {@code key}. */
    private static long keySum(double key) {
        return (long) (key * 0x1p53);
    }

    private static CellSystem truth() {
        // a total over three parts: 10 + 0 + 1 = 11, and a cell of 20
        return CellSystem.builder().cell("a", 10).cell("z", 0).cell("one", 1).cell("t", 11).cell("b", 20)
                .relation("t", java.util.List.of("a", "z", "one")).build();
    }

    @Test
    void eachCellIsPublishedWithTheDeviationOfItsCellKey() {
        CellSystem published = D2_V1.perturb(truth(),
                new long[] {keySum(0.05), keySum(0.99), keySum(0.99), keySum(0.95), keySum(0.5)});

        assertThat(published.value(published.indexOf("a"))).as("key 0.05 is in -2's interval").isEqualTo(8);
        assertThat(published.value(published.indexOf("z"))).as("a zero stays 0").isZero();
        assertThat(published.value(published.indexOf("one"))).as("a 1 stays 1 under D = 2").isEqualTo(1);
        assertThat(published.value(published.indexOf("t"))).as("key 0.95 is in +2's interval").isEqualTo(13);
        assertThat(published.value(published.indexOf("b"))).as("key 0.5 is in 0's interval").isEqualTo(20);
        assertThat(published.relations()).as("published figures need not add up: no relations").isEmpty();
        assertThat(CellKeyMethod.changed(truth(), published)).isEqualTo(2);
        // |8 - 10| + 0 + 0 + |13 - 11| + 0 = 4 over 5 cells
        assertThat(CellKeyMethod.meanAbsoluteDeviation(truth(), published)).isEqualTo(0.8);
        assertThat(D2_V1.violations(truth(), published)).isEmpty();
    }

    @Test
    void theSameCountsAndKeysGiveTheSameFigures() {
        long[] keys = {keySum(0.3), keySum(0.1), keySum(0.7), keySum(0.69), keySum(0.31)};
        CellSystem first = D2_V1.perturb(truth(), keys);
        CellSystem again = D2_V1.perturb(truth(), keys.clone());
        for (int i = 0; i < first.size(); i++) {
            assertThat(again.value(i)).isEqualTo(first.value(i));
        }
    }

    @Test
    void theCheckNamesADeviationBeyondDAndACreatedOrRemovedZero() {
        CellSystem wrong = CellSystem.builder().cell("a", 13).cell("z", 1).cell("one", 0).cell("t", 11).cell("b", 20)
                .build();

        assertThat(D2_V1.violations(truth(), wrong)).containsExactly(
                "a: published 13, more than D = 2 from 10",
                "z: published 1 for 0 (a zero created or removed)",
                "one: published 0 for 1 (a zero created or removed)");
        CellSystem missing = CellSystem.builder().cell("a", 10).cell("z", 0).cell("one", 1).cell("t", 11).build();
        assertThat(D2_V1.violations(truth(), missing)).contains("b: not published");
    }

    @Test
    void aCountThatTheSumsPinIsNamed() {
        // docs/disclosure-control.md: three sectors truly 1 each, total truly 3; published 1, 1, 1 and 1.
        // With D = 2 the total is at most 1 + 2 = 3 and each sector at least 1, so 1 + 1 + 1 = 3 exactly:
        // every cell is pinned. Published 1, 1, 1 and 4 instead leaves the total in [2, 6] and the
        // sectors in [1, 3] with a sum that can be 3, 4 or 5: nothing pinned.
        CellSystem truth = CellSystem.builder().cell("a", 1).cell("b", 1).cell("c", 1).cell("t", 3)
                .relation("t", java.util.List.of("a", "b", "c")).build();
        CellSystem pinning = CellSystem.builder().cell("a", 1).cell("b", 1).cell("c", 1).cell("t", 1).build();
        CellSystem safe = CellSystem.builder().cell("a", 1).cell("b", 1).cell("c", 1).cell("t", 4).build();

        assertThat(D2_V1.pinned(truth, pinning, v -> v >= 1 && v <= 4)).hasSize(4)
                .allMatch(l -> l.endsWith("its count can be worked out exactly from the published figures and sums"));
        assertThat(D2_V1.pinned(truth, safe, v -> v >= 1 && v <= 4)).isEmpty();
    }

    @Test
    void aCountThatTypeAtMostPersonsPinsIsNamed() {
        // docs/disclosure-control.md, "The intruder" 3: the persons with a type of violence in a sector are at
        // most the persons of that sector (CountCells: t|type|sector <= n|sector). Truly 3 persons in the sector,
        // 3 of them with threats; published (D = 2) the sector as 1 (-2) and the threats as 5 (+2).
        // From the figures alone: sector in [max(1, 1 - 2), 1 + 2] = [1, 3], threats in [5 - 2, 5 + 2] = [3, 7];
        // no sum ties them, so nothing is pinned by the sums.
        // With threats <= sector: threats <= 3, so threats in [3, 3]; the sector >= threats >= 3, so in [3, 3]:
        // both pinned at 3. Published 2 for the sector instead: sector in [1, 4], threats in [3, 4] and the
        // sector in [3, 4]: nothing pinned.
        CellSystem sumsOnly = CellSystem.builder().cell("n|s", 3).cell("t|hot|s", 3).build();
        CellSystem truth = CellSystem.builder().cell("n|s", 3).cell("t|hot|s", 3).atMost("t|hot|s", "n|s").build();
        CellSystem pinning = CellSystem.builder().cell("n|s", 1).cell("t|hot|s", 5).build();
        CellSystem safe = CellSystem.builder().cell("n|s", 2).cell("t|hot|s", 5).build();

        assertThat(D2_V1.pinned(sumsOnly, pinning, v -> v >= 1 && v <= 4)).isEmpty();
        assertThat(D2_V1.pinned(truth, pinning, v -> v >= 1 && v <= 4)).containsExactly(
                "n|s: its count can be worked out exactly from the published figures and sums",
                "t|hot|s: its count can be worked out exactly from the published figures and sums");
        assertThat(D2_V1.pinned(truth, safe, v -> v >= 1 && v <= 4)).isEmpty();
    }

    @Test
    void keySumsMustMatchTheCells() {
        assertThatThrownBy(() -> D2_V1.perturb(truth(), new long[3])).hasMessageContaining("5 cells but 3 key sums");
    }
}
