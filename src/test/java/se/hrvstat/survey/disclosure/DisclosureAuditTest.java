package se.hrvstat.survey.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hand-computed feasibility intervals of small tables with margins (threshold 5: counts 1–4 are sensitive). */
class DisclosureAuditTest {
    private static final DisclosureRules RULES = new DisclosureRules(5, 10, 0, false);

    //        c0  c1  c2 |  T
    //  r0     3  10  12 | 25
    //  r1     8   9  15 | 32
    //  r2    11  13   6 | 30
    //  T     22  32  33 | 87
    private static final long[][] TABLE = {{3, 10, 12}, {8, 9, 15}, {11, 13, 6}};

    @Test
    void aSingleSuppressedCellIsDerivableFromItsRowAndTheAuditRejectsIt() {
        CellSystem cells = Tables.withMargins(TABLE);
        SuppressionPattern onlyPrimary = SuppressionPattern.primary(cells, RULES);
        assertThat(onlyPrimary.suppressedCount()).as("only the 3 is sensitive").isEqualTo(1);

        DisclosureAudit.Result result = new DisclosureAudit(RULES).audit(cells, onlyPrimary);

        // by hand: r0c0 = r0T - r0c1 - r0c2 = 25 - 10 - 12 = 3, so its range is [3, 3]
        assertThat(result.passes()).isFalse();
        CellRange range = result.failures().get(0);
        assertThat(range.key()).isEqualTo("r0c0");
        assertThat(range.low()).isEqualTo(3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(range.high()).isEqualTo(3.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aRectangleOfFourSuppressedCellsProtectsTheSensitiveCell() {
        CellSystem cells = Tables.withMargins(TABLE);
        SuppressionPattern rectangle = Tables.pattern(cells, RULES, "r0c1", "r1c0", "r1c1");

        DisclosureAudit.Result result = new DisclosureAudit(RULES).audit(cells, rectangle);

        // by hand, with t = r0c0: r0c1 = 13 - t (row 0: 25 - 12), r1c0 = 11 - t (column 0: 22 - 11),
        // r1c1 = 6 + t (row 1: 32 - 15 - r1c0); all >= 0 gives t in [0, 11]. The protection
        // interval of 3 is [3 - 1, 3 + (5 - 3)] = [2, 5], inside [0, 11].
        assertThat(result.passes()).isTrue();
        assertRange(result, cells, "r0c0", 0, 11);
        assertRange(result, cells, "r0c1", 2, 13);
        assertRange(result, cells, "r1c0", 0, 11);
        assertRange(result, cells, "r1c1", 6, 17);
    }

    @Test
    void aRangeThatStaysBelowTheThresholdIsRejectedThoughNotExact() {
        //        c0  c1 |  T
        //  r0     2  20 | 22
        //  r1     1  30 | 31
        //  T      3  50 | 53
        CellSystem cells = Tables.withMargins(new long[][] {{2, 20}, {1, 30}});
        SuppressionPattern all = Tables.pattern(cells, RULES, "r0c0", "r0c1", "r1c0", "r1c1");

        DisclosureAudit.Result result = new DisclosureAudit(RULES).audit(cells, all);

        // by hand, t = r0c0: r1c0 = 3 - t (column 0), so t in [0, 3]: anybody can tell that both
        // cells of column 0 hold fewer than 5 persons; the 2 needs [1, 5], the 1 needs [0, 5].
        // The column total 3 is sensitive too (primary) and is TT - Tc1 = 53 - 50 exactly.
        assertRange(result, cells, "r0c0", 0, 3);
        assertRange(result, cells, "r1c0", 0, 3);
        assertRange(result, cells, "Tc0", 3, 3);
        assertThat(result.failures()).extracting(CellRange::key).containsExactly("r0c0", "r1c0", "Tc0");
    }

    @Test
    void suppressingTheColumnTotalToo_theSecondarySuppressionFindsAPassingPattern() {
        CellSystem cells = Tables.withMargins(new long[][] {{2, 20}, {1, 30}});

        SecondarySuppression.Outcome outcome = new SecondarySuppression(RULES)
                .complete(cells, SuppressionPattern.primary(cells, RULES));

        assertThat(outcome.audit().passes()).isTrue();
        assertThat(outcome.pattern().isSuppressed(cells.indexOf("r0c0"))).isTrue();
        assertThat(outcome.pattern().isSuppressed(cells.indexOf("r1c0"))).isTrue();
    }

    @Test
    void aCellThatNothingPublishedBoundsIsUnboundedAbove() {
        CellSystem cells = Tables.withMargins(new long[][] {{2, 20}, {1, 30}});
        SuppressionPattern everything = Tables.pattern(cells, RULES, "r0c0", "r0c1", "r1c0", "r1c1", "r0T", "r1T",
                "Tc0", "Tc1", "TT");

        DisclosureAudit.Result result = new DisclosureAudit(RULES).audit(cells, everything);

        assertThat(result.passes()).isTrue();
        assertThat(result.ranges()).allSatisfy(r -> {
            assertThat(r.low()).isEqualTo(0.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(r.high()).isInfinite();
        });
    }

    private static void assertRange(DisclosureAudit.Result result, CellSystem cells, String key, double low, double high) {
        CellRange r = result.ranges().stream().filter(x -> x.cell() == cells.indexOf(key)).findFirst().orElseThrow();
        assertThat(r.low()).as(key + " low").isEqualTo(low, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.high()).as(key + " high").isEqualTo(high, org.assertj.core.data.Offset.offset(1e-9));
    }
}
