package se.hrvstat.survey.weight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Calibration of weights to population margins (Deville &amp; Särndal 1992), step for step as
 * R's survey 4.x {@code calibrate.survey.design2} ({@code calibrate.R}): linear calibration
 * without bounds is the one-step GREG solution of {@code regcalibrate}; every other case is the
 * Newton iteration of {@code grake} with the same start, step halving, rescaling of large
 * weights ({@code SOMETHRESHOLD = 20}), Moore–Penrose step ({@code MASS::ginv}, tolerance
 * 256 machine epsilons) and convergence criterion
 * {@code max_j |t_j - sum_i w_i g_i x_ij| / (1 + |t_j|) < epsilon}, counting iterations as R.
 *
 * <p>The g-weights solve {@code sum_i w_i g_i x_i = t} with {@code g_i = F(x_i' lambda)}, F the
 * inverse derivative of the distance ({@link CalibrationFunction}). The equations are solved on
 * the model's units (rows that share a model-matrix row, their weights summed; see
 * {@code CalibrationModel.units}): g depends on a row only through x_i, so every row of a unit
 * gets the g of the row-wise iteration, up to the order of summation. Stateless and thread safe.
 */
public final class Calibration {
    /** R's defaults: {@code epsilon = 1e-7}, {@code maxit = 50}. */
    public static final double DEFAULT_EPSILON = 1e-7;
    public static final int DEFAULT_MAXIT = 50;
    private static final double SOME_THRESHOLD = 20;
    private static final double GINV_TOLERANCE = 256 * Math.ulp(1.0);

    private Calibration() {
    }

    /** {@link #calibrate(double[], CalibrationModel, CalibrationFunction, Bounds, double, int)} from margins. */
    public static CalibrationResult calibrate(double[] weights, Map<String, String[]> sample, List<Margin> margins,
                                              CalibrationFunction function, Bounds bounds, double epsilon, int maxit) {
        return calibrate(weights, CalibrationModel.of(sample, margins), function, bounds, epsilon, maxit);
    }

    /**
     * @param weights  input (design) weights, finite and non-negative
     * @param model    the margins' model matrix for the sample rows
     * @param function the distance: linear, raking or logit
     * @param bounds   bounds on g; logit needs finite bounds
     * @param epsilon  convergence tolerance on the relative misfit (R's {@code epsilon})
     * @param maxit    most iterations (R's {@code maxit})
     * @throws CalibrationException if a population cell has no sample weight, the model is
     *                              singular, or the iteration does not converge
     */
    public static CalibrationResult calibrate(double[] weights, CalibrationModel model, CalibrationFunction function,
                                              Bounds bounds, double epsilon, int maxit) {
        if (weights.length != model.rows()) {
            throw new IllegalArgumentException(weights.length + " weights for " + model.rows() + " rows");
        }
        if (function == CalibrationFunction.LOGIT
                && (Double.isInfinite(bounds.lower()) || Double.isInfinite(bounds.upper()))) {
            throw new IllegalArgumentException("logit calibration needs finite bounds");
        }
        EmptyCells.check(model, weights);
        // the equations on units (rows with the same model-matrix row, weights summed): the same g
        CalibrationModel.Units units = model.units(weights);
        int[] used = usedColumns(units.x(), model.columns());
        List<CalibrationModel.Column> columns = new ArrayList<>();
        double[][] x = new double[used.length][];
        double[] population = new double[used.length];
        for (int j = 0; j < x.length; j++) {
            columns.add(model.columns().get(used[j]));
            x[j] = units.x()[used[j]];
            population[j] = columns.get(j).population();
        }
        double[] w = units.weights();
        double[] gOfUnit;
        int iterations;
        if (function == CalibrationFunction.LINEAR && !bounds.isBounded()) {
            gOfUnit = regression(x, w, population, columns, model);
            iterations = 1;
        } else {
            Newton newton = new Newton(x, w, population, function, bounds, epsilon, maxit);
            newton.run();
            if (newton.failed) {
                CalibrationModel.Column worst = columns.get(newton.worst);
                String margin = worst.margin();
                throw new CalibrationException(margin, newton.worstMisfit, "calibration (" + function.name().toLowerCase()
                        + ") did not converge in " + maxit + " iterations: margin '" + margin + "' (" + worst.label()
                        + ") is off by " + newton.worstMisfit + ", relative misfit " + newton.achieved + " >= epsilon "
                        + epsilon);
            }
            gOfUnit = newton.g;
            iterations = newton.iterations;
        }
        double[] calibratedUnits = new double[gOfUnit.length];
        for (int u = 0; u < gOfUnit.length; u++) {
            calibratedUnits[u] = w[u] * gOfUnit[u];
        }
        Misfit misfit = Misfit.of(x, calibratedUnits, population);
        double[] g = units.toRows(gOfUnit);
        double[] calibrated = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            calibrated[i] = weights[i] * g[i];
        }
        // the residuals need the matrix per row; built only when a variance asks for it
        CalibrationResiduals residuals = units.unitOfRow() == null
                ? new CalibrationResiduals(x, weights, calibrated)
                : new CalibrationResiduals(() -> denseColumns(model, used), weights, calibrated);
        return new CalibrationResult(calibrated, g, iterations, misfit.largest(),
                columns.get(misfit.column()).margin(), residuals);
    }

    /**
     * The calibration residuals of weights that {@link #calibrate} gave on {@code model} from
     * {@code weights}: the same operator as its result's, without calibrating again (the estimate
     * step reads stored weights; Deville &amp; Särndal 1992, section 3).
     */
    public static CalibrationResiduals residuals(double[] weights, CalibrationModel model, double[] calibrated) {
        if (weights.length != model.rows() || calibrated.length != model.rows()) {
            throw new IllegalArgumentException(weights.length + " input and " + calibrated.length
                    + " calibrated weights for " + model.rows() + " rows");
        }
        CalibrationModel.Units units = model.units(weights);
        int[] used = usedColumns(units.x(), model.columns());
        if (units.unitOfRow() != null) {
            return new CalibrationResiduals(() -> denseColumns(model, used), weights, calibrated);
        }
        double[][] x = new double[used.length][];
        for (int j = 0; j < x.length; j++) {
            x[j] = units.x()[used[j]];
        }
        return new CalibrationResiduals(x, weights, calibrated);
    }

    private static double[][] denseColumns(CalibrationModel model, int[] used) {
        double[][] x = new double[used.length][];
        for (int j = 0; j < used.length; j++) {
            x[j] = model.values(used[j]);
        }
        return x;
    }

    /** R drops columns that are all 0 with population 0 when some sample total is 0. */
    private static int[] usedColumns(double[][] x, List<CalibrationModel.Column> columns) {
        int[] used = new int[x.length];
        int count = 0;
        for (int j = 0; j < x.length; j++) {
            boolean allZero = true;
            for (double v : x[j]) {
                if (v != 0) {
                    allZero = false;
                    break;
                }
            }
            if (!(allZero && columns.get(j).population() == 0)) {
                used[count++] = j;
            }
        }
        return java.util.Arrays.copyOf(used, count);
    }

    /** R's {@code regcalibrate}: g = 1 + x' (X'WX)^{-1} (t - X'w) (Deville &amp; Särndal 1992, eq. 2.4; the GREG weights). */
    private static double[] regression(double[][] x, double[] w, double[] population, List<CalibrationModel.Column> columns,
                                       CalibrationModel model) {
        int p = x.length;
        double[] sampleTotal = Misfit.totals(x, w);
        double[][] t = crossProduct(x, w, null);
        double[] rhs = new double[p];
        for (int j = 0; j < p; j++) {
            rhs[j] = population[j] - sampleTotal[j];
        }
        LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(t, false));
        if (!lu.getSolver().isNonSingular()) {
            String margin = columns.get(p - 1).margin();
            throw new CalibrationException(margin, Double.NaN,
                    "linear calibration: the margins' model matrix is singular on this sample (margin '" + margin + "')");
        }
        double[] lambda = lu.getSolver().solve(new ArrayRealVector(rhs, false)).toArray();
        double[] g = new double[w.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = 1;
        }
        for (int j = 0; j < p; j++) {
            double l = lambda[j];
            double[] xj = x[j];
            for (int i = 0; i < g.length; i++) {
                g[i] += xj[i] * l;
            }
        }
        return g;
    }

    /** sum_i x_ij x_ik w_i d_i (d = 1 when {@code derivative} is null). */
    static double[][] crossProduct(double[][] x, double[] w, double[] derivative) {
        return crossProduct(new ColumnIndex(x), w, derivative);
    }

    static double[][] crossProduct(ColumnIndex index, double[] w, double[] derivative) {
        int p = index.x.length;
        int n = w.length;
        double[] wd = new double[n];
        for (int i = 0; i < n; i++) {
            wd[i] = derivative == null ? w[i] : w[i] * derivative[i];
        }
        return index.crossProduct(wd);
    }

    /** MASS::ginv: V diag(1/d) U' over the singular values d > tol * d_max. */
    static double[] ginvTimes(double[][] t, double[] b) {
        RealMatrix m = new Array2DRowRealMatrix(t, false);
        SingularValueDecomposition svd = new SingularValueDecomposition(m);
        double[] d = svd.getSingularValues();
        RealMatrix u = svd.getU();
        RealMatrix v = svd.getV();
        double cut = Math.max(GINV_TOLERANCE * (d.length == 0 ? 0 : d[0]), 0);
        int p = b.length;
        double[] out = new double[p];
        for (int k = 0; k < d.length; k++) {
            if (d[k] > cut) {
                double s = 0;
                for (int i = 0; i < p; i++) {
                    s += u.getEntry(i, k) * b[i];
                }
                s /= d[k];
                for (int i = 0; i < p; i++) {
                    out[i] += v.getEntry(i, k) * s;
                }
            }
        }
        return out;
    }

    /** R's {@code grake}. */
    private static final class Newton {
        final double[][] x;
        final ColumnIndex index;
        final double[] population;
        final CalibrationFunction f;
        final double lower;
        final double upper;
        final double epsilon;
        final int maxit;
        double[] w;
        double[] g;
        int iterations;
        boolean failed;
        double achieved;
        int worst;
        double worstMisfit;

        Newton(double[][] x, double[] weights, double[] population, CalibrationFunction f, Bounds bounds, double epsilon,
               int maxit) {
            this.x = x;
            this.index = new ColumnIndex(x);
            this.w = weights.clone();
            this.population = population;
            this.f = f;
            this.lower = bounds.lower();
            this.upper = bounds.upper();
            this.epsilon = epsilon;
            this.maxit = maxit;
        }

        void run() {
            int p = x.length;
            int n = w.length;
            double[] sampleTotal = Misfit.totals(x, w);
            double minScale = Double.POSITIVE_INFINITY;
            double meanScale = 0;
            for (int j = 0; j < p; j++) {
                double s = population[j] / sampleTotal[j];
                minScale = Math.min(minScale, s);
                meanScale += s;
            }
            meanScale /= p;
            double scale = 1;
            if (minScale > SOME_THRESHOLD) {
                scale = meanScale;
                for (int i = 0; i < n; i++) {
                    w[i] *= scale;
                }
                for (int j = 0; j < p; j++) {
                    sampleTotal[j] *= scale;
                }
            }
            double[] eta = new double[p];
            double[] xeta = new double[n];
            g = new double[n];
            double[] deriv = new double[n];
            evaluate(xeta, deriv);
            iterations = 1;
            while (true) {
                double[][] t = crossProduct(index, w, deriv);
                double[] misfit = misfit(sampleTotal, xeta);
                double[] deta = ginvTimes(t, misfit);
                for (int j = 0; j < p; j++) {
                    eta[j] += deta[j];
                }
                linear(eta, xeta);
                boolean finite = evaluate(xeta, deriv);
                while (iterations < maxit && !finite) {
                    iterations++;
                    for (int j = 0; j < p; j++) {
                        deta[j] /= 2;
                        eta[j] -= deta[j];
                    }
                    linear(eta, xeta);
                    finite = evaluate(xeta, deriv);
                }
                misfit = misfit(sampleTotal, xeta);
                boolean converged = true;
                achieved = 0;
                for (int j = 0; j < p; j++) {
                    double r = Math.abs(misfit[j]) / (1 + Math.abs(population[j]));
                    if (!(r < epsilon)) {
                        converged = false;
                    }
                    if (r > achieved || Double.isNaN(r)) {
                        achieved = r;
                        worst = j;
                        worstMisfit = misfit[j];
                    }
                }
                if (converged) {
                    break;
                }
                iterations++;
                if (iterations > maxit) {
                    failed = true;
                    break;
                }
            }
            if (scale != 1) {
                for (int i = 0; i < n; i++) {
                    g[i] *= scale;
                }
            }
        }

        private void linear(double[] eta, double[] xeta) {
            java.util.Arrays.fill(xeta, 0);
            for (int j = 0; j < x.length; j++) {
                index.addScaled(j, eta[j], xeta);
            }
        }

        /** g = 1 + Fm1(xeta), deriv = dF(xeta); false if any is not finite. */
        private boolean evaluate(double[] xeta, double[] deriv) {
            boolean finite = true;
            for (int i = 0; i < xeta.length; i++) {
                g[i] = 1 + f.fm1(xeta[i], lower, upper);
                deriv[i] = f.derivative(xeta[i], lower, upper);
                if (!Double.isFinite(g[i]) || !Double.isFinite(deriv[i])) {
                    finite = false;
                }
            }
            return finite;
        }

        /** population - sample.total - colSums(mm * ww * Fm1(xeta)). */
        private double[] misfit(double[] sampleTotal, double[] xeta) {
            int p = x.length;
            double[] wf = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                wf[i] = w[i] * f.fm1(xeta[i], lower, upper);
            }
            double[] m = new double[p];
            for (int j = 0; j < p; j++) {
                m[j] = population[j] - sampleTotal[j] - index.dot(j, wf);
            }
            return m;
        }
    }
}
