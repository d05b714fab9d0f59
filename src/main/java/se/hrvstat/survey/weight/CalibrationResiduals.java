package se.hrvstat.survey.weight;

import java.util.function.Supplier;

import se.hrvstat.survey.design.CalibrationSeam;

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
 * R's {@code dqrdc2} does with {@code tol = 1e-7}.
 *
 * <p>Two ways to the same numbers, for speed (docs/benchmarks.md): a basis vector that is zero
 * outside a cell (post-strata, the first margin of a raking) is projected out over the cell's
 * rows only; and {@link #applyEach} makes the residuals of several vectors together, four at a
 * time, the four dot products with a dense basis vector summed side by side in one loop, each in
 * the same order as alone (a lone dot product is a chain of dependent additions that keeps the
 * processor waiting). The residuals equal those of the plain projection as numbers (a zero's sign
 * may differ) and the variances made from them are the same bit for bit.
 * Immutable and thread safe.
 */
public final class CalibrationResiduals implements CalibrationSeam {
    private static final double RANK_TOLERANCE = 1e-7;
    private final Supplier<double[][]> columns;
    private final double[] inputWeights;
    private final double[] calibratedWeights;
    /** Built on first use. */
    private volatile double[] scale;
    /** The orthonormal basis of X sqrt(w0), built on first use (it is as large as X). */
    private volatile Basis q;

    /**
     * The orthonormal basis; {@code support[k]} lists, in increasing order, the rows where unit k
     * is not zero when they are at most a third of all rows (null otherwise). Calibration to
     * cells (post-strata, the first margin of a raking) gives such units: each is zero outside
     * its cell.
     */
    private record Basis(double[][] units, int[][] support) {
        int rank() {
            return units.length;
        }
    }

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

    private Basis basis() {
        Basis b = q;
        if (b == null) {
            synchronized (this) {
                if (q == null) {
                    double[][] units = orthonormalBasis();
                    int[][] support = new int[units.length][];
                    for (int k = 0; k < units.length; k++) {
                        support[k] = sparseSupport(units[k]);
                    }
                    q = new Basis(units, support);
                }
                b = q;
            }
        }
        return b;
    }

    /** The rows where {@code unit} is not zero, in increasing order, if at most a third of all; else null. */
    private static int[] sparseSupport(double[] unit) {
        int count = 0;
        for (double u : unit) {
            if (u != 0) {
                count++;
            }
        }
        if (count > unit.length / 3) {
            return null;
        }
        int[] rows = new int[count];
        int next = 0;
        for (int i = 0; i < unit.length; i++) {
            if (unit[i] != 0) {
                rows[next++] = i;
            }
        }
        return rows;
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
        double[] r = scaledDown(z);
        projectOut(r);
        return scaledUp(r, z);
    }

    /** {@link #of}, the seam of {@link se.hrvstat.survey.design.SurveyDesign#calibrated}. */
    @Override
    public double[] apply(double[] z) {
        return of(z);
    }

    /** {@link #of} of each vector, four at a time; the same results bit for bit. */
    @Override
    public double[][] applyEach(double[][] influences) {
        double[][] residuals = new double[influences.length][];
        int k = 0;
        for (; k + 4 <= influences.length; k += 4) {
            double[][] r = new double[4][];
            for (int j = 0; j < 4; j++) {
                r[j] = scaledDown(influences[k + j]);
            }
            projectOut(r);
            for (int j = 0; j < 4; j++) {
                residuals[k + j] = scaledUp(r[j], influences[k + j]);
            }
        }
        for (; k < influences.length; k++) {
            residuals[k] = of(influences[k]);
        }
        return residuals;
    }

    /**
     * Subtracts from each of {@code r} (one, or four side by side) its projection on every unit
     * of the basis, twice over (reorthogonalisation). A unit that is zero outside its cell is
     * projected over the cell's rows when every vector is finite; a group of four that is not
     * goes one vector at a time, so that each vector takes the path it takes alone.
     */
    private void projectOut(double[]... r) {
        boolean finite = true;
        for (double[] v : r) {
            finite &= allFinite(v);
        }
        if (!finite && r.length > 1) {
            for (double[] v : r) {
                projectOut(v);
            }
            return;
        }
        Basis basis = basis();
        for (int pass = 0; pass < 2; pass++) {
            for (int u = 0; u < basis.rank(); u++) {
                double[] unit = basis.units[u];
                int[] rows = finite ? basis.support[u] : null;
                if (r.length == 4 && rows == null) {
                    subtractProjections(r[0], r[1], r[2], r[3], unit);
                } else {
                    for (double[] v : r) {
                        if (rows != null) {
                            subtractProjection(v, unit, rows);
                        } else {
                            subtractProjection(v, unit);
                        }
                    }
                }
            }
        }
    }

    /** z / a, the influence values on the scale of X sqrt(w0) (0 where a = 0). */
    private double[] scaledDown(double[] z) {
        double[] scale = scale();
        int n = scale.length;
        if (z.length != n) {
            throw new IllegalArgumentException(z.length + " influence values for " + n + " rows");
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = scale[i] == 0 ? 0 : z[i] / scale[i];
        }
        return r;
    }

    /** a r, back on the scale of z; rows with a = 0 keep z (they are not in the regression). */
    private double[] scaledUp(double[] r, double[] z) {
        double[] scale = scale();
        for (int i = 0; i < r.length; i++) {
            r[i] = scale[i] == 0 ? z[i] : r[i] * scale[i];
        }
        return r;
    }

    /** The rank of the model matrix on the weighted sample. */
    public int rank() {
        return basis().rank();
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

    /**
     * {@link #subtractProjection} of four vectors on one unit vector: each dot product is summed
     * over i in increasing order from 0, exactly as alone.
     */
    private static void subtractProjections(double[] v0, double[] v1, double[] v2, double[] v3, double[] unit) {
        double dot0 = 0;
        double dot1 = 0;
        double dot2 = 0;
        double dot3 = 0;
        for (int i = 0; i < unit.length; i++) {
            double u = unit[i];
            dot0 += v0[i] * u;
            dot1 += v1[i] * u;
            dot2 += v2[i] * u;
            dot3 += v3[i] * u;
        }
        for (int i = 0; i < unit.length; i++) {
            double u = unit[i];
            v0[i] -= dot0 * u;
            v1[i] -= dot1 * u;
            v2[i] -= dot2 * u;
            v3[i] -= dot3 * u;
        }
    }

    /**
     * {@link #subtractProjection(double[], double[])} of a finite vector on a unit vector that is
     * zero outside {@code rows}, over those rows only. The same value: a dot product summed from
     * +0 never becomes -0, so the terms left out (each ±0) change nothing, and subtracting ±0
     * leaves every other element's value as it is (at most the sign of a zero differs, which no
     * sum of residuals from +0 can show). A dot product that overflows takes the dense path, as
     * there {@code dot * 0} would give NaN.
     */
    private static void subtractProjection(double[] v, double[] unit, int[] rows) {
        double dot = 0;
        for (int i : rows) {
            dot += v[i] * unit[i];
        }
        if (!Double.isFinite(dot)) {
            for (int i = 0; i < v.length; i++) {
                v[i] -= dot * unit[i];
            }
            return;
        }
        for (int i : rows) {
            v[i] -= dot * unit[i];
        }
    }

    private static boolean allFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
