package se.hrvstat.survey.disclosure;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.Relationship;

/**
 * An intruder against tables published with the Cell Key Method (issue 14): from the published
 * values alone, the least and the greatest whole number each cell can hold. What the intruder
 * knows, and nothing else:
 * <ul>
 * <li>each published value p and the ptable's maximum deviation D of its cell: the true value
 *     lies in [p − D, p + D]; a published 0 is a true 0 and a positive p a true value of at least 1
 *     (the ptable never creates or removes a zero);</li>
 * <li>the true additive relations (a total is the sum of its parts), which the perturbed
 *     figures no longer satisfy;</li>
 * <li>the inequalities the tables state, {@code part <= whole} (the persons with a type of violence
 *     in a sector are at most the persons known in that sector: "type ≤ persons",
 *     {@link CellSystem.AtMost}), which hold for the true counts too;</li>
 * <li>that counts are whole numbers ≥ 0; a cell that is not published is only known to be ≥ 0.</li>
 * </ul>
 * Each range is a pair of integer programmes ({@link IntegerBounds}) over the whole system of
 * relations. Variables are shifted to start at the lower end of their box (y = x − lo), so a box
 * costs one constraint; cells published as 0 are constants and not variables. Used by the run's
 * check that no count can be worked out exactly ({@link CellKeyMethod#pinned}) and by the tests'
 * measurements.
 */
public final class CellKeyIntruder {
    /** Published value of a cell, or null when the cell is not published. */
    private final Long[] published;
    private final int[] maxDeviation;
    private final long[] lo;
    /** Variable of each cell, -1 for a cell known exactly (published 0). */
    private final int[] variable;
    private final IntegerBounds bounds;

    /**
     * An intruder who knows the sums only (no inequalities).
     *
     * @param published    per cell the published value, null when not published
     * @param maxDeviation per cell the D of the ptable it was perturbed with
     * @param relations    each {total, part, part, ...}: total = sum of the parts
     */
    public CellKeyIntruder(Long[] published, int[] maxDeviation, List<int[]> relations) {
        this(published, maxDeviation, relations, List.of());
    }

    /**
     * @param published    per cell the published value, null when not published
     * @param maxDeviation per cell the D of the ptable it was perturbed with
     * @param relations    each {total, part, part, ...}: total = sum of the parts
     * @param atMost       each {part, whole}: part ≤ whole
     */
    public CellKeyIntruder(Long[] published, int[] maxDeviation, List<int[]> relations, List<int[]> atMost) {
        this.published = published.clone();
        this.maxDeviation = maxDeviation.clone();
        int cells = published.length;
        lo = new long[cells];
        variable = new int[cells];
        int n = 0;
        for (int c = 0; c < cells; c++) {
            lo[c] = box(c)[0];
            variable[c] = published[c] != null && published[c] == 0 ? -1 : n++;
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int c = 0; c < cells; c++) {
            if (variable[c] >= 0 && published[c] != null) {
                double[] a = new double[n];
                a[variable[c]] = 1;
                constraints.add(new LinearConstraint(a, Relationship.LEQ, box(c)[1] - lo[c]));
            }
        }
        for (int[] r : relations) {
            double[] a = new double[n];
            double rhs = lo[r[0]];
            add(a, r[0], -1);
            for (int k = 1; k < r.length; k++) {
                add(a, r[k], 1);
                rhs -= lo[r[k]];
            }
            // sum of parts - total = 0, with x = y + lo: sum y_parts - y_total = lo_total - sum lo_parts
            constraints.add(new LinearConstraint(a, Relationship.EQ, rhs));
        }
        for (int[] pw : atMost) {
            double[] a = new double[n];
            add(a, pw[0], 1);
            add(a, pw[1], -1);
            // part - whole <= 0, with x = y + lo: y_part - y_whole <= lo_whole - lo_part
            constraints.add(new LinearConstraint(a, Relationship.LEQ, lo[pw[1]] - lo[pw[0]]));
        }
        bounds = new IntegerBounds(n, constraints);
    }

    private void add(double[] a, int cell, double sign) {
        if (variable[cell] >= 0) {
            a[variable[cell]] += sign;
        }
    }

    /** What the published value alone says: [max(1, p − D), p + D]; [0, 0] for a published 0; [0, ∞) unpublished. */
    long[] box(int cell) {
        Long p = published[cell];
        if (p == null) {
            return new long[] {0, Long.MAX_VALUE};
        }
        if (p == 0) {
            return new long[] {0, 0};
        }
        return new long[] {Math.max(1, p - maxDeviation[cell]), p + maxDeviation[cell]};
    }

    /** The least and greatest whole value of the cell given everything published; high = MAX_VALUE when unbounded. */
    public long[] range(int cell) {
        if (variable[cell] < 0) {
            return new long[] {0, 0};
        }
        IntegerBounds.Bound min = bounds.min(variable[cell]);
        IntegerBounds.Bound max = bounds.max(variable[cell]);
        if (!min.proven() || !max.proven()) {
            throw new IllegalStateException("bounds of cell " + cell + " not proven within the node limit");
        }
        long high = max.unbounded() ? Long.MAX_VALUE : max.value() + lo[cell];
        return new long[] {min.value() + lo[cell], high};
    }
}
