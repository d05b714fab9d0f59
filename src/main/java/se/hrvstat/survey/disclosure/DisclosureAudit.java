package se.hrvstat.survey.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.Relationship;

/**
 * The audit of a suppression pattern with what an intruder knows (Hundepool et al.,
 * <i>Statistical Disclosure Control</i>, Wiley 2012, ch. 4: feasibility intervals): for every
 * suppressed cell, the least and the greatest value it can take when
 * <ul>
 * <li>the published cells keep their values and every relation {@code total = sum of parts}
 *     holds;</li>
 * <li>every inequality {@code part <= whole} of the {@link CellSystem} holds (a type count is at
 *     most the persons of its sector);</li>
 * <li>every suppressed cell is a whole number of at least {@link DisclosureRules#lowestSuppressed()}
 *     (1 when zeros are always published: the footnotes say so).</li>
 * </ul>
 * Each bound is an integer programme over the suppressed cells, solved exactly by
 * {@link IntegerBounds} (branch and bound on LP relaxations). Suppressed cells that share no
 * relation or inequality, directly or through other suppressed cells, do not constrain one another,
 * so each connected group of suppressed cells is a programme of its own.
 *
 * <p>A sensitive cell is protected when its range covers the protection interval of
 * {@link DisclosureRules}, whose lower end is raised to what the rule alone implies
 * ({@link #ruleFloor}).
 */
public final class DisclosureAudit {
    private final DisclosureRules rules;
    private final boolean quick;

    /** The audit that computes every suppressed cell's provable range exactly. */
    public DisclosureAudit(DisclosureRules rules) {
        this(rules, false);
    }

    /**
     * @param quick when true, a cell already shown protected by feasible whole-number points found
     *              for other cells (the true values among them) is not solved for: its range in the
     *              result is then the range of those points, inside the provable one. Whether the
     *              pattern passes is the same; for the secondary suppression's many rounds.
     */
    DisclosureAudit(DisclosureRules rules, boolean quick) {
        this.rules = rules;
        this.quick = quick;
    }

    /** The outcome: every suppressed cell's range; the pattern passes when each is protected. */
    public record Result(List<CellRange> ranges) {
        public Result {
            ranges = List.copyOf(ranges);
        }

        public boolean passes() {
            return failures().isEmpty();
        }

        public List<CellRange> failures() {
            return ranges.stream().filter(r -> !r.isProtected()).toList();
        }

        /** Suppressed cells whose range is a single value. */
        public long pinned() {
            return ranges.stream().filter(CellRange::isPinned).count();
        }

        /** Suppressed cells whose range shows that they hold fewer than {@code minCount}. */
        public long shownBelow(long minCount) {
            return ranges.stream().filter(r -> r.high() < minCount).count();
        }

        /**
         * The audit's report: one line per suppressed cell with its true value and provable range.
         * Internal: it holds the suppressed values and must never be published.
         */
        public String report() {
            StringBuilder sb = new StringBuilder("cell;value;primary;low;high;protection_low;protection_high;protected\n");
            for (CellRange r : ranges) {
                sb.append(r.key()).append(';').append(r.value()).append(';').append(r.primary()).append(';')
                        .append(fmt(r.low())).append(';').append(fmt(r.high())).append(';')
                        .append(r.primary() ? fmt(r.needLow()) : "").append(';')
                        .append(r.primary() ? fmt(r.needHigh()) : "").append(';').append(r.isProtected()).append('\n');
            }
            return sb.toString();
        }

        private static String fmt(double x) {
            return Double.isInfinite(x) ? "inf" : Long.toString(Math.round(x));
        }
    }

    public Result audit(CellSystem cells, SuppressionPattern pattern) {
        return audit(cells, pattern, new Memory());
    }

