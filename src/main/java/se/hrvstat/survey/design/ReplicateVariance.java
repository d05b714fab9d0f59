package se.hrvstat.survey.design;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Replicate-weight variance, R's {@code svrVar}: with replicate estimates theta_r,
 * {@code v = scale sum_r rscales_r (theta_r - centre)^2}, centre = the mean of the replicates with
 * rscales_r &gt; 0, or the full-sample estimate with {@code mse}. Replicates whose estimate is NaN
 * (no weight in the domain) are left out with their rscales, as R's {@code na.omit}; an infinite
 * replicate estimate makes the variance infinite
 * (Wolter 2007, chapter 4; Lumley 2010, section 2.5).
 */
final class ReplicateVariance {
    /** replicate weights, [replicate][row]. */
    final double[][] weights;
    final double scale;
    final double[] rscales;
    final boolean mse;

    ReplicateVariance(double[][] weights, double scale, double[] rscales, boolean mse) {
        this.weights = weights;
        this.scale = scale;
        this.rscales = rscales;
        this.mse = mse;
    }

    double variance(DesignStatistic statistic) {
        int r = weights.length;
        double[] theta = new double[r];
        double sum = 0;
        int count = 0;
        boolean any = false;
        for (int k = 0; k < r; k++) {
            theta[k] = statistic.valueAt(weights[k]);
            if (Double.isInfinite(theta[k])) {
                // a replicate estimate diverges (e.g. the logit of a replicate proportion of 0 or 1):
                // the variance is infinite (R's glm reports a huge finite one)
                return Double.POSITIVE_INFINITY;
            }
            if (!Double.isNaN(theta[k])) {
                any = true;
                if (rscales[k] > 0) {
                    sum += theta[k];
                    count++;
                }
            }
        }
        if (!any) {
            return Double.NaN; // R: "All replicates contained NAs"
        }
        double centre = mse ? statistic.estimate() : sum / count;
        double v = 0;
        for (int k = 0; k < r; k++) {
            if (!Double.isNaN(theta[k])) {
                double d = theta[k] - centre;
                v += d * d * rscales[k];
            }
        }
        return v * scale;
    }

    /**
     * R's {@code degf.svyrep.design}: {@code qr(replicate weights, tol = 1e-5)$rank - 1} over the
     * rows present. The rank is found on the distinct rows by Gram–Schmidt on the replicate
     * columns, a column counting as dependent when its residual norm falls below 1e-5 of its
     * norm (the criterion of R's LINPACK {@code dqrdc2}).
     */
    int degreesOfFreedom(boolean[] present) {
        int r = weights.length;
        int n = weights[0].length;
        Set<RowKey> distinct = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (present == null || present[i]) {
                double[] row = new double[r];
                for (int k = 0; k < r; k++) {
                    row[k] = weights[k][i];
                }
                distinct.add(new RowKey(row));
            }
        }
        int m = distinct.size();
        double[][] columns = new double[r][m];
        int j = 0;
        for (RowKey key : distinct) {
            for (int k = 0; k < r; k++) {
                columns[k][j] = key.row[k];
            }
            j++;
        }
        double[][] basis = new double[Math.min(r, m)][];
        int rank = 0;
        for (int k = 0; k < r; k++) {
            double[] c = columns[k].clone();
            double norm0 = norm(c);
            if (norm0 == 0) {
                continue;
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int b = 0; b < rank; b++) {
                    double dot = 0;
                    for (int i = 0; i < m; i++) {
                        dot += basis[b][i] * c[i];
                    }
                    for (int i = 0; i < m; i++) {
                        c[i] -= dot * basis[b][i];
                    }
                }
            }
            double norm = norm(c);
            if (norm >= 1e-5 * norm0 && rank < basis.length) {
                for (int i = 0; i < m; i++) {
                    c[i] /= norm;
                }
                basis[rank++] = c;
            }
        }
        return rank - 1;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private record RowKey(double[] row) {
        @Override
        public boolean equals(Object o) {
            return o instanceof RowKey k && Arrays.equals(row, k.row);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(row);
        }
    }
}
