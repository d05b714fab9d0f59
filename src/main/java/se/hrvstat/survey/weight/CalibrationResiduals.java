package se.hrvstat.survey.weight;

import java.util.function.Supplier;

/**
 * The variance seam of calibrated weights: a statistic's influence values z are replaced by
 * their residuals from the regression on the calibration model matrix X weighted by the input
 * weights w0, before the design turns them into a variance (Deville &amp; Särndal 1992,
 * section 3; Lumley 2010, section 7.2). Exactly R's survey {@code svyrecvar} for a
 * {@code greg_calibration} ({@code surveyrep.R}/{@code survey.R}): with a = g sqrt(w0),
 * <pre>  e = a * qr.resid(qr(X sqrt(w0)), z / a)</pre>
 * i.e. {@code e_i = z_i - w_i x_i' B}, {@code B = (X' W0 X)^- X' (z / g)}. For post-stratification
 * X holds the cell indicators and this is R's post-stratified {@code svyrecvar} branch.
 *
 * <p>The projection uses modified Gram–Schmidt with reorthogonalisation on the columns of
 * X sqrt(w0); a column whose remainder is below 1e-7 of its norm is dependent and skipped, as
 * R's {@code dqrdc2} does with {@code tol = 1e-7}. Immutable and thread safe.
 */
public final class CalibrationResiduals {
    private static final double RANK_TOLERANCE = 1e-7;
    private final Supplier<double[][]> columns;
    private final double[] inputWeights;
    private final double[] calibratedWeights;
    /** Built on first use. */
    private volatile double[] scale;
    /** The orthonormal basis of X sqrt(w0), built on first use (it is as large as X). */
    private volatile double[][] q;

    /**
     * @param columns          the model matrix, one array per column
     * @param inputWeights     w0, the weights before calibration
     * @param calibratedWeights w = g w0
     */
    public CalibrationResiduals(double[][] columns, double[] inputWeights, double[] calibratedWeights) {
        this(() -> columns, inputWeights, calibratedWeights);
    }

    /** As above, the model matrix built on first use (it is as large as the data; a CSV run never needs it). */
    CalibrationResiduals(Supplier<double[][]> columns, double[] inputWeights, double[] calibratedWeights) {
        if (calibratedWeights.length != inputWeights.length) {
            throw new IllegalArgumentException(calibratedWeights.length + " calibrated weights for " + inputWeights.length
                    + " input weights");
        }
        this.columns = columns;
        this.inputWeights = inputWeights;
        this.calibratedWeights = calibratedWeights;
    }

    /** a = g sqrt(w0) = w / sqrt(w0), per row. */
    private double[] scale() {
        double[] s = scale;
        if (s == null) {
            int n = inputWeights.length;
            s = new double[n];
            for (int i = 0; i < n; i++) {
                double half = Math.sqrt(inputWeights[i]);
                s[i] = half == 0 ? 0 : calibratedWeights[i] / half;
            }
            scale = s;
        }
        return s;
    }

    private double[][] basis() {
        double[][] b = q;
        if (b == null) {
            synchronized (this) {
                if (q == null) {
                    q = orthonormalBasis();
                }
                b = q;
            }
        }
        return b;
    }

    private double[][] orthonormalBasis() {
        int n = inputWeights.length;
        double[] half = new double[n];
        for (int i = 0; i < n; i++) {
            half[i] = Math.sqrt(inputWeights[i]);
        }
        double[][] x = columns.get();
        double[][] basis = new double[x.length][];
        int rank = 0;
        for (double[] column : x) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = column[i] * half[i];
            }
            double norm = norm(v);
            if (norm == 0) {
                continue;
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < rank; k++) {
                    subtractProjection(v, basis[k]);
                }
            }
            double rest = norm(v);
            if (rest < RANK_TOLERANCE * norm) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                v[i] /= rest;
            }
            basis[rank++] = v;
        }
        return java.util.Arrays.copyOf(basis, rank);
    }

    /** The calibration residuals of influence values {@code z} (one per row); {@code z} is not changed. */
    public double[] of(double[] z) {
        double[] scale = scale();
        int n = scale.length;
        if (z.length != n) {
            throw new IllegalArgumentException(z.length + " influence values for " + n + " rows");
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = scale[i] == 0 ? 0 : z[i] / scale[i];
        }
        double[][] basis = basis();
        for (int pass = 0; pass < 2; pass++) {
            for (double[] qk : basis) {
                subtractProjection(r, qk);
            }
        }
        for (int i = 0; i < n; i++) {
            r[i] = scale[i] == 0 ? z[i] : r[i] * scale[i];
        }
        return r;
    }

    /** The rank of the model matrix on the weighted sample. */
    public int rank() {
        return basis().length;
    }

    private static void subtractProjection(double[] v, double[] unit) {
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
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
