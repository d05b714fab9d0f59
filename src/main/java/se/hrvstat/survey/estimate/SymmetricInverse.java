package se.hrvstat.survey.estimate;

/** The inverse of a small symmetric positive definite matrix by its Cholesky factor (Golub &amp; Van Loan 4.2). */
final class SymmetricInverse {
    private SymmetricInverse() {
    }

    /**
     * @param lower a symmetric matrix given by its lower triangle (a[i][j], j &lt;= i)
     * @return the full inverse
     * @throws IllegalArgumentException if the matrix is not positive definite (collinear columns)
     */
    static double[][] of(double[][] lower) {
        int k = lower.length;
        double[][] l = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double s = lower[i][j];
                for (int m = 0; m < j; m++) {
                    s -= l[i][m] * l[j][m];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        throw new IllegalArgumentException("the model's columns are collinear (column " + (i + 1) + ")");
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        // inverse of L (lower triangular), then inv(A) = inv(L)' inv(L)
        double[][] li = new double[k][k];
        for (int i = 0; i < k; i++) {
            li[i][i] = 1 / l[i][i];
            for (int j = 0; j < i; j++) {
                double s = 0;
                for (int m = j; m < i; m++) {
                    s -= l[i][m] * li[m][j];
                }
                li[i][j] = s / l[i][i];
            }
        }
        double[][] inv = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int m = i; m < k; m++) {
                    s += li[m][i] * li[m][j];
                }
                inv[i][j] = s;
                inv[j][i] = s;
            }
        }
        return inv;
    }

    static double[] times(double[][] a, double[] v) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += a[i][j] * v[j];
            }
            r[i] = s;
        }
        return r;
    }
}
