package se.hrvstat.survey.weight;

/**
 * The rows where each model column is non-zero, so that sums over a column of indicators touch
 * only its cell's rows. A column that is non-zero in more than half of the rows is kept dense
 * ({@code null}).
 */
final class ColumnIndex {
    final double[][] x;
    final int[][] nonZero;
    /** Row-major copy (compressed sparse rows): row i's non-zero columns and values. */
    private final int[] rowStart;
    private final int[] columnOf;
    private final double[] valueOf;

    ColumnIndex(double[][] x) {
        this.x = x;
        this.nonZero = new int[x.length][];
        int n = x.length == 0 ? 0 : x[0].length;
        rowStart = new int[n + 1];
        for (double[] xj : x) {
            for (int i = 0; i < n; i++) {
                if (xj[i] != 0) {
                    rowStart[i + 1]++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        columnOf = new int[rowStart[n]];
        valueOf = new double[rowStart[n]];
        int[] fill = java.util.Arrays.copyOf(rowStart, n);
        for (int j = 0; j < x.length; j++) {
            double[] xj = x[j];
            for (int i = 0; i < n; i++) {
                if (xj[i] != 0) {
                    columnOf[fill[i]] = j;
                    valueOf[fill[i]++] = xj[i];
                }
            }
        }
        for (int j = 0; j < x.length; j++) {
            double[] xj = x[j];
            int count = 0;
            for (double v : xj) {
                if (v != 0) {
                    count++;
                }
            }
            if (count <= xj.length / 2) {
                int[] idx = new int[count];
                int k = 0;
                for (int i = 0; i < xj.length; i++) {
                    if (xj[i] != 0) {
                        idx[k++] = i;
                    }
                }
                nonZero[j] = idx;
            }
        }
    }

    /** sum_i x_ji v_i. */
    double dot(int j, double[] v) {
        double[] xj = x[j];
        double s = 0;
        int[] idx = nonZero[j];
        if (idx == null) {
            for (int i = 0; i < v.length; i++) {
                s += xj[i] * v[i];
            }
        } else {
            for (int i : idx) {
                s += xj[i] * v[i];
            }
        }
        return s;
    }

    /** X' diag(v) X, one pass over the rows' non-zero entries. */
    double[][] crossProduct(double[] v) {
        int p = x.length;
        double[][] t = new double[p][p];
        for (int i = 0; i + 1 < rowStart.length; i++) {
            double vi = v[i];
            if (vi == 0) {
                continue;
            }
            int end = rowStart[i + 1];
            for (int a = rowStart[i]; a < end; a++) {
                double va = valueOf[a] * vi;
                double[] ta = t[columnOf[a]];
                for (int b = rowStart[i]; b <= a; b++) {
                    ta[columnOf[b]] += va * valueOf[b];
                }
            }
        }
        // columns are stored in increasing order within a row, so t holds the lower triangle
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < j; k++) {
                t[k][j] = t[j][k];
            }
        }
        return t;
    }

    /** sum_i x_ji v_i x_ki, over the rows of the sparser column. */
    double dot(int j, int k, double[] v) {
        int a = j;
        int b = k;
        if (nonZero[a] == null || (nonZero[b] != null && nonZero[b].length < nonZero[a].length)) {
            a = k;
            b = j;
        }
        double[] xa = x[a];
        double[] xb = x[b];
        double s = 0;
        int[] idx = nonZero[a];
        if (idx == null) {
            for (int i = 0; i < v.length; i++) {
                s += xa[i] * v[i] * xb[i];
            }
        } else {
            for (int i : idx) {
                s += xa[i] * v[i] * xb[i];
            }
        }
        return s;
    }

    /** out += x_j * e. */
    void addScaled(int j, double e, double[] out) {
        double[] xj = x[j];
        int[] idx = nonZero[j];
        if (idx == null) {
            for (int i = 0; i < out.length; i++) {
                out[i] += xj[i] * e;
            }
        } else {
            for (int i : idx) {
                out[i] += xj[i] * e;
            }
        }
    }
}
