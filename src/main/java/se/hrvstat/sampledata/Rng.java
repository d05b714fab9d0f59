package se.hrvstat.sampledata;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Deterministic random streams. Each stream is keyed by the seed and a list of labels, so that
 * adding draws in one part of the generator never shifts the draws of another part, and the
 * output does not depend on the JDK's own Gaussian or Poisson algorithms (they are written out
 * here).
 */
final class Rng {

    private final SplittableRandom random;

    private Rng(long key) {
        this.random = new SplittableRandom(key);
    }

    /** A stream for the given seed and labels (labels hashed with a fixed FNV-1a 64 hash). */
    static Rng of(long seed, Object... labels) {
        long h = 0xcbf29ce484222325L ^ mix(seed);
        for (Object label : labels) {
            for (byte b : String.valueOf(label).getBytes(StandardCharsets.UTF_8)) {
                h ^= (b & 0xff);
                h *= 0x100000001b3L;
            }
            h ^= 0x1f; // label separator
            h *= 0x100000001b3L;
        }
        return new Rng(mix(h));
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    double uniform() {
        return random.nextDouble();
    }

    boolean bernoulli(double p) {
        return random.nextDouble() < p;
    }

    /** Uniform integer in [lo, hi] (both inclusive). */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    /** Standard normal by the Box-Muller transform (one value per call, no caching). */
    double gaussian() {
        double u1 = 1.0 - random.nextDouble(); // (0, 1]
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** Poisson: Knuth's product method below 30, rounded normal approximation above. */
    int poisson(double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda < 30) {
            double l = Math.exp(-lambda);
            int k = 0;
            double p = 1.0;
            do {
                k++;
                p *= random.nextDouble();
            } while (p > l);
            return k - 1;
        }
        return Math.max(0, (int) Math.round(lambda + Math.sqrt(lambda) * gaussian()));
    }

    /** Binomial by summing Bernoulli trials (n is small wherever this is used). */
    int binomial(int n, double p) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }

    /** Index drawn with probability proportional to the weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            if (u < acc) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * Simple random sample without replacement of n indices out of N, returned sorted
     * (partial Fisher-Yates shuffle).
     */
    int[] srswor(int populationSize, int n) {
        int[] idx = new int[populationSize];
        for (int i = 0; i < populationSize; i++) {
            idx[i] = i;
        }
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(populationSize - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] out = java.util.Arrays.copyOf(idx, n);
        java.util.Arrays.sort(out);
        return out;
    }
}
