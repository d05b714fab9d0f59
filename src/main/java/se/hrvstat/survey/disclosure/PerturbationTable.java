package se.hrvstat.survey.disclosure;

import java.util.Arrays;

/**
 * The perturbation table (ptable) of the Cell Key Method: for each original count i the
 * probabilities of publishing i + d, d in [-D, D], as in the R packages {@code ptable} and
 * {@code cellKey} (Giessing, <i>Computational Issues in the Design of Transition Probabilities
 * and Disclosure Risk Estimation for Additive Noise</i>, PSD 2016; Enderle, Giessing and Tent,
 * <i>Designing confidentiality on the fly: a cell key method</i>, 2018).
 *
 * <p>Rows i = 0 .. D + 1; a count above D + 1 uses row D + 1 (its deviations do not depend on i
 * once i - D is above the smallest value allowed). Properties:
 * <ul>
 * <li>0 stays 0 (row 0 is {0: 1}): a zero is never removed;</li>
 * <li>a positive count stays positive (no i + d below 1): a zero is never created, so a
 *     published 0 is a true 0 and a published 1 may be a true 1, 2, ... (D + 1);</li>
 * <li>|d| &le; D; each row sums to 1 and its mean deviation is 0 (unbiased);</li>
 * <li>variance of d = V where the row's support allows it; rows near zero, whose support
 *     [max(1, i - D), i + D] is cut on the left, get at most half of the largest variance an
 *     unbiased distribution on that support can have ((i - lo)(hi - i), all mass on the ends),
 *     so every value of the support keeps a positive probability;</li>
 * <li>within those constraints, the distribution of maximum entropy:
 *     p(d) proportional to exp(a d + b d^2), a and b found by Newton's method on the moment
 *     equations (the Jacobian is the covariance of d and d^2), as ptable's maximum-entropy
 *     approach.</li>
 * </ul>
 * Lookup ({@link #deviation}): the row's deviations in ascending order partition [0, 1) into
 * intervals of their probabilities; a cell key k gets the deviation whose interval contains k.
 * Immutable and thread safe.
 */
public final class PerturbationTable {
    private static final int MAX_NEWTON = 200;
    private static final double TOLERANCE = 1e-13;

    private final int maxDeviation;
    private final double variance;
    private final double[][] probability;

    private PerturbationTable(int maxDeviation, double variance, double[][] probability) {
        this.maxDeviation = maxDeviation;
        this.variance = variance;
        this.probability = probability;
    }

    /**
     * The maximum-entropy table with maximum deviation {@code d} and variance {@code v}.
     *
     * @throws IllegalArgumentException unless d &ge; 1 and 0 &lt; v &lt; d^2 (the variance of a
     *                                  deviation bounded by d is below d^2)
     */
    public static PerturbationTable maximumEntropy(int d, double v) {
        if (d < 1 || !(v > 0) || v >= (double) d * d) {
            throw new IllegalArgumentException("need D >= 1 and 0 < V < D^2, got D = " + d + ", V = " + v);
        }
        double[][] p = new double[d + 2][];
        p[0] = new double[2 * d + 1];
        p[0][d] = 1.0;
        for (int i = 1; i <= d + 1; i++) {
            p[i] = row(i, d, v);
        }
        return new PerturbationTable(d, v, p);
    }

    /** One row: probabilities of deviations -D .. D (index dev + D), 0 outside [max(1, i - D), i + D]. */
    private static double[] row(int i, int d, double v) {
        int lo = Math.max(1, i - d) - i;
        int hi = d;
        double[] p = new double[2 * d + 1];
        if (lo == 0) {
            // only deviations >= 0 and mean 0: the count is published as it is
            p[d] = 1.0;
            return p;
        }
        double target = lo == -d ? v : Math.min(v, 0.5 * (-lo) * hi);
        double a = 0;
        double b = 0;
        for (int it = 0; it < MAX_NEWTON; it++) {
            fill(p, lo, hi, d, a, b);
            double m1 = moment(p, d, 1);
            double m2 = moment(p, d, 2);
            double m3 = moment(p, d, 3);
            double m4 = moment(p, d, 4);
            double r1 = -m1;
            double r2 = target - m2;
            if (Math.abs(r1) < TOLERANCE && Math.abs(r2) < TOLERANCE) {
                return p;
            }
            // Jacobian of (E d, E d^2) in (a, b): [[Var d, Cov(d, d^2)], [Cov(d, d^2), Var d^2]]
            double j11 = m2 - m1 * m1;
            double j12 = m3 - m1 * m2;
            double j22 = m4 - m2 * m2;
            double det = j11 * j22 - j12 * j12;
            a += (j22 * r1 - j12 * r2) / det;
            b += (j11 * r2 - j12 * r1) / det;
        }
        throw new IllegalStateException("ptable row " + i + " (D = " + d + ", V = " + v + ") did not converge");
    }

    private static void fill(double[] p, int lo, int hi, int d, double a, double b) {
        Arrays.fill(p, 0.0);
        double max = Double.NEGATIVE_INFINITY;
        for (int dev = lo; dev <= hi; dev++) {
            max = Math.max(max, a * dev + b * dev * dev);
        }
        double sum = 0;
        for (int dev = lo; dev <= hi; dev++) {
            p[dev + d] = Math.exp(a * dev + b * dev * dev - max);
            sum += p[dev + d];
        }
        for (int dev = lo; dev <= hi; dev++) {
            p[dev + d] /= sum;
        }
    }

    private static double moment(double[] p, int d, int power) {
        double m = 0;
        for (int k = 0; k < p.length; k++) {
            m += p[k] * Math.pow(k - d, power);
        }
        return m;
    }

    public int maxDeviation() {
        return maxDeviation;
    }

    public double variance() {
        return variance;
    }

    /** Rows 0 .. D + 1. */
    public int rows() {
        return probability.length;
    }

    /** P(deviation = dev) for a count of {@code count} (rows beyond D + 1 as row D + 1). */
    public double probability(long count, int dev) {
        if (Math.abs(dev) > maxDeviation) {
            return 0.0;
        }
        return probability[rowOf(count)][dev + maxDeviation];
    }

    /**
     * The deviation of a count with cell key {@code key} in [0, 1): the deviation whose
     * cumulative-probability interval [F(dev - 1), F(dev)) contains the key, deviations ascending.
     */
    public int deviation(long count, double key) {
        if (!(key >= 0 && key < 1)) {
            throw new IllegalArgumentException("a cell key is in [0, 1), got " + key);
        }
        double[] p = probability[rowOf(count)];
        double cumulative = 0;
        int last = 0;
        for (int k = 0; k < p.length; k++) {
            if (p[k] > 0) {
                cumulative += p[k];
                last = k;
                if (key < cumulative) {
                    return k - maxDeviation;
                }
            }
        }
        return last - maxDeviation;
    }

    /** The published value: count + its deviation. */
    public long perturb(long count, double key) {
        return count + deviation(count, key);
    }

    private int rowOf(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count is >= 0, got " + count);
        }
        return (int) Math.min(count, probability.length - 1);
    }
}
