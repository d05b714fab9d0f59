package se.hrvstat.survey.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.Relationship;

/**
 * The least and the greatest value one variable takes over the whole numbers
 * {@code y >= 0} that satisfy a set of linear constraints: an integer programme per bound, solved
 * by LP-based branch and bound (Land and Doig, "An automatic method of solving discrete
 * programming problems", <i>Econometrica</i> 28, 1960). Each node solves the LP relaxation with
 * {@link Simplex}; when its optimal vertex is integral it is the node's integer
 * optimum, else the node splits on the first fractional variable {@code y_j = f} into
 * {@code y_j <= floor(f)} and {@code y_j >= ceil(f)}; a node whose LP optimum cannot beat the best
 * integer value found (rounded down: the objective is a whole number) is dropped. For the
 * tables with margins the constraint matrix is totally unimodular and the root vertex is already
 * integral; branching is needed where inequalities ("type ≤ persons") or chains of relations
 * break that.
 *
 * <p>The root programme (no branching constraints) is the same for every bound, so its phase 1 runs
 * once ({@link Simplex.Tableau}) and each bound starts from the basis the previous one ended in;
 * a node with branching constraints is solved afresh. A root vertex is checked against the
 * constraints before it is trusted, and the root tableau is rebuilt should rounding ever have
 * moved it off them.
 *
 * <p>A bound that needs more than {@link #NODE_LIMIT} nodes is not proven: the result says so and
 * the caller must treat the cell as not protected. An LP relaxation that is unbounded at the
 * root makes the integer programme unbounded too (its data are rational and it has an integer
 * point, Meyer 1974, <i>Math. Programming</i> 7), reported as {@link Long#MAX_VALUE}.
 */
public final class IntegerBounds {
    static final int NODE_LIMIT = 2_000;
    private static final double EPS = 1e-6;
    private final int n;
    private final List<LinearConstraint> constraints;
    /** Each constraint's non-zero columns and their coefficients, for checking points fast. */
    private final int[][] sparse;
    private final double[][] coefficients;
    /**
     * Of the whole-number points found feasible so far (the witnesses given and every integral LP
     * optimum), for each variable the first where it is least and the first where it is greatest.
     */
    private final double[][] least;
    private final double[][] greatest;
    /** Phase 1 of the root programme, done at the first bound. */
    private Simplex.Tableau root;

    /** One bound: its value and whether branch and bound finished within the node limit. */
    public record Bound(long value, boolean proven) {
        public boolean unbounded() {
            return value == Long.MAX_VALUE;
        }
    }

    /** No integer point satisfies the constraints. */
    public static final class Infeasible extends RuntimeException {
        Infeasible() {
            super("no whole numbers satisfy the constraints");
        }
    }

    /**
     * @param n           number of variables, all {@code >= 0} and whole
     * @param constraints over the n variables
     */
    public IntegerBounds(int n, List<LinearConstraint> constraints) {
        this.n = n;
        this.constraints = List.copyOf(constraints);
        this.least = new double[n][];
        this.greatest = new double[n][];
        this.sparse = new int[this.constraints.size()][];
        this.coefficients = new double[this.constraints.size()][];
        for (int i = 0; i < sparse.length; i++) {
            double[] a = this.constraints.get(i).getCoefficients().toArray();
            sparse[i] = java.util.stream.IntStream.range(0, n).filter(j -> a[j] != 0).toArray();
            coefficients[i] = java.util.Arrays.stream(sparse[i]).mapToDouble(j -> a[j]).toArray();
        }
    }

    /**
     * Adds a whole point believed feasible (the true values, or a point found for a smaller group
     * of suppressed cells); it is checked against the constraints and kept only when it satisfies
     * them, so a witness can never widen a range wrongly.
     *
     * @return whether the point was kept
     */
    public boolean witness(double[] point) {
        for (double x : point) {
            if (Math.abs(x - Math.rint(x)) > EPS) {
                return false;
            }
        }
        if (!satisfiesAll(point)) {
            return false;
        }
        addWitness(point.clone());
        return true;
    }

