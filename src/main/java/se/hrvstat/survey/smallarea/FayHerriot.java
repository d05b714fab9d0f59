package se.hrvstat.survey.smallarea;

import java.util.Arrays;

/**
 * The Fay–Herriot area-level model (Fay &amp; Herriot 1979; Rao &amp; Molina 2015, ch. 6) fitted by
 * REML exactly as R's {@code sae::eblupFH(..., method = "REML")} 1.3 does it, with the
 * Prasad–Rao MSE of {@code sae::mseFH(..., method = "REML")}.
 *
 * <p>Model: {@code y_d = x_d'β + v_d + e_d}, {@code v_d ~ N(0, σ²_v)}, {@code e_d ~ N(0, ψ_d)} with
 * ψ_d known (the sampling variance of the direct estimate y_d, {@code vardir}).
 *
 * <p><b>REML by Fisher scoring</b> ({@code sae/R/eblupFH.R}): start at {@code A₀ = median(ψ)} (R's
 * median: the mean of the two middle values for an even count); at each step, with
 * {@code V⁻¹ = diag(1/(A_k + ψ_d))}, {@code Q = (X'V⁻¹X)⁻¹} and {@code P = V⁻¹ − V⁻¹XQX'V⁻¹},
 * the score {@code s = −½ tr(P) + ½ y'PPy} and the information {@code F = ½ tr(PP)} give
 * {@code A_{k+1} = A_k + s/F}; stop when {@code |A_{k+1} − A_k| / |A_k| ≤ precision} (default
 * 1e-4) or after {@code maxIterations} (default 100) steps. No guard inside the loop (an iterate
 * may go negative, as in sae); the estimate is {@code σ̂²_v = max(A_last, 0)}. The fit has not
 * converged when the last step was the 100th and its relative change was still ≥ the precision
 * (sae returns no estimates then; here {@link FayHerriotFit#converged()} is false and the
 * estimates are NaN). sae forms the m × m matrix P; here tr(P), tr(PP) and y'PPy come from p × p
 * products, the same quantities with O(m p²) work: {@code tr(P) = Σ 1/(A+ψ) − tr(Q X'V⁻²X)},
 * {@code tr(PP) = Σ 1/(A+ψ)² − 2 tr(Q X'V⁻³X) + tr((Q X'V⁻²X)²)}, {@code Py = V⁻¹(y − Xβ̃_A)}.
 *
 * <p><b>Estimates</b> at σ̂²_v: {@code β̂ = QX'V⁻¹y} (GLS), {@code V(β̂) = Q}, EBLUP
 * {@code θ̂_d = x_d'β̂ + γ_d (y_d − x_d'β̂)} with {@code γ_d = σ̂²_v/(σ̂²_v + ψ_d)}; shrinkage factor
 * {@code B_d = 1 − γ_d = ψ_d/(σ̂²_v + ψ_d)}. MSE (Prasad &amp; Rao 1990; Datta &amp; Lahiri 2000 for
 * REML; {@code sae/R/mseFH.R}): {@code g1 = γ_d ψ_d}, {@code g2 = B_d² x_d'Qx_d},
 * {@code g3 = B_d² V(σ̂²_v)/(σ̂²_v + ψ_d)} with {@code V(σ̂²_v) = 2/Σ 1/(σ̂²_v+ψ_d)²}, and
 * {@code mse = g1 + g2 + 2 g3}. Areas without a direct estimate get the synthetic estimate
 * {@link FayHerriotFit#synthetic(double[])}.
 *
 * <p>Stateless and thread-safe. Inputs are columns: {@code x[j][d]} is covariate j of area d; the
 * caller includes the intercept ({@link #withIntercept(double[][])}).
 */
public final class FayHerriot {

    /** {@code MAXITER} of sae's eblupFH. */
    public static final int MAX_ITERATIONS = 100;
    /** {@code PRECISION} of sae's eblupFH. */
    public static final double PRECISION = 1e-4;

    private FayHerriot() {
    }

    /** REML with sae's defaults (100 iterations, precision 1e-4). */
    public static FayHerriotFit fitReml(double[] y, double[] vardir, double[][] x) {
        return fitReml(y, vardir, x, MAX_ITERATIONS, PRECISION);
    }