    /**
     * What successive audits of growing patterns in the same cell system (the rounds of the
     * secondary suppression) carry from one to the next:
     * <ul>
     * <li>the ranges of groups of suppressed cells already audited: a group's ranges depend only
     *     on its cells, the published cells around it being then the same;</li>
     * <li>for each cell, the feasible whole points found where it was least and where it was
     *     greatest, as the cells where they differ from the true values. Such a point, with every
     *     other cell at its true value, satisfies every relation and inequality of the system, so
     *     it stays feasible for any later group of suppressed cells that holds its differing
     *     cells (suppression only grows); it is checked against the group's constraints anyway
     *     ({@link IntegerBounds#witness}). A cell shown protected in one round is then shown
     *     protected in the next without an integer programme.</li>
     * </ul>
     */
    static final class Memory {
        private final Map<String, List<CellRange>> audited = new java.util.HashMap<>();
        private final Map<Integer, List<Deviation>> reaching = new java.util.HashMap<>();
    }

    /** A whole point as the cells where it differs from the true values, and its values there. */
    private record Deviation(int[] cells, long[] values) {
    }

    /**
     * As {@link #audit(CellSystem, SuppressionPattern)}, reusing what earlier audits of the same
     * cell system found ({@link Memory}).
     */
    Result audit(CellSystem cells, SuppressionPattern pattern, Memory memory) {
        List<CellRange> ranges = new ArrayList<>();
        for (int[] component : components(cells, pattern)) {
            ranges.addAll(memory.audited.computeIfAbsent(Arrays.toString(component),
                    k -> auditComponent(cells, pattern, component, memory)));
        }
        ranges.sort((a, b) -> Integer.compare(a.cell(), b.cell()));
        return new Result(ranges);
    }

