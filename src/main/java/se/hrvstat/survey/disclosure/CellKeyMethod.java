package se.hrvstat.survey.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The Cell Key Method applied to a {@link CellSystem}: every cell is published as its true count
 * plus the deviation the {@link PerturbationTable} gives for its cell key (the fractional part of
 * the sum of its persons' record keys, {@link CellKeys}). Each cell is perturbed on its own, so
 * the published figures need not add up; the published system therefore carries the cells only,
 * no relations. Deterministic: the same counts and key sums give the same figures.
 *
 * <p>{@link #violations} is the run-time check of what the method promises: every published
 * count within D of the true count, a true 0 published as 0 and nothing else published as 0;
 * {@link #pinned} that no small count can be worked out exactly with the sums and the
 * inequalities the tables state.
 */
public final class CellKeyMethod {
    private final PerturbationTable table;

    public CellKeyMethod(PerturbationTable table) {
        this.table = table;
    }

    public PerturbationTable table() {
        return table;
    }

    /**
     * The published figures: cell i of {@code truth} as {@code truth.value(i)} plus the deviation
     * of cell key {@code keySums[i]} (the sum of its persons' record keys, {@link CellKeys#keySum}).
     */
    public CellSystem perturb(CellSystem truth, long[] keySums) {
        if (keySums.length != truth.size()) {
            throw new IllegalArgumentException(truth.size() + " cells but " + keySums.length + " key sums");
        }
        CellSystem.Builder b = CellSystem.builder();
        for (int i = 0; i < truth.size(); i++) {
            b.cell(truth.key(i), table.perturb(truth.value(i), CellKeys.cellKey(keySums[i])));
        }
        return b.build();
    }

    /**
     * What breaks the method's promise, one line per cell (the true value is named, so the lines
     * are internal): a cell missing from {@code published}, a deviation beyond D, a true 0 not
     * published as 0 or a positive count published as 0. Empty when the promise holds.
     */
    public List<String> violations(CellSystem truth, CellSystem published) {
        List<String> v = new ArrayList<>();
        for (int i = 0; i < truth.size(); i++) {
            String key = truth.key(i);
            if (!published.has(key)) {
                v.add(key + ": not published");
                continue;
            }
            long t = truth.value(i);
            long p = published.value(published.indexOf(key));
            if (Math.abs(p - t) > table.maxDeviation()) {
                v.add(key + ": published " + p + ", more than D = " + table.maxDeviation() + " from " + t);
            }
            if ((t == 0) != (p == 0)) {
                v.add(key + ": published " + p + " for " + t + " (a zero created or removed)");
            }
        }
        if (published.size() != truth.size()) {
            v.add("published " + published.size() + " cells, not " + truth.size());
        }
        return v;
    }

    /**
     * The cells of {@code truth} whose value {@code sensitive} names (e.g. 1–4 persons) that a reader
     * can work out exactly from the published figures, D, zeros kept, the true additive relations
     * of {@code truth} and its inequalities ("type ≤ persons", {@link CellSystem#inequalities})
     * ({@link CellKeyIntruder}: least and greatest whole value over the whole system). The lines
     * name the cell only. Empty when none is pinned.
     */
    public List<String> pinned(CellSystem truth, CellSystem published, java.util.function.LongPredicate sensitive) {
        int n = truth.size();
        Long[] figures = new Long[n];
        int[] d = new int[n];
        for (int i = 0; i < n; i++) {
            figures[i] = published.value(published.indexOf(truth.key(i)));
            d[i] = table.maxDeviation();
        }
        List<int[]> relations = new ArrayList<>();
        for (CellSystem.Relation r : truth.relations()) {
            relations.add(r.members());
        }
        List<int[]> atMost = new ArrayList<>();
        for (CellSystem.AtMost a : truth.inequalities()) {
            atMost.add(new int[] {a.part(), a.whole()});
        }
        CellKeyIntruder intruder = new CellKeyIntruder(figures, d, relations, atMost);
        List<String> v = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (sensitive.test(truth.value(i))) {
                long[] range = intruder.range(i);
                if (range[0] == range[1]) {
                    v.add(truth.key(i) + ": its count can be worked out exactly from the published figures and sums");
                }
            }
        }
        return v;
    }

    /** How many cells of {@code published} differ from {@code truth}. */
    public static int changed(CellSystem truth, CellSystem published) {
        int n = 0;
        for (int i = 0; i < truth.size(); i++) {
            if (published.value(published.indexOf(truth.key(i))) != truth.value(i)) {
                n++;
            }
        }
        return n;
    }

    /** Mean absolute deviation of the published figures from the true counts (0 for no cells). */
    public static double meanAbsoluteDeviation(CellSystem truth, CellSystem published) {
        if (truth.size() == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < truth.size(); i++) {
            sum += Math.abs(published.value(published.indexOf(truth.key(i))) - truth.value(i));
        }
        return sum / truth.size();
    }
}
