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
    /** Whole-number points found feasible so far (every integral LP optimum). */
    private final List<double[]> witnesses = new ArrayList<>();
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
    }

    /** Adds a point known to be feasible and whole (e.g. the true values). */
    public void witness(double[] point) {
        witnesses.add(point.clone());
    }

    /** The least and greatest value of variable v over the feasible whole points found so far. */
    public double[] witnessed(int v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] w : witnesses) {
            lo = Math.min(lo, w[v]);
            hi = Math.max(hi, w[v]);
        }
        return new double[] {lo, hi};
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
                witnesses.add(p.point());
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
        for (LinearConstraint lc : constraints) {
            double lhs = lc.getCoefficients().dotProduct(new org.apache.commons.math3.linear.ArrayRealVector(y, false));
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