    /** The least and greatest value of variable v over the feasible whole points found so far. */
    public double[] witnessed(int v) {
        return least[v] == null ? new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}
                : new double[] {least[v][v], greatest[v][v]};
    }

    /**
     * A feasible whole point found so far where variable v is least (sign -1) or greatest (sign 1);
     * the stored array itself (the same array for every variable it is an end of), not to be changed.
     */
    double[] witnessReaching(int v, int sign) {
        return sign < 0 ? least[v] : greatest[v];
    }

    /** Records a feasible whole point: for each variable, the first point where it is least and greatest. */
    private void addWitness(double[] w) {
        for (int v = 0; v < n; v++) {
            if (least[v] == null || w[v] < least[v][v]) {
                least[v] = w;
            }
            if (greatest[v] == null || w[v] > greatest[v][v]) {
                greatest[v] = w;
            }
        }
    }

    /** Least whole value of variable v. */
    public Bound min(int v) {
        Bound b = maximise(v, -1);
        return new Bound(-b.value(), b.proven());
    }

    /** Greatest whole value of variable v; {@link Long#MAX_VALUE} when unbounded. */
    public Bound max(int v) {
        return maximise(v, 1);
    }

    /** Branch and bound for max sign·y_v (depth first, the "down" branch first). */
    private Bound maximise(int v, int sign) {
        double[] objective = new double[n];
        objective[v] = sign;
        Deque<List<LinearConstraint>> open = new ArrayDeque<>();
        open.push(List.of());
        boolean found = false;
        long best = Long.MIN_VALUE;
        int nodes = 0;
        while (!open.isEmpty()) {
            List<LinearConstraint> extra = open.pop();
            if (++nodes > NODE_LIMIT) {
                return new Bound(found ? best : 0, false);
            }
            Simplex.Solution p = solve(objective, extra);
            if (p.status() == Simplex.Status.INFEASIBLE) {
                continue;
            }
            if (p.status() == Simplex.Status.UNBOUNDED) {
                return new Bound(Long.MAX_VALUE, true);
            }
            if (found && Math.floor(p.value() + EPS) <= best) {
                continue;
            }
            int j = firstFractional(p.point());
            if (j < 0) {
                addWitness(p.point());
                best = Math.round(p.value());
                found = true;
                continue;
            }
            double f = p.point()[j];
            open.push(with(extra, j, Relationship.GEQ, Math.ceil(f)));
            open.push(with(extra, j, Relationship.LEQ, Math.floor(f)));
        }
        if (!found) {
            throw new Infeasible();
        }
        return new Bound(best, true);
    }

    private List<LinearConstraint> with(List<LinearConstraint> extra, int j, Relationship r, double bound) {
        double[] a = new double[n];
        a[j] = 1;
        List<LinearConstraint> more = new ArrayList<>(extra);
        more.add(new LinearConstraint(a, r, bound));
        return more;
    }

    private Simplex.Solution solveRoot(double[] objective) {
        if (root == null) {
            root = new Simplex.Tableau(n, constraints);
        }
        Simplex.Solution p = root.maximise(objective);
        if (p.status() == Simplex.Status.OPTIMAL && !satisfiesAll(p.point())) {
            root = new Simplex.Tableau(n, constraints);
            p = root.maximise(objective);
            if (p.status() == Simplex.Status.OPTIMAL && !satisfiesAll(p.point())) {
                throw new IllegalStateException("the simplex method left the constraints by rounding");
            }
        }
        return p;
    }

    /** Whether y >= 0 satisfies every constraint (to {@link #EPS}). */
    private boolean satisfiesAll(double[] y) {
        for (double v : y) {
            if (v < -EPS) {
                return false;
            }
        }
        for (int i = 0; i < sparse.length; i++) {
            LinearConstraint lc = constraints.get(i);
            double lhs = 0;
            for (int k = 0; k < sparse[i].length; k++) {
                lhs += coefficients[i][k] * y[sparse[i][k]];
            }
            double gap = lhs - lc.getValue();
            boolean ok = switch (lc.getRelationship()) {
                case EQ -> Math.abs(gap) <= EPS;
                case LEQ -> gap <= EPS;
                case GEQ -> gap >= -EPS;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int firstFractional(double[] point) {
        for (int j = 0; j < point.length; j++) {
            if (Math.abs(point[j] - Math.rint(point[j])) > EPS) {
                return j;
            }
        }
        return -1;
    }

    private Simplex.Solution solve(double[] objective, List<LinearConstraint> extra) {
        if (extra.isEmpty()) {
            return solveRoot(objective);
        }
        List<LinearConstraint> all = new ArrayList<>(constraints);
        all.addAll(extra);
        return Simplex.maximise(objective, all);
    }
}
