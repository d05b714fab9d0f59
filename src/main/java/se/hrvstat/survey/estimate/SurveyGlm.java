package se.hrvstat.survey.estimate;

import se.hrvstat.survey.design.SurveyDesign;

/**
 * A generalised linear model fitted to survey data, R's {@code svyglm(formula, design, family)}
 * (R survey 4.x; Binder 1983; Lumley 2010, chapter 5): the coefficients solve the weighted
 * estimating equations by R's {@code glm.fit} IRLS (same starting values, prior weights w / mean(w)
 * over the design's rows, at most 25 iterations, stopping when
 * {@code |dev - dev_old| / (|dev| + 0.1) < 1e-8}); their variance is the sandwich of
 * {@code svy.varcoef}: the design variance of the influence values {@code estfun A^-1}, with
 * {@code estfun_i = x_i r_i w_i} (working residual and working weight of the last iteration) and
 * {@code A^-1} the unscaled covariance of the last weighted least-squares fit. Rows with a missing
 * value in y or any column of x are left out (R's {@code na.omit}; the design keeps its PSUs).
 * Residual df = {@code degf} of the design without those rows + 1 - number of coefficients, as
 * {@code svyglm} sets it; intervals {@code b -/+ qt(1 - a, df) se} ({@code confint.svyglm}) and
 * p-values {@code 2 pt(-|b / se|, df)} ({@code summary.svyglm}). Taylor designs only.
 */
public final class SurveyGlm {
    static final int MAX_ITERATIONS = 25;
    static final double EPSILON = 1e-8;

    /**
     * @param coefficients       one per column of x
     * @param se                 sandwich standard errors
     * @param ciLow              lower interval ends
     * @param ciHigh             upper interval ends
     * @param p                  two-sided p-values of the t-tests
     * @param degreesOfFreedom   residual df
     * @param n                  rows used
     * @param iterations         IRLS iterations, as R's {@code $iter}
     * @param devianceChange     the last {@code |dev - dev_old| / (|dev| + 0.1)}: the tolerance reached
     * @param converged          true if it fell below 1e-8 within 25 iterations
     */
    public record Fit(double[] coefficients, double[] se, double[] ciLow, double[] ciHigh, double[] p,
                      double degreesOfFreedom, long n, int iterations, double devianceChange, boolean converged) {
    }

    private SurveyGlm() {
    }

    /**
     * @param x the model matrix by column: x[k][i] is column k at row i (an intercept column of 1s
     *          if the model has one)
     */
    public static Fit fit(SurveyDesign design, double[] y, double[][] x, GlmFamily family, double level) {
        if (design.isReplicateDesign()) {
            throw new UnsupportedOperationException("survey GLMs on replicate designs are not implemented");
        }
        int rows = design.size();
        int k = x.length;
        boolean[] present = new boolean[rows];
        double weightSum = 0;
        long n = 0;
        for (int i = 0; i < rows; i++) {
            boolean ok = !Double.isNaN(y[i]);
            for (double[] column : x) {
                ok &= !Double.isNaN(column[i]);
            }
            present[i] = ok;
            weightSum += design.weight(i);
            if (ok) {
                n++;
            }
        }
        double meanWeight = weightSum / rows; // svyglm: prior weights over all rows of the design
        double[] prior = new double[rows];
        double[] eta = new double[rows];
        double[] mu = new double[rows];
        for (int i = 0; i < rows; i++) {
            if (present[i]) {
                prior[i] = design.weight(i) / meanWeight;
                mu[i] = family.start(y[i], prior[i]);
                eta[i] = family.link(mu[i]);
                mu[i] = family.linkInverse(eta[i]);
            }
        }
        double devOld = deviance(family, y, mu, prior, present);
        double[] working = new double[rows];
        double[][] unscaled = null;
        double[] coefficients = new double[k];
        int iteration = 0;
        double change = Double.NaN;
        boolean converged = false;
        while (iteration < MAX_ITERATIONS) {
            iteration++;
            double[] z = new double[rows];
            for (int i = 0; i < rows; i++) {
                if (present[i]) {
                    double d = family.muEta(eta[i]);
                    z[i] = eta[i] + (y[i] - mu[i]) / d;
                    working[i] = prior[i] * d * d / family.variance(mu[i]);
                }
            }
            double[][] xtwx = new double[k][k];
            double[] xtwz = new double[k];
            for (int i = 0; i < rows; i++) {
                if (present[i]) {
                    for (int a = 0; a < k; a++) {
                        double wa = working[i] * x[a][i];
                        xtwz[a] += wa * z[i];
                        for (int b = 0; b <= a; b++) {
                            xtwx[a][b] += wa * x[b][i];
                        }
                    }
                }
            }
            unscaled = SymmetricInverse.of(xtwx);
            double[] beta = SymmetricInverse.times(unscaled, xtwz);
            coefficients = beta;
            for (int i = 0; i < rows; i++) {
                if (present[i]) {
                    double e = 0;
                    for (int a = 0; a < k; a++) {
                        e += x[a][i] * beta[a];
                    }
                    eta[i] = e;
                    mu[i] = family.linkInverse(e);
                }
            }
            double dev = deviance(family, y, mu, prior, present);
            change = Math.abs(dev - devOld) / (Math.abs(dev) + 0.1);
            if (change < EPSILON) {
                converged = true;
                break;
            }
            devOld = dev;
        }
        double[][] estfun = new double[k][rows];
        for (int i = 0; i < rows; i++) {
            if (present[i]) {
                double r = (y[i] - mu[i]) / family.muEta(eta[i]);
                for (int a = 0; a < k; a++) {
                    estfun[a][i] = x[a][i] * r * working[i];
                }
            }
        }
        double df = design.degreesOfFreedom(present) + 1 - k;
        double t = Quantiles.t(1 - (1 - level) / 2, df);
        double[] se = new double[k];
        double[] low = new double[k];
        double[] high = new double[k];
        double[] p = new double[k];
        for (int j = 0; j < k; j++) {
            double[] influence = new double[rows];
            for (int i = 0; i < rows; i++) {
                if (present[i]) {
                    double s = 0;
                    for (int a = 0; a < k; a++) {
                        s += estfun[a][i] * unscaled[a][j];
                    }
                    influence[i] = s;
                }
            }
            se[j] = Math.sqrt(design.variance(influence, present));
            low[j] = coefficients[j] - t * se[j];
            high[j] = coefficients[j] + t * se[j];
            p[j] = PValues.twoSided(coefficients[j] / se[j], df);
        }
        return new Fit(coefficients, se, low, high, p, df, n, iteration, change, converged);
    }

    private static double deviance(GlmFamily family, double[] y, double[] mu, double[] prior, boolean[] present) {
        double dev = 0;
        for (int i = 0; i < y.length; i++) {
            if (present[i]) {
                dev += family.deviance(y[i], mu[i], prior[i]);
            }
        }
        return dev;
    }
}