    /**
     * REML fit, EBLUP and Prasad–Rao MSE of the areas with a direct estimate.
     *
     * @param y             direct estimates (on the model's scale), one per area, finite
     * @param vardir        their sampling variances ψ_d, finite and &gt; 0
     * @param x             the design matrix by columns, {@code x[j].length == y.length}, intercept included
     * @param maxIterations sae's {@code MAXITER}
     * @param precision     sae's {@code PRECISION}
     * @throws IllegalArgumentException on inconsistent lengths, fewer areas than coefficients + 1,
     *                                  a non-finite value, ψ_d &lt;= 0 or collinear covariates
     */
    public static FayHerriotFit fitReml(double[] y, double[] vardir, double[][] x, int maxIterations,
            double precision) {
        check(y, vardir, x);
        double a = median(vardir);
        int k = 0;
        double diff = precision + 1;
        while (diff > precision && k < maxIterations) {
            k++;
            double[] score = restrictedScore(a, y, vardir, x);
            double next = a + score[0] / score[1];
            diff = Math.abs((next - a) / a);
            a = next;
        }
        boolean converged = !(k >= maxIterations && diff >= precision);
        if (!converged) {
            return FayHerriotFit.notConverged(y.length, x.length, k);
        }
        return estimates(Math.max(a, 0), k, FayHerriotFit.Algorithm.FISHER_SCORING, y, vardir, x);
    }

