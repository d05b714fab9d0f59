package se.hrvstat.survey.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast audit of the secondary suppression's rounds (quick mode, with what earlier rounds
 * found: {@link DisclosureAudit.Memory}) gives the same verdict for every suppressed cell as the
 * exact audit solved afresh, on seeded random linked tables shaped like the municipal ones
 * (municipality × sector with totals, counties, the nation, a type table bounded by the national
 * sectors) under the rule that a ".." is at least 1, for patterns that grow one cell at a time.
 */
class QuickAuditPropertiesTest {
    private static final DisclosureRules RULES = new DisclosureRules(5, 10, 0, true);
    private static final int SECTORS = 4;

    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(i -> 20261205L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theQuickAuditWithMemoryFailsExactlyTheCellsTheExactAuditFails(long seed) {
        Random rnd = new Random(seed);
        CellSystem cells = randomCountry(rnd);
        SuppressionPattern pattern = SuppressionPattern.primary(cells, RULES);
        DisclosureAudit quick = new DisclosureAudit(RULES, true);
        DisclosureAudit.Memory memory = new DisclosureAudit.Memory();

        for (int step = 0; step < 12; step++) {
            DisclosureAudit.Result fast = quick.audit(cells, pattern, memory);
            DisclosureAudit.Result exact = new DisclosureAudit(RULES).audit(cells, pattern);

            assertThat(cells(fast.failures())).as("step " + step).isEqualTo(cells(exact.failures()));
            for (int k = 0; k < exact.ranges().size(); k++) {
                CellRange e = exact.ranges().get(k);
                CellRange f = fast.ranges().get(k);
                assertThat(f.cell()).isEqualTo(e.cell());
                // the quick range is spanned by feasible points: inside the provable range
                assertThat(f.low()).as(e.key()).isGreaterThanOrEqualTo(e.low() - 1e-6);
                assertThat(f.high()).as(e.key()).isLessThanOrEqualTo(e.high() + 1e-6);
            }
            pattern = withOneMore(cells, pattern, rnd);
            if (pattern == null) {
                break;
            }
        }
    }

    private static List<Integer> cells(List<CellRange> ranges) {
        return ranges.stream().map(CellRange::cell).toList();
    }

    /** The pattern with one more published cell suppressed (never a 0: zeros are published), or null. */
    private static SuppressionPattern withOneMore(CellSystem cells, SuppressionPattern pattern, Random rnd) {
        List<Integer> candidates = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            if (!pattern.isSuppressed(c) && RULES.mayHide(cells.value(c))) {
                candidates.add(c);
            }
        }
        return candidates.isEmpty() ? null : pattern.with(candidates.get(rnd.nextInt(candidates.size())));
    }

    /**
     * 2–3 counties of 2–5 municipalities × 4 sectors, many counts of 0–4; municipality totals,
     * county cells and totals, national cells and total (each total also the sum of the totals
     * below it); and one type count per sector at most the national sector.
     */
    static CellSystem randomCountry(Random rnd) {
        CellSystem.Builder b = CellSystem.builder();
        int counties = 2 + rnd.nextInt(2);
        long[] nation = new long[SECTORS];
        List<String> countyTotals = new ArrayList<>();
        for (int c = 0; c < counties; c++) {
            int municipalities = 2 + rnd.nextInt(4);
            long[] county = new long[SECTORS];
            List<String> totals = new ArrayList<>();
            for (int m = 0; m < municipalities; m++) {
                List<String> parts = new ArrayList<>();
                long total = 0;
                for (int s = 0; s < SECTORS; s++) {
                    long v = rnd.nextDouble() < 0.6 ? rnd.nextInt(5) : rnd.nextInt(25);
                    b.cell("m|" + c + "|" + m + "|" + s, v);
                    parts.add("m|" + c + "|" + m + "|" + s);
                    total += v;
                    county[s] += v;
                }
                b.cell("m|" + c + "|" + m + "|*", total).relation("m|" + c + "|" + m + "|*", parts);
                totals.add("m|" + c + "|" + m + "|*");
            }
            List<String> sectorCells = new ArrayList<>();
            long countyTotal = 0;
            for (int s = 0; s < SECTORS; s++) {
                List<String> parts = new ArrayList<>();
                for (int m = 0; m < municipalities; m++) {
                    parts.add("m|" + c + "|" + m + "|" + s);
                }
                b.cell("c|" + c + "|" + s, county[s]).relation("c|" + c + "|" + s, parts);
                sectorCells.add("c|" + c + "|" + s);
                countyTotal += county[s];
                nation[s] += county[s];
            }
            b.cell("c|" + c + "|*", countyTotal).relation("c|" + c + "|*", sectorCells).relation("c|" + c + "|*", totals);
            countyTotals.add("c|" + c + "|*");
        }
        List<String> sectorCells = new ArrayList<>();
        long total = 0;
        for (int s = 0; s < SECTORS; s++) {
            List<String> parts = new ArrayList<>();
            for (int c = 0; c < counties; c++) {
                parts.add("c|" + c + "|" + s);
            }
            b.cell("n|" + s, nation[s]).relation("n|" + s, parts);
            sectorCells.add("n|" + s);
            total += nation[s];
            b.cell("t|" + s, nation[s] == 0 ? 0 : rnd.nextInt((int) Math.min(nation[s], 8) + 1)).atMost("t|" + s, "n|" + s);
        }
        b.cell("n|*", total).relation("n|*", sectorCells).relation("n|*", countyTotals);
        return b.build();
    }
}
