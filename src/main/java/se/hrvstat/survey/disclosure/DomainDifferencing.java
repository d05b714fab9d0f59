package se.hrvstat.survey.disclosure;

import java.util.List;

/**
 * Differencing of overlapping domains of survey estimates, and the complementary suppression
 * that stops it.
 *
 * <p>The domains of one indicator and wave overlap: all students are the union of the girls,
 * the boys, the others and those who did not answer; the others are those of year 9 and those of
 * upper-secondary year 2. A {@link Partition} says that a domain (the whole) is the disjoint
 * union of some published domains (the parts) and perhaps a remainder that is not published
 * (the respondents with a missing code). The whole's estimate is the weighted mean of the parts'
 * estimates, so when exactly one member of a partition is hidden - a suppressed part, or a
 * suppressed whole - an intruder recovers it by differencing: with the published n as weights,
 * {@code p_D ~ (n_W p_W - sum_c n_c p_c) / (n_W - sum_c n_c)} ({@link #nWeightedDifference});
 * with the register counts that calibration reproduces (county by grade) the difference is
 * nearly exact, and the denominator n of the hidden part is exact. Example (sample data,
 * {@code sokt_hjalp} 2020): sex=3 (n 20, 22.85 %) minus sex=3 × year 9 (n 12, 10.61 %) gives
 * sex=3 × upper-secondary (n 8, suppressed) as 41.2 % against a true 45.7 %.
 *
 * <p>The rule ({@link #protect}): no partition may have exactly one hidden member. Where one
 * has, the published member with the fewest respondents is suppressed as well (complementary,
 * secondary suppression; ties go to the earlier domain), and the partitions are checked again
 * until none has a single hidden member. The decision never looks at the hidden estimate, so
 * the pattern itself tells nothing about it, and it protects against every weighting an
 * intruder might use. A remainder with respondents counts as hidden (nothing of it is published).
 * This is the secondary suppression of linked tables (Hundepool et al., <i>Statistical
 * Disclosure Control</i>, Wiley 2012, sec. 4.2) applied to domains of a survey: each partition
 * is an additive relation of the weighted totals behind the shares.
 *
 * <p>Pure and stateless; thread safe.
 */
public final class DomainDifferencing {

    private DomainDifferencing() {
    }

    /**
     * A domain (the whole) as the disjoint union of published domains (the parts) and a remainder
     * that is not published; indexes into the caller's domain arrays.
     */
    public record Partition(int whole, int[] parts) {
        public Partition {
            parts = parts.clone();
        }

        @Override
        public int[] parts() {
            return parts.clone();
        }

        /** Respondents of the whole in no published part: {@code n_W - sum_c n_c}, never below 0. */
        long remainder(long[] n) {
            long sum = 0;
            for (int c : parts) {
                sum += n[c];
            }
            return Math.max(0, n[whole] - sum);
        }
    }

    /**
     * The suppression pattern after complementary suppression: {@code suppressed} (primary, by
     * the quality rule) plus the fewest-respondent published member of every partition that
     * would otherwise have exactly one hidden member, repeated until none has.
     *
     * @param n          respondents in each domain's denominator
     * @param suppressed the domains suppressed so far (not changed)
     * @param partitions the partitions between the domains
     * @return a new array: true for every domain to suppress
     */
    public static boolean[] protect(long[] n, boolean[] suppressed, List<Partition> partitions) {
        if (n.length != suppressed.length) {
            throw new IllegalArgumentException("n has " + n.length + " domains, suppressed " + suppressed.length);
        }
        boolean[] hidden = suppressed.clone();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Partition p : partitions) {
                if (hiddenMembers(p, n, hidden) == 1 && p.remainder(n) == 0) {
                    int partner = fewestRespondents(p, n, hidden);
                    if (partner >= 0) {
                        hidden[partner] = true;
                        changed = true;
                    }
                }
            }
        }
        return hidden;
    }

    /** The members of the partition an intruder cannot see: hidden domains and a remainder with respondents. */
    static int hiddenMembers(Partition p, long[] n, boolean[] hidden) {
        int count = hidden[p.whole()] ? 1 : 0;
        for (int c : p.parts) {
            if (hidden[c]) {
                count++;
            }
        }
        return p.remainder(n) > 0 ? count + 1 : count;
    }

    /** The published part with the fewest respondents (the earlier on ties), else the whole if published; -1 if none. */
    private static int fewestRespondents(Partition p, long[] n, boolean[] hidden) {
        int best = -1;
        for (int c : p.parts) {
            if (!hidden[c] && (best < 0 || n[c] < n[best] || (n[c] == n[best] && c < best))) {
                best = c;
            }
        }
        return best >= 0 || hidden[p.whole()] ? best : p.whole();
    }

    /**
     * The intruder's n-weighted difference for the part {@code target} of the partition: the
     * whole's estimate times its n, minus each other part's estimate times its n, divided by the
     * respondents left ({@code n_W - sum of the other parts' n}). Exact where all weights are
     * equal; with a design's weights it is an approximation. NaN where no respondent is left.
     */
    public static double nWeightedDifference(Partition p, long[] n, double[] estimate, int target) {
        double total = n[p.whole()] * estimate[p.whole()];
        long left = n[p.whole()];
        for (int c : p.parts) {
            if (c != target) {
                total -= n[c] * estimate[c];
                left -= n[c];
            }
        }
        return left > 0 ? total / left : Double.NaN;
    }
}
