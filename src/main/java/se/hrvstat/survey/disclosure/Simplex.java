package se.hrvstat.survey.disclosure;

import java.util.List;

import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.Relationship;

/**
 * A small dense two-phase simplex method for {@code max c·y subject to the constraints, y >= 0}
 * (Dantzig; the tableau form of Chvátal, <i>Linear Programming</i>, Freeman 1983, ch. 2–3 and 8),
 * with Dantzig's rule for the entering variable and, after many pivots, Bland's rule for both the
 * entering and the leaving variable so that it cannot cycle on the degenerate programmes of count
 * tables (Chvátal 1983, ch. 3); ties of the ratio test go to the lowest basic index. Written because Commons Math 3.6.1's
 * {@code SimplexSolver} returns a non-optimal vertex for programmes as simple as
 * {@code max y2 s.t. y1 + y2 + y3 + y4 = 3} (it answers 0; the optimum is 3), see
 * {@code SimplexTest}. Coefficients here are small whole numbers, so doubles with a tolerance of
 * 1e-9 are exact enough.
 *
 * <p>The audit maximises and minimises every suppressed cell over the same constraints, so a
 * {@link Tableau} keeps the work that does not depend on the objective: phase 1 (finding a
 * feasible basis, which was 99 % of the pivots on the sample data) runs once, and each objective
 * starts phase 2 from the optimal basis of the previous one, which is still feasible
 * (Chvátal 1983, ch. 10, "changing the objective function"). Not thread-safe.
 */
final class Simplex {
    private static final double EPS = 1e-9;

    /** Outcome of one programme. */
    enum Status { OPTIMAL, INFEASIBLE, UNBOUNDED }

    /** The status, the optimal value and an optimal vertex (when optimal). */
    record Solution(Status status, double value, double[] point) {
    }

    private Simplex() {
    }

    /** {@code max c·y} over {@code y >= 0} satisfying every constraint. */
    static Solution maximise(double[] c, List<LinearConstraint> constraints) {
        return new Tableau(c.length, constraints).maximise(c);
    }

    /**
     * The constraints of one programme after phase 1: a feasible basis (or the finding that there
     * is none), ready for any number of objectives. Artificial columns and redundant rows are
     * dropped once phase 1 is done.
     */
    static final class Tableau {
        private final int n;
        private final boolean feasible;
        /** Rows 0..m-1: constraints in the current basis; row m: reduced costs; last column: right-hand side. */
        private double[][] t;
        private int[] basis;

        Tableau(int n, List<LinearConstraint> constraints) {
            this.n = n;
            this.feasible = phaseOne(constraints);
        }

        /** {@code max c·y}, phase 2 from the current basis; the basis stays feasible for the next call. */
        Solution maximise(double[] c) {
            if (!feasible) {
                return new Solution(Status.INFEASIBLE, Double.NaN, null);
            }
            int m = basis.length;
            int cols = t[m].length;
            int rhs = cols - 1;
            // reduced costs of -c, priced out on the basis
            java.util.Arrays.fill(t[m], 0);
            for (int j = 0; j < n; j++) {
                t[m][j] = -c[j];
            }
            for (int i = 0; i < m; i++) {
                int b = basis[i];
                if (t[m][b] != 0) {
                    double f = t[m][b];
                    for (int j = 0; j < cols; j++) {
                        if (t[i][j] != 0) {
                            t[m][j] -= f * t[i][j];
                        }
                    }
                    t[m][b] = 0;
                }
            }
            if (!iterate(t, basis, rhs)) {
                return new Solution(Status.UNBOUNDED, Double.POSITIVE_INFINITY, null);
            }
            double[] y = new double[n];
            for (int i = 0; i < m; i++) {
                if (basis[i] < n) {
                    y[basis[i]] = t[i][rhs];
                }
            }
            return new Solution(Status.OPTIMAL, t[m][rhs], y);
        }

