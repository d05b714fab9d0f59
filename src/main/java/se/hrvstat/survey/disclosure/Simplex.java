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
 * 1e-9 are exact enough. Not thread-safe per instance; one instance per programme.
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
        int n = c.length;
        int m = constraints.size();
        int slacks = 0;
        for (LinearConstraint lc : constraints) {
            slacks += lc.getRelationship() == Relationship.EQ ? 0 : 1;
        }
        // columns: y (n), slacks, artificials (m), right-hand side
        int cols = n + slacks + m + 1;
        int rhs = cols - 1;
        double[][] t = new double[m + 1][cols];
        int[] basis = new int[m];
        int s = n;
        for (int i = 0; i < m; i++) {
            LinearConstraint lc = constraints.get(i);
            double[] a = lc.getCoefficients().toArray();
            double sign = lc.getValue() < 0 ? -1 : 1;
            for (int j = 0; j < n; j++) {
                t[i][j] = sign * a[j];
            }
            if (lc.getRelationship() == Relationship.LEQ) {
                t[i][s++] = sign;
            } else if (lc.getRelationship() == Relationship.GEQ) {
                t[i][s++] = -sign;
            }
            t[i][n + slacks + i] = 1;
            t[i][rhs] = sign * lc.getValue();
            basis[i] = n + slacks + i;
        }
        int artificial = n + slacks;
        // phase 1: maximise -(sum of artificials); objective row holds the reduced costs
        double[] obj = t[m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < cols; j++) {
                if (j < artificial || j == rhs) {
                    obj[j] -= t[i][j];
                }
            }
        }
        if (!iterate(t, basis, artificial)) {
            throw new IllegalStateException("phase 1 cannot be unbounded");
        }
        if (-t[m][rhs] > 1e-7) {
            return new Solution(Status.INFEASIBLE, Double.NaN, null);
        }
        driveOutArtificials(t, basis, artificial);
        // phase 2: reduced costs of -c, priced out on the basis
        java.util.Arrays.fill(t[m], 0);
        for (int j = 0; j < n; j++) {
            t[m][j] = -c[j];
        }
        for (int i = 0; i < m; i++) {
            int b = basis[i];
            if (b < artificial && t[m][b] != 0) {
                double f = t[m][b];
                for (int j = 0; j < cols; j++) {
                    t[m][j] -= f * t[i][j];
                }
            }
        }
        if (!iterate(t, basis, artificial)) {
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
                // a redundant row keeps its artificial at 0; it never enters again
            }
        }
    }

    private static void pivot(double[][] t, int[] basis, int row, int col) {
        double p = t[row][col];
        int cols = t[row].length;
        for (int j = 0; j < cols; j++) {
            t[row][j] /= p;
        }
        for (int i = 0; i < t.length; i++) {
            if (i != row && t[i][col] != 0) {
                double f = t[i][col];
                for (int j = 0; j < cols; j++) {
                    t[i][j] -= f * t[row][j];
                }
            }
        }
        basis[row] = col;
    }
}
