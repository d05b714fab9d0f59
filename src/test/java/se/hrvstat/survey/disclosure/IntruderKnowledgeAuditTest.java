package se.hrvstat.survey.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The audit with what a reader of the footnotes knows: when every 0 is published, a ".." holds
 * at least 1. Hand-computed ranges of the two patterns of issue 14.
 */
class IntruderKnowledgeAuditTest {
    private static final DisclosureRules ZEROS_PUBLISHED = new DisclosureRules(5, 10, 0, true);
    private static final DisclosureRules ZEROS_MAY_BE_HIDDEN = new DisclosureRules(5, 10, 0, false);

    /** One municipality, four sectors 1, 2, 3, 1 all suppressed and its total 7 published: "Österåker 2024". */
    private static CellSystem osteraker() {
        return CellSystem.builder().cell("s", 1).cell("k", 2).cell("h", 3).cell("o", 1).cell("T", 7)
                .relation("T", List.of("s", "k", "h", "o")).build();
    }

    @Test
    void aPublishedTotalOverFourHiddenSectorsShowsEachToHoldOneToFourWhenZerosArePrinted() {
        CellSystem cells = osteraker();
        SuppressionPattern pattern = SuppressionPattern.primary(cells, ZEROS_PUBLISHED);

        DisclosureAudit.Result result = new DisclosureAudit(ZEROS_PUBLISHED).audit(cells, pattern);

        // by hand: each sector = 7 - (the other three), the other three >= 1 each, so each <= 4
        assertThat(result.ranges()).extracting(CellRange::low).containsOnly(1.0);
        assertThat(result.ranges()).extracting(CellRange::high).containsOnly(4.0);
        assertThat(result.shownBelow(5)).isEqualTo(4);
        assertThat(result.passes()).isFalse();
    }

    @Test
    void theSameRowPassesUnderTheOldModelWhereAHiddenCellMayBeZero() {
        CellSystem cells = osteraker();
        SuppressionPattern pattern = SuppressionPattern.primary(cells, ZEROS_MAY_BE_HIDDEN);

        DisclosureAudit.Result result = new DisclosureAudit(ZEROS_MAY_BE_HIDDEN).audit(cells, pattern);

        // by hand: each sector in [0, 7], covering the protection interval [a - 1, 5]
        assertThat(result.ranges()).extracting(CellRange::high).containsOnly(7.0);
        assertThat(result.passes()).isTrue();
    }

    /**
     * A county chain ("Västerbotten 2024"): municipalities R (sectors s, k), B (s, k) and C (s, k)
     * with R's and C's cells, B's s and the totals of R, B and C hidden; D fully published.
     * <pre>
     *        s   k |  T
     *   R    1   1 |  2     all hidden
     *   B    1   0 |  1     s and T hidden, k = 0 published
     *   C    1   2 |  3     all hidden
     *   D   20  10 | 30     published
     *   län 23  13 | 36     published
     * </pre>
     */
    private static CellSystem chain() {
        CellSystem.Builder b = CellSystem.builder();
        long[][] rows = {{1, 1}, {1, 0}, {1, 2}, {20, 10}};
        String[] names = {"R", "B", "C", "D"};
        for (int i = 0; i < rows.length; i++) {
            b.cell(names[i] + "s", rows[i][0]).cell(names[i] + "k", rows[i][1]).cell(names[i] + "T", rows[i][0] + rows[i][1])
                    .relation(names[i] + "T", List.of(names[i] + "s", names[i] + "k"));
        }
        return b.cell("Ls", 23).relation("Ls", List.of("Rs", "Bs", "Cs", "Ds"))
                .cell("Lk", 13).relation("Lk", List.of("Rk", "Bk", "Ck", "Dk"))
                .cell("LT", 36).relation("LT", List.of("Ls", "Lk")).relation("LT", List.of("RT", "BT", "CT", "DT")).build();
    }

    private static SuppressionPattern chainPattern(CellSystem cells, DisclosureRules rules) {
        return Tables.pattern(cells, rules, "Rs", "Rk", "RT", "Bs", "BT", "Cs", "Ck", "CT");
    }

