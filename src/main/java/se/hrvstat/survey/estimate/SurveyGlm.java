package se.hrvstat.survey.estimate;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import se.hrvstat.survey.design.DesignStatistic;
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
 * p-values {@code 2 pt(-|b / se|, df)} ({@code summary.svyglm}). On a replicate design the
 * variance is that of the coefficients refitted at each replicate's weights (svyglm.svyrep.design).
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
        return fit(design, y, x, family, level, null);
    }

    /**
     * The fit in a domain: R's {@code svyglm(formula, subset(design, domain), family)}. The subset
     * keeps the design's strata and sampled PSU counts, so the variance is that of a domain
     * estimator; its degrees of freedom count the domain's PSUs ({@code degf} of the subset).
     *
     * @param domainOrNull the rows of the domain; {@code null} = the whole design
     */
    public static Fit fit(SurveyDesign design, double[] y, double[][] x, GlmFamily family, double level,
                          boolean[] domainOrNull) {
        int rows = design.size();
        int k = x.length;
        boolean[] present = new boolean[rows];
        double weightSum = 0;
        int domainRows = 0;
        long n = 0;
        for (int i = 0; i < rows; i++) {
            if (domainOrNull != null && !domainOrNull[i]) {
                continue;
            }
            boolean ok = !Double.isNaN(y[i]);
            for (double[] column : x) {
                ok &= !Double.isNaN(column[i]);
            }
            present[i] = ok;
            weightSum += design.weight(i);
            domainRows++;
            if (ok) {
                n++;
            }
        }
        double meanWeight = weightSum / domainRows; // svyglm: prior weights over all rows of the (subset) design
        double[] prior = new double[rows];
        for (int i = 0; i < rows; i++) {
            prior[i] = present[i] ? design.weight(i) / meanWeight : 0;
        }
        Irls full = Irls.run(family, y, x, prior, present, null);
        // summary.svyglm's df.residual: degf of the design without the rows with a missing value
        // (svyglm.survey.design drops them first); svyglm.svyrep.design takes degf before it drops them
        double df = (design.isReplicateDesign() ? design.degreesOfFreedom(domainOrNull)
                : design.degreesOfFreedom(present)) + 1 - k;
        double t = Quantiles.t(1 - (1 - level) / 2, df);
        double[] se = design.isReplicateDesign()
                ? replicateSe(design, family, y, x, present, full)
                : sandwichSe(design, family, y, x, present, full);
        double[] low = new double[k];
        double[] high = new double[k];
        double[] p = new double[k];
        for (int j = 0; j < k; j++) {
            low[j] = full.beta[j] - t * se[j];
            high[j] = full.beta[j] + t * se[j];
            p[j] = PValues.twoSided(full.beta[j] / se[j], df);
        }
        return new Fit(full.beta, se, low, high, p, df, n, full.iterations, full.change, full.converged);
    }

    /** svy.varcoef: the design variance of the influence values estfun A^-1, column by column. */
    private static double[] sandwichSe(SurveyDesign design, GlmFamily family, double[] y, double[][] x,
                                       boolean[] present, Irls fit) {
        int rows = y.length;
        int k = x.length;
        double[][] estfun = new double[k][rows];
        for (int i = 0; i < rows; i++) {
            if (present[i]) {
                double r = (y[i] - fit.mu[i]) / family.muEta(fit.eta[i]);
                for (int a = 0; a < k; a++) {
                    estfun[a][i] = x[a][i] * r * fit.working[i];
                }
            }
        }
        double[] se = new double[k];
        for (int j = 0; j < k; j++) {
            double[] influence = new double[rows];
            for (int i = 0; i < rows; i++) {
                if (present[i]) {
                    double s = 0;
                    for (int a = 0; a < k; a++) {
                        s += estfun[a][i] * fit.unscaled[a][j];
                    }
                    influence[i] = s;
                }
            }
            se[j] = Math.sqrt(design.variance(influence, present));
        }
        return se;
    }

    /**
     * svyglm.svyrep.design: each replicate refitted by glm.fit with prior weights w_r / sum(w_r)
     * over the rows used, starting from the full-sample coefficients; the variance is svrVar of
     * the replicate coefficients. One refit per replicate serves every coefficient.
     */
    private static double[] replicateSe(SurveyDesign design, GlmFamily family, double[] y, double[][] x,
                                        boolean[] present, Irls full) {
        int k = x.length;
        Map<double[], double[]> refits = new IdentityHashMap<>();
        Function<double[], double[]> refit = w -> refits.computeIfAbsent(w, weights -> {
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                if (present[i]) {
                    sum += weights[i];
                }
            }
            double[] prior = new double[weights.length];
            for (int i = 0; i < weights.length; i++) {
                prior[i] = present[i] ? weights[i] / sum : 0;
            }
            return Irls.run(family, y, x, prior, present, full.beta).beta;
        });
        double[] se = new double[k];
        for (int j = 0; j < k; j++) {
            int term = j;
            double estimate = full.beta[j];
            se[j] = Math.sqrt(design.variance(new DesignStatistic() {
                @Override
                public double estimate() {
                    return estimate;
                }

                @Override
                public double[] influence() {
                    throw new UnsupportedOperationException("replicate designs only");
                }

                @Override
                public double valueAt(double[] weights) {
                    return refit.apply(weights)[term];
                }
            }, present));
        }
        return se;
    }

    /** R's glm.fit IRLS: the state after the last iteration. */
    private static final class Irls {
        double[] beta;
        double[] eta;
        double[] mu;
        /** working weights of the last iteration (glm's $weights). */
        double[] working;
        /** (X' W X)^-1 of the last weighted least-squares fit. */
        double[][] unscaled;
        int iterations;
        double change = Double.NaN;
        boolean converged;

        static Irls run(GlmFamily family, double[] y, double[][] x, double[] prior, boolean[] present, double[] start) {
            int rows = y.length;
            int k = x.length;
            Irls f = new Irls();
            f.eta = new double[rows];
            f.mu = new double[rows];
            f.working = new double[rows];
            for (int i = 0; i < rows; i++) {
                if (present[i]) {
                    if (start == null) {
                        f.eta[i] = family.link(family.start(y[i], prior[i]));
                    } else {
                        double e = 0;
                        for (int a = 0; a < k; a++) {
                            e += x[a][i] * start[a];
                        }
                        f.eta[i] = e;
                    }
                    f.mu[i] = family.linkInverse(f.eta[i]);
                }
            }
            double devOld = deviance(family, y, f.mu, prior, present);
            while (f.iterations < MAX_ITERATIONS) {
                f.iterations++;
                double[] z = new double[rows];
                for (int i = 0; i < rows; i++) {
                    if (present[i]) {
                        double d = family.muEta(f.eta[i]);
                        z[i] = f.eta[i] + (y[i] - f.mu[i]) / d;
                        f.working[i] = prior[i] * d * d / family.variance(f.mu[i]);
                    }
                }
                double[][] xtwx = new double[k][k];
                double[] xtwz = new double[k];
                for (int i = 0; i < rows; i++) {
                    if (present[i] && f.working[i] != 0) {
                        for (int a = 0; a < k; a++) {
                            double wa = f.working[i] * x[a][i];
                            xtwz[a] += wa * z[i];
                            for (int b = 0; b <= a; b++) {
                                xtwx[a][b] += wa * x[b][i];
                            }
                        }
                    }
                }
                f.unscaled = SymmetricInverse.of(xtwx);
                f.beta = SymmetricInverse.times(f.unscaled, xtwz);
                for (int i = 0; i < rows; i++) {
                    if (present[i]) {
                        double e = 0;
                        for (int a = 0; a < k; a++) {
                            e += x[a][i] * f.beta[a];
                        }
                        f.eta[i] = e;
                        f.mu[i] = family.linkInverse(e);
                    }
                }
                double dev = deviance(family, y, f.mu, prior, present);
                f.change = Math.abs(dev - devOld) / (Math.abs(dev) + 0.1);
                if (f.change < EPSILON) {
                    f.converged = true;
                    break;
                }
                devOld = dev;
            }
            return f;
        }
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
