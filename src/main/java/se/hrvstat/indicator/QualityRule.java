package se.hrvstat.indicator;

import java.util.List;

import se.hrvstat.result.EstimateRow;
import se.hrvstat.survey.estimate.Difference;
import se.hrvstat.survey.estimate.Estimate;

/**
 * The publication rule for survey estimates: fewer than {@code minPublished} respondents in the
 * denominator (so also a domain with fewer respondents than that) - suppressed (nothing but n
 * published; for an indicator whose denominator is a sensitive group not even n); fewer than {@code minReliable}, or a relative standard error above {@code maxRse} -
 * published with the flag {@code uncertain}. Changes and trends inherit the flags of the wave
 * estimates they are computed from: suppressed if any is suppressed, else uncertain if any is;
 * so do the differences between two groups of a wave ({@code :diff}), so that no difference is
 * published beside a suppressed group (it would give the group away from the other's estimate).
 */
public record QualityRule(int minPublished, int minReliable, double maxRse) {
    public static final String SUPPRESSED = "suppressed";
    public static final String UNCERTAIN = "uncertain";
    public static final String CHANGE = ":change";
    public static final String TREND = ":trend";
    public static final String DIFF = ":diff";
    /** A trend needs this many waves (with two it would only repeat the change). */
    public static final int MIN_TREND_WAVES = 3;

    public EstimateRow apply(String indicator, int wave, String domain, Estimate e) {
        if (e.n() < minPublished) {
            return suppressed(indicator, wave, domain, e.n());
        }
        boolean uncertain = e.n() < minReliable || (e.estimate() > 0 && e.se() / e.estimate() > maxRse);
        return new EstimateRow(indicator, wave, domain, e.estimate(), e.se(), finite(e.ciLow()), finite(e.ciHigh()),
                finite(e.deff()), e.n(), uncertain ? UNCERTAIN : "");
    }

    /**
     * The change since the previous wave ({@link Trend#change}): the row's interval is that of the
     * two-sided z-test at the same level, so the change is significant when it excludes 0.
     */
    public EstimateRow change(EstimateRow now, EstimateRow before, double level) {
        String name = now.indicator() + CHANGE;
        if (SUPPRESSED.equals(now.flag()) || SUPPRESSED.equals(before.flag())) {
            return suppressed(name, now.wave(), now.domain(), now.n());
        }
        Trend.Result c = Trend.change(now.estimate(), now.se(), before.estimate(), before.se(), level);
        boolean uncertain = UNCERTAIN.equals(now.flag()) || UNCERTAIN.equals(before.flag());
        return new EstimateRow(name, now.wave(), now.domain(), c.estimate(), c.se(), c.ciLow(), c.ciHigh(), null,
                now.n(), uncertain ? UNCERTAIN : "", c.pValue());
    }

    /**
     * The linear trend per year over the given wave estimates of one domain, in wave order
     * ({@link Trend#linear}); n is the respondents of all those waves. Null (no row) with fewer
     * than {@link #MIN_TREND_WAVES} waves or where a wave's standard error is 0 (an estimate of 0
     * or 1 gives the weighted least squares nothing to weigh).
     */
    public EstimateRow trend(List<EstimateRow> waves, double level) {
        if (waves.size() < MIN_TREND_WAVES) {
            return null;
        }
        EstimateRow last = waves.get(waves.size() - 1);
        String name = last.indicator() + TREND;
        long n = waves.stream().mapToLong(EstimateRow::n).sum();
        if (waves.stream().anyMatch(w -> SUPPRESSED.equals(w.flag()))) {
            return suppressed(name, last.wave(), last.domain(), n);
        }
        if (waves.stream().anyMatch(w -> !(w.se() > 0))) {
            return null;
        }
        double[] x = waves.stream().mapToDouble(EstimateRow::wave).toArray();
        double[] y = waves.stream().mapToDouble(EstimateRow::estimate).toArray();
        double[] se = waves.stream().mapToDouble(EstimateRow::se).toArray();
        Trend.Result t = Trend.linear(x, y, se, level);
        boolean uncertain = waves.stream().anyMatch(w -> UNCERTAIN.equals(w.flag()));
        return new EstimateRow(name, last.wave(), last.domain(), t.estimate(), t.se(), t.ciLow(), t.ciHigh(), null, n,
                uncertain ? UNCERTAIN : "", t.pValue());
    }

    /**
     * The difference group 1 minus group 2 of one wave ({@code :diff}, domain {@code A-B}, CLI.md)
     * from the published rows of the two groups and the design-based difference {@code d} (joint
     * linearisation, {@link se.hrvstat.survey.estimate.GroupDifferences}); n is the respondents
     * of both groups. Suppressed if either group is suppressed (also by complementary
     * suppression), uncertain if either is uncertain.
     */
    public EstimateRow difference(EstimateRow group1, EstimateRow group2, Difference d) {
        String name = group1.indicator() + DIFF;
        String domain = group1.domain() + "-" + group2.domain();
        long n = group1.n() + group2.n();
        if (SUPPRESSED.equals(group1.flag()) || SUPPRESSED.equals(group2.flag()) || !Double.isFinite(d.se())) {
            return suppressed(name, group1.wave(), domain, n);
        }
        boolean uncertain = UNCERTAIN.equals(group1.flag()) || UNCERTAIN.equals(group2.flag());
        return new EstimateRow(name, group1.wave(), domain, d.estimate(), d.se(), finite(d.ciLow()), finite(d.ciHigh()),
                null, n, uncertain ? UNCERTAIN : "", finite(d.p()));
    }

    /**
     * The row suppressed to protect another (complementary suppression, {@link
     * se.hrvstat.survey.disclosure.DomainDifferencing}): nothing but n, flag {@code suppressed}.
     */
    public EstimateRow complementary(EstimateRow row) {
        return suppressed(row.indicator(), row.wave(), row.domain(), row.n());
    }

    /**
     * The row as published where its denominator counts a sensitive group ({@link
     * Indicator#countsAnswerGroup()}, e.g. the respondents exposed to violence): a suppressed
     * row loses its n too, since that n is a count below the threshold of the very group the
     * suppression protects (and a change or trend row's n repeats or sums such counts).
     * Published rows keep their n, which is at least {@code minPublished}.
     */
    public EstimateRow withSensitiveCount(EstimateRow row) {
        if (!SUPPRESSED.equals(row.flag())) {
            return row;
        }
        return new EstimateRow(row.indicator(), row.wave(), row.domain(), null, null, null, null, null, null,
                SUPPRESSED);
    }

    private static EstimateRow suppressed(String indicator, int wave, String domain, long n) {
        return new EstimateRow(indicator, wave, domain, null, null, null, null, null, n, SUPPRESSED);
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