    @Test
    void aChainThroughTheCountyPinsEveryHiddenSocialServicesCellWhenEachIsAtLeastOne() {
        CellSystem cells = chain();

        DisclosureAudit.Result result = new DisclosureAudit(ZEROS_PUBLISHED).audit(cells, chainPattern(cells, ZEROS_PUBLISHED));

        // by hand: Rs + Bs + Cs = 23 - 20 = 3 with each >= 1, so each is exactly 1;
        // Rk + Ck = 13 - 10 - 0 = 3 with each >= 1, so each in [1, 2]; RT = 1 + Rk in [2, 3];
        // BT = Bs + 0 = 1 exactly; CT = 1 + Ck in [2, 3]
        assertRange(result, "Rs", 1, 1);
        assertRange(result, "Bs", 1, 1);
        assertRange(result, "Cs", 1, 1);
        assertRange(result, "Rk", 1, 2);
        assertRange(result, "Ck", 1, 2);
        assertRange(result, "RT", 2, 3);
        assertRange(result, "BT", 1, 1);
        assertRange(result, "CT", 2, 3);
        assertThat(result.pinned()).isEqualTo(4);
    }

    @Test
    void theSameChainLeavesEveryCellOpenWhenAHiddenCellMayBeZero() {
        CellSystem cells = chain();

        DisclosureAudit.Result result = new DisclosureAudit(ZEROS_MAY_BE_HIDDEN)
                .audit(cells, chainPattern(cells, ZEROS_MAY_BE_HIDDEN));

        // by hand: Rs + Bs + Cs = 3, each in [0, 3]; BT = Bs in [0, 3]; Rk + Ck = 3, each in [0, 3]
        assertRange(result, "Rs", 0, 3);
        assertRange(result, "BT", 0, 3);
        assertRange(result, "Rk", 0, 3);
        assertThat(result.pinned()).isZero();
    }

    @Test
    void aTypeCountIsAtMostThePersonsOfItsSector() {
        // persons in the sector P = 12 published; type counts t1 = 3 hidden, t2 = 9 published, their
        // total T = 12 published: t1 = 12 - 9 = 3 by the sum; without the sum, t1 <= P = 12 only
        CellSystem cells = CellSystem.builder().cell("P", 12).cell("t1", 3).cell("o", 9).cell("T", 12)
                .relation("T", List.of("t1", "o")).atMost("t1", "P").build();
        CellSystem onlyInequality = CellSystem.builder().cell("P", 12).cell("t1", 3).atMost("t1", "P").build();

        DisclosureAudit audit = new DisclosureAudit(ZEROS_PUBLISHED);

        assertRange(audit.audit(cells, Tables.pattern(cells, ZEROS_PUBLISHED, "t1")), "t1", 3, 3);
        assertRange(audit.audit(onlyInequality, Tables.pattern(onlyInequality, ZEROS_PUBLISHED, "t1")), "t1", 1, 12);
    }

    @Test
    void theGreedySuppressionProtectsTheRowWithoutHidingAZeroWhenZerosArePrinted() {
        // the row above inside a county with a second municipality: 1 2 3 1 | 7 and 6 0 8 9 | 23
        CellSystem.Builder b = CellSystem.builder();
        long[][] rows = {{1, 2, 3, 1}, {6, 0, 8, 9}};
        for (int i = 0; i < 2; i++) {
            long t = 0;
            for (int j = 0; j < 4; j++) {
                b.cell("m" + i + "s" + j, rows[i][j]);
                t += rows[i][j];
            }
            b.cell("m" + i + "T", t).relation("m" + i + "T", List.of("m" + i + "s0", "m" + i + "s1", "m" + i + "s2", "m" + i + "s3"));
        }
        for (int j = 0; j < 4; j++) {
            b.cell("Ls" + j, rows[0][j] + rows[1][j]).relation("Ls" + j, List.of("m0s" + j, "m1s" + j));
        }
        CellSystem cells = b.cell("LT", 30).relation("LT", List.of("Ls0", "Ls1", "Ls2", "Ls3"))
                .relation("LT", List.of("m0T", "m1T")).build();

        SecondarySuppression.Outcome outcome = new SecondarySuppression(ZEROS_PUBLISHED)
                .complete(cells, SuppressionPattern.primary(cells, ZEROS_PUBLISHED));

        assertThat(outcome.audit().passes()).isTrue();
        assertThat(outcome.pattern().isSuppressed(cells.indexOf("m1s1"))).as("the published 0").isFalse();
        assertThat(new DisclosureAudit(ZEROS_PUBLISHED).audit(cells, outcome.pattern()).passes()).isTrue();
    }

    private static void assertRange(DisclosureAudit.Result result, String key, double low, double high) {
        CellRange r = result.ranges().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
        assertThat(r.low()).as(key + " low").isEqualTo(low);
        assertThat(r.high()).as(key + " high").isEqualTo(high);
    }
}
