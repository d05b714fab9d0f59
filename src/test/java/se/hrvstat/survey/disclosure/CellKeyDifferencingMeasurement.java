package se.hrvstat.survey.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What differencing the additive relations recovers from tables published with the Cell Key
 * Method (issue 14; the table "Differencing under the Cell Key Method" of
 * docs/disclosure-control.md). Each sample year's tables of known persons
 * ({@link KnownPersonsCells}) are perturbed with a fixed test secret and a ptable; the
 * {@link CellKeyIntruder} then bounds every cell from the published values, D and the true
 * relations only; the true values are used only to score, per cell of true value 1–4:
 * <ul>
 * <li>narrowed: its range does not cover the protection interval the suppression audit demands
 *     ({@link DisclosureRules#DEFAULT}: down to max(1, a − 1) and up to 5), or is a single value;</li>
 * <li>below 5: its greatest possible value is below 5;</li>
 * <li>pinned: its range is a single value.</li>
 * </ul>
 * Each is counted from the published value alone ("box": [max(1, p − D), p + D]) and with the
 * relations. Whole country in one system of integer programmes: about a minute per setting, so
 * it runs only with {@code -Dhrvstat.ckm.measure=true}:
 * {@code mvn -B -o -q test -Dtest=CellKeyDifferencingMeasurement -Dhrvstat.ckm.measure=true}.
 */
@EnabledIfSystemProperty(named = "hrvstat.ckm.measure", matches = "true")
class CellKeyDifferencingMeasurement {
    private static final DisclosureRules RULES = DisclosureRules.DEFAULT;

    /** How the tables are published: the ptable of ordinary cells, of totals, and which cells are left out. */
    record Setting(String name, PerturbationTable cells, PerturbationTable totals, Predicate<KnownPersonsCells.Cell> leftOut) {
    }

    @Test
    void measure() throws Exception {
        PerturbationTable d2 = PerturbationTable.maximumEntropy(2, 1);
        PerturbationTable d3 = PerturbationTable.maximumEntropy(3, 2);
        PerturbationTable d4 = PerturbationTable.maximumEntropy(4, 3);
        PerturbationTable d5 = PerturbationTable.maximumEntropy(5, 4);
        List<Setting> settings = List.of(
                new Setting("D=2 V=1, all published", d2, d2, c -> false),
                new Setting("D=3 V=2, all published", d3, d3, c -> false),
                new Setting("D=2 V=1, municipal totals not published", d2, d2,
                        c -> c.level() == KnownPersonsCells.Level.MUNICIPALITY_TOTAL),
                new Setting("D=2 V=1, totals D=5 V=4", d2, d5, c -> false),
                new Setting("D=4 V=3, all published", d4, d4, c -> false),
                new Setting("D=4 V=3, municipal totals not published", d4, d4,
                        c -> c.level() == KnownPersonsCells.Level.MUNICIPALITY_TOTAL));
        System.out.println("year | setting | cells | true 1-4 | mean |dev| | 1-4 unchanged | box: narrowed below5 pinned"
                + " | relations: narrowed below5 pinned | narrower than box | seconds");
        for (String year : List.of("2023", "2024")) {
            KnownPersonsCells t = KnownPersonsCells.read(Path.of("sample-data/municipal", year, "returns.csv"),
                    new CellKeys("measure-secret"));
            for (Setting s : settings) {
                System.out.println(year + " | " + s.name() + " | " + measure(t, s));
            }
        }
    }

    static String measure(KnownPersonsCells t, Setting s) {
        long start = System.nanoTime();
        int n = t.cells.size();
        Long[] published = new Long[n];
        int[] dev = new int[n];
        double abs = 0;
        int shown = 0;
        int small = 0;
        int unchanged = 0;
        for (int i = 0; i < n; i++) {
            KnownPersonsCells.Cell c = t.cells.get(i);
            PerturbationTable p = c.total() ? s.totals() : s.cells();
            dev[i] = p.maxDeviation();
            if (s.leftOut().test(c)) {
                continue;
            }
            published[i] = p.perturb(c.value(), CellKeys.cellKey(c.keySum()));
            abs += Math.abs(published[i] - c.value());
            shown++;
            if (RULES.sensitiveCount(c.value()) && published[i] == c.value()) {
                unchanged++;
            }
        }
        CellKeyIntruder intruder = new CellKeyIntruder(published, dev, t.relations);
        int[] box = new int[3];
        int[] rel = new int[3];
        int narrower = 0;
        for (int i = 0; i < n; i++) {
            long a = t.cells.get(i).value();
            if (!RULES.sensitiveCount(a)) {
                continue;
            }
            small++;
            long[] b = intruder.box(i);
            long[] r = intruder.range(i);
            assertThat(r[0]).as("the true value is feasible").isLessThanOrEqualTo(a);
            assertThat(r[1]).isGreaterThanOrEqualTo(a);
            score(a, b, box);
            score(a, r, rel);
            if (r[0] > b[0] || r[1] < b[1]) {
                narrower++;
            }
            if (r[0] == r[1] || (narrowed(a, r) && !narrowed(a, b))) {
                System.out.printf("  %s true %d published %s box %d-%d range %d-%d%s%n", t.cells.get(i).label(), a,
                        published[i], b[0], b[1], r[0], r[1], r[0] == r[1] ? " PINNED" : "");
            }
        }
        return String.format("%d of %d | %d | %.2f | %d | %d %d %d | %d %d %d | %d | %.1f", shown, n, small,
                abs / shown, unchanged, box[0], box[1], box[2], rel[0], rel[1], rel[2], narrower,
                (System.nanoTime() - start) / 1e9);
    }

    static boolean narrowed(long a, long[] range) {
        return range[0] == range[1] || range[0] > RULES.protectionLow(a) || range[1] < RULES.protectionHigh(a);
    }

    /** Adds to {narrowed below protection, shown below 5, pinned}. */
    static void score(long a, long[] range, int[] counts) {
        boolean pinned = range[0] == range[1];
        if (narrowed(a, range)) {
            counts[0]++;
        }
        if (range[1] < RULES.minCount()) {
            counts[1]++;
        }
        if (pinned) {
            counts[2]++;
        }
    }
}
