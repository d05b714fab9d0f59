package se.hrvstat.survey.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random tables with margins: properties every audit and every completed pattern must have. */
class DisclosurePropertiesTest {
    private static final DisclosureRules RULES = new DisclosureRules(5, 10, 0, false);

    static Stream<Long> seeds() {
        return IntStream.range(0, 60).mapToObj(i -> 20261129L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theAuditRejectsEveryPatternWithARowHoldingASingleSuppressedCell(long seed) {
        Random rnd = new Random(seed);
        long[][] inner = randomTable(rnd, 2 + rnd.nextInt(5), 2 + rnd.nextInt(5), 30);
        CellSystem cells = Tables.withMargins(inner);
        int rows = inner.length;
        int cols = inner[0].length;
        // a random pattern over the inner cells of the other rows, and a single inner cell in row `lone`
        int lone = rnd.nextInt(rows);
        boolean[] suppressed = new boolean[cells.size()];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (i != lone && rnd.nextDouble() < 0.4) {
                    suppressed[cells.indexOf(Tables.key(i, j))] = true;
                }
            }
        }
        suppressed[cells.indexOf(Tables.key(lone, rnd.nextInt(cols)))] = true;
        SuppressionPattern pattern = new SuppressionPattern(new boolean[cells.size()], suppressed);

        DisclosureAudit.Result result = new DisclosureAudit(RULES).audit(cells, pattern);

        assertThat(result.passes()).isFalse();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void secondarySuppressionAlwaysEndsInAPatternTheAuditAccepts(long seed) {
        Random rnd = new Random(seed);
        long[][] inner = randomTable(rnd, 2 + rnd.nextInt(6), 2 + rnd.nextInt(5), 12);
        CellSystem cells = Tables.withMargins(inner);
        SuppressionPattern primary = SuppressionPattern.primary(cells, RULES);

        SecondarySuppression.Outcome outcome = new SecondarySuppression(RULES).complete(cells, primary);

        // an independent audit of the result, and every sensitive cell withheld
        assertThat(new DisclosureAudit(RULES).audit(cells, outcome.pattern()).passes()).isTrue();
        for (int c = 0; c < cells.size(); c++) {
            if (RULES.sensitiveCount(cells.value(c))) {
                assertThat(outcome.pattern().isSuppressed(c)).isTrue();
            }
        }
        // no relation is left with a single suppressed member
        for (CellSystem.Relation r : cells.relations()) {
            long n = java.util.Arrays.stream(r.members()).filter(outcome.pattern()::isSuppressed).count();
            assertThat(n).isNotEqualTo(1);
        }
    }

    /**
     * The simplex ranges agree with a brute-force enumeration of every integer assignment of the
     * suppressed cells that satisfies all relations (small 2 × 3 tables, at most 4 suppressed cells).
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSimplexRangesEqualTheRangesOfEveryIntegerCompletion(long seed) {
        rangesEqualEveryIntegerCompletion(seed, RULES);
    }

    /**
     * The same when zeros are published, so that every suppressed cell is at least 1 (the
     * enumeration starts there); the audit's bounds come from one simplex tableau per group of
     * cells, reused from one bound to the next.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSimplexRangesEqualTheRangesOfEveryIntegerCompletionWhenAHiddenCellIsAtLeastOne(long seed) {
        rangesEqualEveryIntegerCompletion(seed, new DisclosureRules(5, 10, 0, true));
    }

    private static void rangesEqualEveryIntegerCompletion(long seed, DisclosureRules rules) {
        Random rnd = new Random(seed);
        long[][] inner = randomTable(rnd, 2, 3, 5);
        CellSystem cells = Tables.withMargins(inner);
        List<Integer> all = new ArrayList<>(IntStream.range(0, cells.size()).boxed().toList());
        java.util.Collections.shuffle(all, rnd);
        int k = 2 + rnd.nextInt(3);
        boolean[] suppressed = new boolean[cells.size()];
        for (int i = 0; i < k; i++) {
            suppressed[all.get(i)] = cells.value(all.get(i)) >= rules.lowestSuppressed();
        }
        SuppressionPattern pattern = new SuppressionPattern(new boolean[cells.size()], suppressed);
        int[] vars = IntStream.range(0, cells.size()).filter(c -> suppressed[c]).toArray();
        long grand = cells.value(cells.indexOf("TT"));

        long[] min = new long[vars.length];
        long[] max = new long[vars.length];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        java.util.Arrays.fill(max, Long.MIN_VALUE);
        long[] value = new long[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            value[c] = cells.value(c);
        }
        // each cell of a table with margins is at most the grand total, unless the grand total
        // itself is suppressed: then search a generous box (the audit reports such cells unbounded)
        long bound = suppressed[cells.indexOf("TT")] ? 3 * grand + 10 : grand;
        enumerate(cells, vars, 0, value, rules.lowestSuppressed(), bound, min, max);

        DisclosureAudit.Result result = new DisclosureAudit(rules).audit(cells, pattern);
        for (int v = 0; v < vars.length; v++) {
            int cell = vars[v];
            CellRange r = result.ranges().stream().filter(x -> x.cell() == cell).findFirst().orElseThrow();
            assertThat(r.low()).as(cells.key(cell) + " low").isCloseTo(min[v], org.assertj.core.data.Offset.offset(1e-6));
            if (Double.isInfinite(r.high())) {
                assertThat(max[v]).as(cells.key(cell) + " reaches the search box").isEqualTo(bound);
            } else {
                assertThat(r.high()).as(cells.key(cell) + " high").isCloseTo(max[v], org.assertj.core.data.Offset.offset(1e-6));
            }
        }
    }

    private static void enumerate(CellSystem cells, int[] vars, int depth, long[] value, long from, long bound, long[] min,
                                  long[] max) {
        if (depth == vars.length) {
            for (CellSystem.Relation r : cells.relations()) {
                long sum = 0;
                for (int p : r.parts()) {
                    sum += value[p];
                }
                if (sum != value[r.total()]) {
                    return;
                }
            }
            for (int v = 0; v < vars.length; v++) {
                min[v] = Math.min(min[v], value[vars[v]]);
                max[v] = Math.max(max[v], value[vars[v]]);
            }
            return;
        }
        for (long x = from; x <= bound; x++) {
            value[vars[depth]] = x;
            enumerate(cells, vars, depth + 1, value, from, bound, min, max);
        }
    }

    /** Counts with many small ones: each cell 0 .. maxValue, a third of them 0 .. 4. */
    private static long[][] randomTable(Random rnd, int rows, int cols, int maxValue) {
        long[][] t = new long[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[i][j] = rnd.nextDouble() < 0.33 ? rnd.nextInt(5) : rnd.nextInt(maxValue + 1);
            }
        }
        return t;
    }
}
