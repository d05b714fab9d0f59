package se.hrvstat.survey.smallarea;

/**
 * The few operations on p × p matrices (p = the number of regression coefficients, a handful)
 * that the Fay–Herriot fit needs. Rows of {@code double[][]}.
 */
final class SmallMatrix {

    private SmallMatrix() {
    }

    /**
     * The inverse by Gauss–Jordan elimination with partial pivoting (what R's {@code solve(A)}
     * gives, LAPACK's LU with partial pivoting, up to rounding).
     *
     * @throws IllegalArgumentException when the matrix is singular (collinear covariates)
     */
    static double[][] inverse(double[][] a) {
        int p = a.length;
        double[][] w = new double[p][2 * p];
        double scale = 0;
        for (int i = 0; i < p; i++) {
            System.arraycopy(a[i], 0, w[i], 0, p);
            w[i][p + i] = 1;
            for (int j = 0; j < p; j++) {
                scale = Math.max(scale, Math.abs(a[i][j]));
            }
        }
        for (int col = 0; col < p; col++) {
            int pivot = col;
            for (int r = col + 1; r < p; r++) {
                if (Math.abs(w[r][col]) > Math.abs(w[pivot][col])) {
                    pivot = r;
                }
            }
            if (!(Math.abs(w[pivot][col]) > 1e-14 * scale)) {
                throw new IllegalArgumentException("the covariates are collinear: X'V^-1 X is singular");
            }
            double[] t = w[pivot];
            w[pivot] = w[col];
            w[col] = t;
            double d = w[col][col];
            for (int j = 0; j < 2 * p; j++) {
                w[col][j] /= d;
            }
            for (int r = 0; r < p; r++) {
                if (r != col && w[r][col] != 0) {
                    double f = w[r][col];
                    for (int j = 0; j < 2 * p; j++) {
                        w[r][j] -= f * w[col][j];
                    }
                }
            }
        }
        double[][] inv = new double[p][p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(w[i], p, inv[i], 0, p);
        }
        return inv;
    }

    /** x' A x. */
    static double quadraticForm(double[][] a, double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double row = 0;
            for (int j = 0; j < x.length; j++) {
                row += a[i][j] * x[j];
            }
            s += x[i] * row;
        }
        return s;
    }

    /** trace(A B). */
    static double traceOfProduct(double[][] a, double[][] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                s += a[i][j] * b[j][i];
            }
        }
        return s;
    }

    /** A B. */
    static double[][] product(double[][] a, double[][] b) {
        int p = a.length;
        double[][] c = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < p; k++) {
                double aik = a[i][k];
                for (int j = 0; j < p; j++) {
                    c[i][j] += aik * b[k][j];
                }
            }
        }
        return c;
    }

    /** A x. */
    static double[] times(double[][] a, double[] x) {
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < x.length; j++) {
                s += a[i][j] * x[j];
            }
            y[i] = s;
        }
        return y;
    }
}