    /**
     * REML where sae's Fisher scoring does not converge: σ̂²_v is the root of the restricted score
     * s(A) on A ≥ 0, found by bisection, or 0 when s(0) ≤ 0 (the restricted likelihood falls from
     * the boundary on). Then β̂, the EBLUP and the MSE as in {@link #fitReml}.
     *
     * <p>Why: unguarded Fisher scoring can cycle when the REML estimate is at or near 0 — on
     * simulated shares with little variation between areas it alternated between about +2.6e-4 and
     * −1.9e-4 for all 100 iterations, and sae's eblupFH reported no convergence (about one fit in
     * ten when σ²_v is near 0). Bisection cannot cycle. The bracket starts at [0, median(ψ)] and
     * doubles its upper end until s &lt; 0 there; bisection stops when the bracket is no wider than
     * 1e-15 of its upper end, or after 2 000 halvings. {@link FayHerriotFit#iterations()} counts the
     * halvings.
     *
     * @throws IllegalStateException when s stays positive up to 2^200 · median(ψ)
     */
    public static FayHerriotFit fitRemlByBisection(double[] y, double[] vardir, double[][] x) {
        check(y, vardir, x);
        if (restrictedScore(0, y, vardir, x)[0] <= 0) {
            return estimates(0, 0, FayHerriotFit.Algorithm.SCORE_BISECTION, y, vardir, x);
        }
        double lo = 0;
        double hi = median(vardir);
        for (int doubling = 0; restrictedScore(hi, y, vardir, x)[0] > 0; doubling++) {
            if (doubling == 200) {
                throw new IllegalStateException("the restricted score stays positive up to σ²_v = " + hi);
            }
            lo = hi;
            hi *= 2;
        }
        int halvings = 0;
        while (hi - lo > 1e-15 * hi && halvings < 2000) {
            double mid = 0.5 * (lo + hi);
            if (restrictedScore(mid, y, vardir, x)[0] > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
            halvings++;
        }
        return estimates(0.5 * (lo + hi), halvings, FayHerriotFit.Algorithm.SCORE_BISECTION, y, vardir, x);
    }

    /** Columns {1, …, 1}, c₁, c₂, …: the design matrix of {@code y ~ c₁ + c₂ + …}. */
    public static double[][] withIntercept(double[][] covariates) {
        if (covariates.length == 0) {
            throw new IllegalArgumentException("no covariates: give at least one column or use the intercept alone");
        }
        double[][] x = new double[covariates.length + 1][];
        x[0] = new double[covariates[0].length];
        Arrays.fill(x[0], 1.0);
        System.arraycopy(covariates, 0, x, 1, covariates.length);
        return x;
    }

    /** {s, F}: the score and the Fisher information of the restricted likelihood at A (sae's REML branch). */
    private static double[] restrictedScore(double a, double[] y, double[] vardir, double[][] x) {
        int m = y.length;
        double[] vi = new double[m];
        double[] vi2 = new double[m];
        double[] vi3 = new double[m];
        double sumVi = 0;
        double sumVi2 = 0;
        for (int d = 0; d < m; d++) {
            vi[d] = 1.0 / (a + vardir[d]);
            vi2[d] = vi[d] * vi[d];
            vi3[d] = vi2[d] * vi[d];
            sumVi += vi[d];
            sumVi2 += vi2[d];
        }
        double[][] q = SmallMatrix.inverse(crossProduct(x, vi));
        double[][] m2 = crossProduct(x, vi2);
        double[][] qm2 = SmallMatrix.product(q, m2);
        double[] beta = SmallMatrix.times(q, crossProduct(x, vi, y));
        double yPPy = 0;
        for (int d = 0; d < m; d++) {
            double py = vi[d] * (y[d] - dot(x, d, beta));
            yPPy += py * py;
        }
        double traceP = sumVi - trace(qm2);
        double tracePP = sumVi2 - 2 * SmallMatrix.traceOfProduct(q, crossProduct(x, vi3))
                + SmallMatrix.traceOfProduct(qm2, qm2);
        return new double[] {-0.5 * traceP + 0.5 * yPPy, 0.5 * tracePP};
    }

    /** β̂, V(β̂), EBLUP and the REML MSE at σ̂²_v = {@code a} (sae's eblupFH after the loop, and mseFH). */
    private static FayHerriotFit estimates(double a, int iterations, FayHerriotFit.Algorithm algorithm, double[] y,
            double[] vardir, double[][] x) {
        int m = y.length;
        int p = x.length;
        double[] vi = new double[m];
        double sumVi2 = 0;
        for (int d = 0; d < m; d++) {
            vi[d] = 1.0 / (a + vardir[d]);
            sumVi2 += vi[d] * vi[d];
        }
        double[][] q = SmallMatrix.inverse(crossProduct(x, vi));
        double[] beta = SmallMatrix.times(q, crossProduct(x, vi, y));
        double varA = 2.0 / sumVi2;
        double[] eblup = new double[m];
        double[] shrinkage = new double[m];
        double[] g1 = new double[m];
        double[] g2 = new double[m];
        double[] g3 = new double[m];
        double[] mse = new double[m];
        double[] residual = new double[m];
        double[] xd = new double[p];
        for (int d = 0; d < m; d++) {
            for (int j = 0; j < p; j++) {
                xd[j] = x[j][d];
            }
            double fitted = dot(x, d, beta);
            double resid = y[d] - fitted;
            eblup[d] = fitted + a * vi[d] * resid;
            double b = vardir[d] / (a + vardir[d]);
            shrinkage[d] = b;
            g1[d] = vardir[d] * (1 - b);
            g2[d] = b * b * SmallMatrix.quadraticForm(q, xd);
            g3[d] = b * b * varA / (a + vardir[d]);
            mse[d] = g1[d] + g2[d] + 2 * g3[d];
            residual[d] = resid / Math.sqrt(a + vardir[d]);
        }
        return new FayHerriotFit(true, algorithm, iterations, a, beta, q, eblup, mse, shrinkage, residual,
                new FayHerriotFit.MseComponents(g1, g2, g3));
    }

    /** Σ_d w_d x_d x_d' (p × p). */
    private static double[][] crossProduct(double[][] x, double[] w) {
        int p = x.length;
        double[][] c = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                double[] xi = x[i];
                double[] xj = x[j];
                for (int d = 0; d < w.length; d++) {
                    s += w[d] * xi[d] * xj[d];
                }
                c[i][j] = s;
                c[j][i] = s;
            }
        }
        return c;
    }

    /** Σ_d w_d x_d y_d (p). */
    private static double[] crossProduct(double[][] x, double[] w, double[] y) {
        double[] c = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            double s = 0;
            for (int d = 0; d < w.length; d++) {
                s += w[d] * x[j][d] * y[d];
            }
            c[j] = s;
        }
        return c;
    }

    private static double dot(double[][] x, int d, double[] beta) {
        double s = 0;
        for (int j = 0; j < beta.length; j++) {
            s += x[j][d] * beta[j];
        }
        return s;
    }

    private static double trace(double[][] a) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i][i];
        }
        return s;
    }

    /** R's {@code median()}: the middle value, or the mean of the two middle values. */
    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static void check(double[] y, double[] vardir, double[][] x) {
        int m = y.length;
        if (vardir.length != m) {
            throw new IllegalArgumentException("vardir has " + vardir.length + " values, y has " + m);
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("the design matrix has no column");
        }
        if (m < x.length + 1) {
            throw new TooFewAreas(m, x.length);
        }
        for (int j = 0; j < x.length; j++) {
            if (x[j].length != m) {
                throw new IllegalArgumentException("covariate column " + j + " has " + x[j].length + " values, y has " + m);
            }
            for (double v : x[j]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("covariate column " + j + " has a non-finite value");
                }
            }
        }
        for (int d = 0; d < m; d++) {
            if (!Double.isFinite(y[d])) {
                throw new IllegalArgumentException("direct estimate of area " + d + " is not finite: " + y[d]);
            }
            if (!(vardir[d] > 0) || !Double.isFinite(vardir[d])) {
                throw new IllegalArgumentException("sampling variance of area " + d + " must be finite and > 0, was "
                        + vardir[d]);
            }
        }
    }
}
