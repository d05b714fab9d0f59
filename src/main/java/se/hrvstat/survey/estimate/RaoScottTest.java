package se.hrvstat.survey.estimate;

import java.util.TreeSet;
import org.apache.commons.math3.special.Beta;
import se.hrvstat.survey.design.SurveyDesign;

/**
 * The Rao–Scott test of association in a two-way table, R's {@code svychisq(~A + B, design)}
 * with its default {@code statistic = "F"} (R survey 4.x {@code svychisq.survey.design}; Rao &amp;
 * Scott 1984; Lumley 2010, section 6.2): Pearson's X^2 of the weighted table scaled to the N rows
 * of the design, divided by the trace of the design-effect matrix
 * {@code Delta = (C' D^-1 C / N)^-1 C' D^-1 V D^-1 C}, where the columns of C span the interaction
 * contrasts (residuals of the interaction columns of the cell grid on its main effects), D the
 * diagonal of the estimated cell shares and V their design covariance; the statistic is referred
 * to F with {@code d0 = tr(Delta)^2 / tr(Delta^2)} and {@code d0 nu} degrees of freedom, nu = PSUs
 * minus strata of the design (its {@code degf}). Rows where A or B is missing (null) leave the shares and the table
 * but, as in R, still count in N; a level whose rows all miss the other variable stays in the
 * grid of Delta (with share 0) but not in the table of X^2, as in R. Levels are sorted as R's {@code factor()} sorts strings (here:
 * by {@link String#compareTo}, the same for the plain codes of survey data). On a replicate
 * design V comes from the replicates and nu is its {@code degf} ({@code svychisq.svyrep.design}).
 *
 * @param f                the Rao–Scott F statistic
 * @param numeratorDf      d0
 * @param denominatorDf    d0 nu
 * @param p                the upper-tail probability of F
 * @param pearson          Pearson's X^2 of the scaled weighted table
 */
public record RaoScottTest(double f, double numeratorDf, double denominatorDf, double p, double pearson) {

    public static RaoScottTest of(SurveyDesign design, String[] a, String[] b) {
        return of(design, a, b, null);
    }