    /** Groups of suppressed cells linked through relations or inequalities (union–find). */
    static List<int[]> components(CellSystem cells, SuppressionPattern pattern) {
        int[] parent = new int[cells.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (CellSystem.Relation r : cells.relations()) {
            join(parent, pattern, r.members());
        }
        for (CellSystem.AtMost a : cells.inequalities()) {
            join(parent, pattern, new int[] {a.part(), a.whole()});
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            if (pattern.isSuppressed(i)) {
                groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
            }
        }
        return groups.values().stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private static void join(int[] parent, SuppressionPattern pattern, int[] members) {
        int first = -1;
        for (int m : members) {
            if (pattern.isSuppressed(m)) {
                if (first < 0) {
                    first = m;
                } else {
                    parent[find(parent, m)] = find(parent, first);
                }
            }
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private List<CellRange> auditComponent(CellSystem cells, SuppressionPattern pattern, int[] component,
                                           Memory memory) {
        int[] variable = new int[cells.size()];
        Arrays.fill(variable, -1);
        for (int v = 0; v < component.length; v++) {
            variable[component[v]] = v;
        }
        long lowest = rules.lowestSuppressed();
        List<LinearConstraint> constraints = new ArrayList<>();
        for (CellSystem.Relation r : cells.relations()) {
            int[] members = r.members();
            double[] sign = new double[members.length];
            Arrays.fill(sign, -1);
            sign[0] = 1; // total - sum of parts = 0
            add(constraints, Relationship.EQ, members, sign, variable, cells, lowest, component.length);
        }
        for (CellSystem.AtMost a : cells.inequalities()) {
            // part - whole <= 0
            add(constraints, Relationship.LEQ, new int[] {a.part(), a.whole()}, new double[] {1, -1}, variable, cells,
                    lowest, component.length);
        }
        IntegerBounds bounds = new IntegerBounds(component.length, constraints);
        double[] truth = new double[component.length];
        for (int v = 0; v < component.length; v++) {
            truth[v] = cells.value(component[v]) - lowest;
        }
        bounds.witness(truth);
        if (quick) {
            recall(memory, component, variable, truth, bounds, lowest);
        }
        List<CellRange> out = new ArrayList<>();
        for (int v = 0; v < component.length; v++) {
            out.add(quick ? quickRange(cells, pattern, component[v], bounds, v, lowest)
                    : range(cells, pattern, component[v], bounds, v, lowest));
        }
        if (quick) {
            remember(memory, component, truth, bounds, lowest);
        }
        return out;
    }

    /** Offers the group's programme the points earlier audits found for its cells (see {@link Memory}). */
    private static void recall(Memory memory, int[] component, int[] variable, double[] truth, IntegerBounds bounds,
                               long lowest) {
        java.util.Set<Deviation> offered = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int cell : component) {
            for (Deviation d : memory.reaching.getOrDefault(cell, List.of())) {
                if (!offered.add(d)) {
                    continue;
                }
                double[] point = truth.clone();
                boolean inside = true;
                for (int k = 0; k < d.cells().length && inside; k++) {
                    int v = variable[d.cells()[k]];
                    inside = v >= 0;
                    if (inside) {
                        point[v] = d.values()[k] - lowest;
                    }
                }
                if (inside) {
                    bounds.witness(point);
                }
            }
        }
    }

    /** Keeps, for each cell of the group, the points found where it is least and greatest. */
    private static void remember(Memory memory, int[] component, double[] truth, IntegerBounds bounds, long lowest) {
        Map<double[], Deviation> known = new java.util.IdentityHashMap<>();
        for (int v = 0; v < component.length; v++) {
            List<Deviation> ends = new ArrayList<>(2);
            for (int sign : new int[] {-1, 1}) {
                double[] w = bounds.witnessReaching(v, sign);
                if (w != null) {
                    ends.add(known.computeIfAbsent(w, p -> deviation(component, truth, p, lowest)));
                }
            }
            memory.reaching.put(component[v], ends);
        }
    }

    /** The cells where a point (in y = x - lowest) differs from the truth, and their values x there. */
    private static Deviation deviation(int[] component, double[] truth, double[] point, long lowest) {
        List<Integer> at = new ArrayList<>();
        for (int v = 0; v < point.length; v++) {
            if (Math.rint(point[v]) != truth[v]) {
                at.add(v);
            }
        }
        int[] differing = new int[at.size()];
        long[] values = new long[at.size()];
        for (int k = 0; k < differing.length; k++) {
            differing[k] = component[at.get(k)];
            values[k] = Math.round(point[at.get(k)]) + lowest;
        }
        return new Deviation(differing, values);
    }

    /**
     * Adds {@code sum of sign_k x_k (rel) 0} over the members, written in y = x - lowest for the
     * suppressed members and with the published members' values moved to the right-hand side;
     * nothing when no member is suppressed.
     */
    private static void add(List<LinearConstraint> constraints, Relationship rel, int[] members, double[] sign,
                            int[] variable, CellSystem cells, long lowest, int n) {
        boolean touches = false;
        for (int m : members) {
            touches |= variable[m] >= 0;
        }
        if (!touches) {
            return;
        }
        double[] a = new double[n];
        double b = 0;
        for (int k = 0; k < members.length; k++) {
            int m = members[k];
            if (variable[m] >= 0) {
                a[variable[m]] += sign[k];
                b -= sign[k] * lowest;
            } else {
                b -= sign[k] * cells.value(m);
            }
        }
        constraints.add(new LinearConstraint(a, rel, b));
    }

    /**
     * What the rule alone says of a suppressed cell, whatever the published values: it holds at
     * least {@code lowest}, and a total whose parts include k suppressed cells at least
     * {@code k·lowest} (when zeros are published, two ".." parts hold at least 1 each). The lower
     * protection never asks the tables to hide that.
     */
    static long ruleFloor(CellSystem cells, SuppressionPattern pattern, int cell, long lowest) {
        long floor = lowest;
        for (CellSystem.Relation r : cells.relations()) {
            if (r.total() == cell) {
                long hidden = java.util.Arrays.stream(r.parts()).filter(pattern::isSuppressed).count();
                floor = Math.max(floor, hidden * lowest);
            }
        }
        return floor;
    }

    /**
     * The quick mode: start from the range spanned by the whole-number points already found
     * feasible (inside the provable range) and solve only the ends that do not yet show the cell
     * protected. Every end that decides is then exact, so the cell fails exactly when it fails in
     * the exact audit; the range reported may be narrower than the provable one.
     */
    private CellRange quickRange(CellSystem cells, SuppressionPattern pattern, int cell, IntegerBounds bounds, int v,
                                 long lowest) {
        long value = cells.value(cell);
        boolean primary = pattern.isPrimary(cell);
        double needLow = needLow(cells, pattern, cell, lowest);
        double needHigh = primary ? rules.protectionHigh(value) : Double.NEGATIVE_INFINITY;
        double[] w = bounds.witnessed(v);
        double low = w[0] + lowest;
        double high = w[1] + lowest;
        try {
            if (high < needHigh - CellRange.EPS || high - low < 1 - CellRange.EPS) {
                IntegerBounds.Bound max = bounds.max(v);
                if (!max.proven()) {
                    return derivable(cells, cell, primary, needLow, needHigh);
                }
                high = max.unbounded() ? Double.POSITIVE_INFINITY : max.value() + lowest;
            }
            if (low > needLow + CellRange.EPS || high - low < 1 - CellRange.EPS) {
                IntegerBounds.Bound min = bounds.min(v);
                if (!min.proven()) {
                    return derivable(cells, cell, primary, needLow, needHigh);
                }
                low = min.value() + lowest;
            }
        } catch (IntegerBounds.Infeasible infeasible) {
            throw new IllegalArgumentException("the relations around " + cells.key(cell) + " cannot hold with every "
                    + "suppressed cell a whole number >= " + lowest, infeasible);
        }
        return new CellRange(cell, cells.key(cell), value, primary, low, high, needLow, needHigh);
    }

    private CellRange range(CellSystem cells, SuppressionPattern pattern, int cell, IntegerBounds bounds, int v,
                            long lowest) {
        long value = cells.value(cell);
        boolean primary = pattern.isPrimary(cell);
        double needLow = needLow(cells, pattern, cell, lowest);
        double needHigh = primary ? rules.protectionHigh(value) : Double.NEGATIVE_INFINITY;
        IntegerBounds.Bound min;
        IntegerBounds.Bound max;
        try {
            min = bounds.min(v);
            max = bounds.max(v);
        } catch (IntegerBounds.Infeasible infeasible) {
            throw new IllegalArgumentException("the relations around " + cells.key(cell) + " cannot hold with every "
                    + "suppressed cell a whole number >= " + lowest + ": the table is not additive or a suppressed "
                    + "cell is below what the rule says", infeasible);
        }
        if (!min.proven() || !max.proven()) {
            // not proven within the node limit: taken as derivable, never as protected
            return derivable(cells, cell, primary, needLow, needHigh);
        }
        double low = min.value() + lowest;
        double high = max.unbounded() ? Double.POSITIVE_INFINITY : max.value() + lowest;
        return new CellRange(cell, cells.key(cell), value, primary, low, high, needLow, needHigh);
    }

    /** The least value a primary cell must be able to take (none for a secondary cell). */
    private double needLow(CellSystem cells, SuppressionPattern pattern, int cell, long lowest) {
        return pattern.isPrimary(cell)
                ? Math.max(rules.protectionLow(cells.value(cell)), ruleFloor(cells, pattern, cell, lowest))
                : Double.POSITIVE_INFINITY;
    }

    /** A cell whose range was not proven within the node limit: taken as derivable, never as protected. */
    private static CellRange derivable(CellSystem cells, int cell, boolean primary, double needLow, double needHigh) {
        long value = cells.value(cell);
        return new CellRange(cell, cells.key(cell), value, primary, value, value, needLow, needHigh);
    }
}
