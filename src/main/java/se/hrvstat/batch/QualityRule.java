package se.hrvstat.batch;

import se.hrvstat.publish.EstimateRow;
import se.hrvstat.survey.estimate.Estimate;

/**
 * The publication rule for survey estimates: fewer than {@code minPublished} respondents in the
 * denominator - suppressed (nothing but n published); fewer than {@code minReliable}, or a
 * relative standard error above {@code maxRse} - published with the flag {@code uncertain}.
 */
record QualityRule(int minPublished, int minReliable, double maxRse) {
    static final String SUPPRESSED = "suppressed";
    static final String UNCERTAIN = "uncertain";

    EstimateRow apply(String indicator, int wave, String domain, Estimate e) {
        if (e.n() < minPublished) {
            return new EstimateRow(indicator, wave, domain, null, null, null, null, null, e.n(), SUPPRESSED);
        }
        boolean uncertain = e.n() < minReliable || (e.estimate() > 0 && e.se() / e.estimate() > maxRse);
        return new EstimateRow(indicator, wave, domain, e.estimate(), e.se(), finite(e.ciLow()), finite(e.ciHigh()),
                finite(e.deff()), e.n(), uncertain ? UNCERTAIN : "");
    }

    EstimateRow change(EstimateRow now, EstimateRow before, double z) {
        String name = now.indicator() + ":change";
        if (SUPPRESSED.equals(now.flag()) || SUPPRESSED.equals(before.flag())) {
            return new EstimateRow(name, now.wave(), now.domain(), null, null, null, null, null, now.n(), SUPPRESSED);
        }
        double change = now.estimate() - before.estimate();
        double se = Math.sqrt(now.se() * now.se() + before.se() * before.se());
        boolean uncertain = UNCERTAIN.equals(now.flag()) || UNCERTAIN.equals(before.flag());
        return new EstimateRow(name, now.wave(), now.domain(), change, se, change - z * se, change + z * se, null,
                now.n(), uncertain ? UNCERTAIN : "");
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