    /**
     * The test in a domain: R's {@code svychisq(~A + B, subset(design, domain), statistic = "F")}.
     * The levels are those seen in the domain; Pearson's table is scaled to the domain's rows; the
     * denominator degrees of freedom count the domain's PSUs (R's subset keeps each stratum's
     * sampled PSU count for the variance, and drops the other rows).
     *
     * @param domainOrNull the rows of the domain; {@code null} = the whole design
     */
    public static RaoScottTest of(SurveyDesign design, String[] a, String[] b, boolean[] domainOrNull) {
        if (domainOrNull != null) {
            a = inDomain(a, domainOrNull);
            b = inDomain(b, domainOrNull);
        }
        String[] rowLevels = levels(a);
        String[] colLevels = levels(b);
        int nr = rowLevels.length;
        int nc = colLevels.length;
        if (nr < 2 || nc < 2) {
            throw new IllegalArgumentException("a test of association needs two levels or more in each variable, got "
                    + nr + " and " + nc);
        }
        int rows = design.size();
        int cellsCount = nr * nc;
        int[] cell = new int[rows];
        boolean[] present = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            present[i] = a[i] != null && b[i] != null;
            // R's interaction(factor(A), factor(B)): A varies fastest
            cell[i] = present[i] ? index(rowLevels, a[i]) + nr * index(colLevels, b[i]) : -1;
        }
        // the cell shares and their influence values (svymean of the cell indicators, na.rm = TRUE)
        LinearisedStatistic[] means = new LinearisedStatistic[cellsCount];
        double[] share = new double[cellsCount];
        for (int c = 0; c < cellsCount; c++) {
            double[] indicator = new double[rows];
            for (int i = 0; i < rows; i++) {
                indicator[i] = cell[i] == c ? 1 : 0;
            }
            LinearisedStatistic mean = WeightedMean.of(design, indicator, present);
            share[c] = mean.estimate();
            means[c] = mean;
        }
        double[][] v = covariance(design, means, present);
        double n = domainOrNull == null ? rows : count(domainOrNull); // R: nrow(mm) of the (subset) design
        double pearson = pearson(share, nr, nc, n);
        double[][] contrasts = interactionContrasts(nr, nc);
        int q = contrasts[0].length;
        double[][] denom = new double[q][q];
        double[][] numr = new double[q][q];
        for (int s = 0; s < q; s++) {
            for (int t = 0; t < q; t++) {
                double d = 0;
                double m = 0;
                for (int c = 0; c < cellsCount; c++) {
                    double ic = share[c] == 0 ? 0 : 1 / share[c];
                    d += contrasts[c][s] * ic / n * contrasts[c][t];
                    for (int e = 0; e < cellsCount; e++) {
                        double ie = share[e] == 0 ? 0 : 1 / share[e];
                        m += contrasts[c][s] * ic * v[c][e] * ie * contrasts[e][t];
                    }
                }
                denom[s][t] = d;
                numr[s][t] = m;
            }
        }
        double[][] delta = multiply(SymmetricInverse.of(denom), numr);
        double trace = 0;
        double traceSquare = 0;
        for (int s = 0; s < q; s++) {
            trace += delta[s][s];
            for (int t = 0; t < q; t++) {
                traceSquare += delta[s][t] * delta[t][s];
            }
        }
        double d0 = trace * trace / traceSquare;
        double nu = design.degreesOfFreedom(domainOrNull);
        double f = pearson / trace;
        return new RaoScottTest(f, d0, d0 * nu, upperF(f, d0, d0 * nu), pearson);
    }

    private static String[] inDomain(String[] x, boolean[] domain) {
        String[] out = new String[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = domain[i] ? x[i] : null;
        }
        return out;
    }

    private static int count(boolean[] domain) {
        int n = 0;
        for (boolean in : domain) {
            n += in ? 1 : 0;
        }
        return n;
    }

    private static String[] levels(String[] x) {
        TreeSet<String> set = new TreeSet<>();
        for (String s : x) {
            if (s != null) {
                set.add(s);
            }
        }
        return set.toArray(String[]::new);
    }

    private static int index(String[] levels, String value) {
        return java.util.Arrays.binarySearch(levels, value);
    }

    /**
     * The design covariance of every pair of statistics: (V(a + b) - V(a - b)) / 4, V being a
     * quadratic form (Taylor: in the influence values; replicates: in the replicate estimates).
     */
    private static double[][] covariance(SurveyDesign design, LinearisedStatistic[] z, boolean[] present) {
        int k = z.length;
        double[][] v = new double[k][k];
        for (int s = 0; s < k; s++) {
            for (int t = 0; t <= s; t++) {
                double c = s == t ? design.variance(z[s], present)
                        : (design.variance(combination(z[s], z[t], 1), present)
                                - design.variance(combination(z[s], z[t], -1), present)) / 4;
                v[s][t] = c;
                v[t][s] = c;
            }
        }
        return v;
    }

    private static LinearisedStatistic combination(LinearisedStatistic a, LinearisedStatistic b, double sign) {
        double[] za = a.influence();
        double[] zb = b.influence();
        double[] z = new double[za.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = za[i] + sign * zb[i];
        }
        return new LinearisedStatistic(a.estimate() + sign * b.estimate(), z,
                w -> a.valueAt(w) + sign * b.valueAt(w));
    }

    /** Pearson's X^2 of the table of shares scaled to n (R: chisq.test(svytable(..., Ntotal = N))). */
    private static double pearson(double[] share, int nr, int nc, double n) {
        double[] rowSum = new double[nr];
        double[] colSum = new double[nc];
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                rowSum[r] += share[r + nr * c] * n;
                colSum[c] += share[r + nr * c] * n;
            }
        }
        double x2 = 0;
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                if (rowSum[r] == 0 || colSum[c] == 0) {
                    continue; // R's svytable has no level that no row with both values has
                }
                double expected = rowSum[r] * colSum[c] / n;
                double d = share[r + nr * c] * n - expected;
                x2 += d * d / expected;
            }
        }
        return x2;
    }

    /**
     * R's {@code qr.resid(qr(X1), X12[, interactions])} on the grid of cells (row level fastest):
     * the interaction columns of the saturated model, less their projection on the intercept and
     * main effects. [cell][contrast].
     */
    static double[][] interactionContrasts(int nr, int nc) {
        int cells = nr * nc;
        int main = nr + nc - 1;
        double[][] x1 = new double[cells][main];
        double[][] x12 = new double[cells][(nr - 1) * (nc - 1)];
        for (int c = 0; c < cells; c++) {
            int r = c % nr;
            int k = c / nr;
            x1[c][0] = 1;
            if (r > 0) {
                x1[c][r] = 1;
            }
            if (k > 0) {
                x1[c][nr - 1 + k] = 1;
            }
            if (r > 0 && k > 0) {
                x12[c][(r - 1) + (nr - 1) * (k - 1)] = 1;
            }
        }
        double[][] xtx = new double[main][main];
        for (int s = 0; s < main; s++) {
            for (int t = 0; t <= s; t++) {
                for (int c = 0; c < cells; c++) {
                    xtx[s][t] += x1[c][s] * x1[c][t];
                }
            }
        }
        double[][] inverse = SymmetricInverse.of(xtx);
        int q = x12[0].length;
        double[][] out = new double[cells][q];
        for (int j = 0; j < q; j++) {
            double[] xty = new double[main];
            for (int s = 0; s < main; s++) {
                for (int c = 0; c < cells; c++) {
                    xty[s] += x1[c][s] * x12[c][j];
                }
            }
            double[] beta = SymmetricInverse.times(inverse, xty);
            for (int c = 0; c < cells; c++) {
                double fitted = 0;
                for (int s = 0; s < main; s++) {
                    fitted += x1[c][s] * beta[s];
                }
                out[c][j] = x12[c][j] - fitted;
            }
        }
        return out;
    }

    private static double[][] multiply(double[][] x, double[][] y) {
        int n = x.length;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += x[i][k] * y[k][j];
                }
                out[i][j] = s;
            }
        }
        return out;
    }

    /** R's {@code pf(f, d1, d2, lower.tail = FALSE)} = I_{d2 / (d2 + d1 f)}(d2 / 2, d1 / 2), without 1 - F. */
    static double upperF(double f, double d1, double d2) {
        if (Double.isNaN(f) || !(d1 > 0) || !(d2 > 0)) {
            return Double.NaN;
        }
        if (f <= 0) {
            return 1;
        }
        return Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2, 1e-15, Integer.MAX_VALUE);
    }
}
