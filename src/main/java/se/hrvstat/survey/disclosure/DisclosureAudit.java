package se.hrvstat.survey.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The audit of a suppression pattern (Hundepool et al., <i>Statistical Disclosure Control</i>,
 * 2012, ch. 4: feasibility intervals by linear programming): for every suppressed cell, the
 * least and the greatest value it can take when the published cells keep their values, every relation {@code total = sum of parts}
 * holds and every cell is {@code >= 0}. Each bound is a linear programme
 * {@code min / max x_c subject to A x = b, x >= 0} over the suppressed cells, solved with
 * Commons Math's simplex solver. Suppressed cells that share no relation, directly or through
 * other suppressed cells, do not constrain one another, so each connected group of suppressed
 * cells is a programme of its own. The LP relaxation gives the widest range an intruder can
 * prove without integer reasoning; for the two-way tables with margins it is exact, their
 * constraint matrix being totally unimodular.
 */
public final class DisclosureAudit {
    private final DisclosureRules rules;

    public DisclosureAudit(DisclosureRules rules) {
        this.rules = rules;
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
    }

    public Result audit(CellSystem cells, SuppressionPattern pattern) {
        return audit(cells, pattern, new java.util.HashMap<>());
    }

    /**
     * As {@link #audit(CellSystem, SuppressionPattern)}, reusing the ranges of groups of
     * suppressed cells already audited in the same cell system (a group's ranges depend only on
     * its cells: the published cells around it are then the same).
     */
    Result audit(CellSystem cells, SuppressionPattern pattern, Map<String, List<CellRange>> audited) {
        List<CellRange> ranges = new ArrayList<>();
        for (int[] component : components(cells, pattern)) {
            ranges.addAll(audited.computeIfAbsent(Arrays.toString(component),
                    k -> auditComponent(cells, pattern, component)));
        }
        ranges.sort((a, b) -> Integer.compare(a.cell(), b.cell()));
        return new Result(ranges);
    }

    /** Groups of suppressed cells linked through relations (union–find). */
    static List<int[]> components(CellSystem cells, SuppressionPattern pattern) {
        int[] parent = new int[cells.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (CellSystem.Relation r : cells.relations()) {
            int first = -1;
            for (int m : r.members()) {
                if (pattern.isSuppressed(m)) {
                    if (first < 0) {
                        first = m;
                    } else {
                        parent[find(parent, m)] = find(parent, first);
                    }
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            if (pattern.isSuppressed(i)) {
                groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
            }
        }
        return groups.values().stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private List<CellRange> auditComponent(CellSystem cells, SuppressionPattern pattern, int[] component) {
        int[] variable = new int[cells.size()];
        Arrays.fill(variable, -1);
        for (int v = 0; v < component.length; v++) {
            variable[component[v]] = v;
        }
        // one equation per relation that holds a suppressed cell of this group:
        // sum over suppressed members of c_i x_i = - sum over published members of c_j v_j,
        // with c = +1 for the total and -1 for a part (total - sum of parts = 0)
        List<LinearConstraint> constraints = new ArrayList<>();
        for (CellSystem.Relation r : cells.relations()) {
            double[] a = new double[component.length];
            double b = 0;
            boolean touches = false;
            int[] members = r.members();
            for (int k = 0; k < members.length; k++) {
                int m = members[k];
                double c = k == 0 ? 1 : -1;
                if (variable[m] >= 0) {
                    a[variable[m]] += c;
                    touches = true;
                } else {
                    b -= c * cells.value(m);
                }
            }
            if (touches) {
                constraints.add(new LinearConstraint(a, Relationship.EQ, b));
            }
        }
        List<CellRange> out = new ArrayList<>();
        for (int v = 0; v < component.length; v++) {
            int cell = component[v];
            double low = constraints.isEmpty() ? 0 : bound(component.length, v, constraints, GoalType.MINIMIZE, cells, cell);
            double high = constraints.isEmpty() ? Double.POSITIVE_INFINITY
                    : bound(component.length, v, constraints, GoalType.MAXIMIZE, cells, cell);
            long value = cells.value(cell);
            boolean primary = pattern.isPrimary(cell);
            double needLow = primary ? value - rules.lowerProtection(value) : Double.POSITIVE_INFINITY;
            double needHigh = primary ? value + rules.upperProtection(value) : Double.NEGATIVE_INFINITY;
            out.add(new CellRange(cell, cells.key(cell), value, primary, low, high, needLow, needHigh));
        }
        return out;
    }

    private static double bound(int n, int v, List<LinearConstraint> constraints, GoalType goal, CellSystem cells,
                                int cell) {
        double[] objective = new double[n];
        objective[v] = 1;
        try {
            return solve(objective, constraints, goal, PivotSelectionRule.DANTZIG, 20_000);
        } catch (TooManyIterationsException cycling) {
            // degenerate programmes can cycle under Dantzig's rule; Bland's rule cannot
            return solve(objective, constraints, goal, PivotSelectionRule.BLAND, 2_000_000);
        } catch (UnboundedSolutionException unbounded) {
            return Double.POSITIVE_INFINITY;
        } catch (NoFeasibleSolutionException infeasible) {
            throw new IllegalArgumentException("the relations around " + cells.key(cell)
                    + " cannot hold with non-negative cells: the table is not additive", infeasible);
        }
    }

    private static double solve(double[] objective, List<LinearConstraint> constraints, GoalType goal,
                                PivotSelectionRule rule, int maxIterations) {
        try {
            PointValuePair p = new SimplexSolver().optimize(new MaxIter(maxIterations),
                    new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
                    new NonNegativeConstraint(true), rule);
            return p.getValue();
        } catch (UnboundedSolutionException unbounded) {
            return Double.POSITIVE_INFINITY;
        }
    }
}
