package se.hrvstat.survey.weight;

/**
 * The calibration residuals written out plainly, as {@link CalibrationResiduals} computed them
 * before its quick paths: e = a * resid(z / a), a = w / sqrt(w0), on the orthonormal basis of
 * X sqrt(w0) by modified Gram–Schmidt, reorthogonalised, dependent columns (remainder below 1e-7
 * of the norm) skipped; every loop over all rows. The reference of CalibrationResidualsTogetherTest
 * and the baseline of CalibrationResidualsBenchmark.
 */
public final class PlainProjection {
    private final double[][] basis;
    private final double[] scale;

    /** The basis of the model matrix {@code x} (one array per column) under the input weights w0. */
    public PlainProjection(double[][] x, double[] w0, double[] w) {
        int n = w0.length;
        double[] half = new double[n];
        scale = new double[n];
        for (int i = 0; i < n; i++) {
            half[i] = Math.sqrt(w0[i]);
            scale[i] = half[i] == 0 ? 0 : w[i] / half[i];
        }
        double[][] units = new double[x.length][];
        int rank = 0;
        for (double[] column : x) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = column[i] * half[i];
            }
            double norm = norm(v);
            for (int pass = 0; pass < 2 && norm > 0; pass++) {
                for (int k = 0; k < rank; k++) {
                    project(v, units[k]);
                }
            }
            double rest = norm(v);
            if (norm == 0 || rest < 1e-7 * norm) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                v[i] /= rest;
            }
            units[rank++] = v;
        }
        basis = java.util.Arrays.copyOf(units, rank);
    }

    /** The residuals of influence values {@code z}; z is not changed. */
    public double[] residuals(double[] z) {
        int n = scale.length;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = scale[i] == 0 ? 0 : z[i] / scale[i];
        }
        for (int pass = 0; pass < 2; pass++) {
            for (double[] unit : basis) {
                project(r, unit);
            }
        }
        for (int i = 0; i < n; i++) {
            r[i] = scale[i] == 0 ? z[i] : r[i] * scale[i];
        }
        return r;
    }

    private static void project(double[] v, double[] unit) {
        double dot = 0;
        for (int i = 0; i < v.length; i++) {
            dot += v[i] * unit[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] -= dot * unit[i];
        }
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double e : v) {
            s += e * e;
        }
        return Math.sqrt(s);
    }
}