        /** Phase 1 with one artificial per row; false when the constraints have no solution. */
        private boolean phaseOne(List<LinearConstraint> constraints) {
            int m = constraints.size();
            int slacks = 0;
            for (LinearConstraint lc : constraints) {
                slacks += lc.getRelationship() == Relationship.EQ ? 0 : 1;
            }
            // columns: y (n), slacks, artificials (m), right-hand side
            int cols = n + slacks + m + 1;
            int rhs = cols - 1;
            double[][] full = new double[m + 1][cols];
            int[] base = new int[m];
            int s = n;
            for (int i = 0; i < m; i++) {
                LinearConstraint lc = constraints.get(i);
                double[] a = lc.getCoefficients().toArray();
                double sign = lc.getValue() < 0 ? -1 : 1;
                for (int j = 0; j < n; j++) {
                    full[i][j] = sign * a[j];
                }
                if (lc.getRelationship() == Relationship.LEQ) {
                    full[i][s++] = sign;
                } else if (lc.getRelationship() == Relationship.GEQ) {
                    full[i][s++] = -sign;
                }
                full[i][n + slacks + i] = 1;
                full[i][rhs] = sign * lc.getValue();
                base[i] = n + slacks + i;
            }
            int artificial = n + slacks;
            // maximise -(sum of artificials); the objective row holds the reduced costs
            double[] obj = full[m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < cols; j++) {
                    if (j < artificial || j == rhs) {
                        obj[j] -= full[i][j];
                    }
                }
            }
            if (!iterate(full, base, artificial)) {
                throw new IllegalStateException("phase 1 cannot be unbounded");
            }
            if (-full[m][rhs] > 1e-7) {
                return false;
            }
            driveOutArtificials(full, base, artificial);
            compact(full, base, artificial);
            return true;
        }

        /** Keeps the non-artificial columns and the rows whose basic variable is not artificial (the others are redundant). */
        private void compact(double[][] full, int[] base, int artificial) {
            int rhs = full[0].length - 1;
            int kept = 0;
            for (int b : base) {
                kept += b < artificial ? 1 : 0;
            }
            t = new double[kept + 1][artificial + 1];
            basis = new int[kept];
            int r = 0;
            for (int i = 0; i < base.length; i++) {
                if (base[i] < artificial) {
                    System.arraycopy(full[i], 0, t[r], 0, artificial);
                    t[r][artificial] = full[i][rhs];
                    basis[r++] = base[i];
                }
            }
        }
    }

    /** Pivots until optimal (true) or unbounded (false); columns from {@code limit} on never enter. */
    private static boolean iterate(double[][] t, int[] basis, int limit) {
        int m = basis.length;
        int rhs = t[0].length - 1;
        // Dantzig's rule (most negative reduced cost) is fast; after many pivots, when a degenerate
        // programme may be cycling, Bland's rule takes over, which cannot cycle
        int dantzigPivots = 20 * (m + limit);
        for (int pivots = 0; ; pivots++) {
            boolean bland = pivots >= dantzigPivots;
            int enter = -1;
            for (int j = 0; j < limit; j++) {
                if (t[m][j] < -EPS && (enter < 0 || (!bland && t[m][j] < t[m][enter]))) {
                    enter = j;
                    if (bland) {
                        break; // Bland: the lowest index with a negative reduced cost
                    }
                }
            }
            if (enter < 0) {
                return true;
            }
            int leave = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                if (t[i][enter] > EPS) {
                    double ratio = t[i][rhs] / t[i][enter];
                    if (ratio < best - EPS || (ratio < best + EPS && leave >= 0 && basis[i] < basis[leave])) {
                        best = ratio;
                        leave = i;
                    }
                }
            }
            if (leave < 0) {
                return false;
            }
            pivot(t, basis, leave, enter);
        }
    }

    /** After phase 1: an artificial still basic (at 0) is pivoted out on any other column, else its row is redundant. */
    private static void driveOutArtificials(double[][] t, int[] basis, int artificial) {
        for (int i = 0; i < basis.length; i++) {
            if (basis[i] >= artificial) {
                for (int j = 0; j < artificial; j++) {
                    if (Math.abs(t[i][j]) > EPS) {
                        pivot(t, basis, i, j);
                        break;
                    }
                }
                // a redundant row keeps its artificial at 0; it is dropped with the artificials
            }
        }
    }

    /** Gauss–Jordan pivot on (row, col), touching only the columns where the pivot row is not 0 (the rows are sparse). */
    private static void pivot(double[][] t, int[] basis, int row, int col) {
        double[] pr = t[row];
        double p = pr[col];
        int cols = pr.length;
        int[] nz = new int[cols];
        int k = 0;
        for (int j = 0; j < cols; j++) {
            if (pr[j] != 0) {
                pr[j] /= p;
                nz[k++] = j;
            }
        }
        pr[col] = 1;
        for (int i = 0; i < t.length; i++) {
            double[] ti = t[i];
            if (i != row && ti[col] != 0) {
                double f = ti[col];
                for (int q = 0; q < k; q++) {
                    int j = nz[q];
                    ti[j] -= f * pr[j];
                }
                ti[col] = 0;
            }
        }
        basis[row] = col;
    }
}
