package se.hrvstat.survey.disclosure;

/**
 * The threshold rule of the publication and the protection interval the audit demands.
 *
 * <p><b>Primary suppression.</b> A count is sensitive when {@code 1 <= value < minCount} (default
 * 5: counts of 1–4 persons are not published); zero is published. A percentage or rate is not
 * published when it rests on fewer than {@code minPersonsForShare} persons (default 10).
 *
 * <p><b>Protection interval</b> (Hundepool et al., <i>Statistical Disclosure Control</i>, Wiley
 * 2012, ch. 4: a sensitive cell of value {@code a} is protected when its feasibility interval
 * {@code [lo, hi]}, the least and greatest value the cell can take given every published cell and
 * the table relations with all cells {@code >= 0}, contains the protection interval
 * {@code [a - LPL, a + UPL]}). The protection levels are our choice for a threshold rule on counts:
 * <ul>
 * <li>{@code UPL = max(minCount - a, ceil(p·a/100))}: the published figures must allow the cell
 *     to be at or above the threshold, so nobody can establish that it holds a small count;</li>
 * <li>{@code LPL = min(a, max(1, ceil(p·a/100)))}: nor can anybody establish that the cell holds
 *     at least {@code a} persons;</li>
 * <li>every suppressed cell, primary or secondary, has {@code hi - lo >= 1}: no suppressed count
 *     can be derived exactly (counts are integers, so a narrower range pins the value).</li>
 * </ul>
 * {@code p} (percent, default 0) widens the interval for larger cells as the p % rule does for
 * magnitude tables (Hundepool et al. 2012, ch. 4).
 *
 * @param minCount            smallest count published (counts 1 .. minCount-1 are suppressed)
 * @param minPersonsForShare  smallest number of persons a percentage or rate may rest on
 * @param protectionPercent   p of the protection levels above, in percent
 */
public record DisclosureRules(int minCount, int minPersonsForShare, double protectionPercent) {
    public static final DisclosureRules DEFAULT = new DisclosureRules(5, 10, 0);

    public DisclosureRules {
        if (minCount < 1 || minPersonsForShare < 0 || protectionPercent < 0 || Double.isNaN(protectionPercent)) {
            throw new IllegalArgumentException("disclosure rules need min-count >= 1, min-persons-share >= 0 and "
                    + "protection-percent >= 0, not " + minCount + ", " + minPersonsForShare + ", " + protectionPercent);
        }
    }

    /** Whether a count is sensitive (primary suppression). */
    public boolean sensitiveCount(long value) {
        return value >= 1 && value < minCount;
    }

    /** Whether a percentage or rate resting on this many persons may be published. */
    public boolean shareAllowed(long persons) {
        return persons >= minPersonsForShare;
    }

    /** Upper protection level of a sensitive cell of value a. */
    public long upperProtection(long a) {
        return Math.max(minCount - a, (long) Math.ceil(protectionPercent * a / 100.0));
    }

    /** Lower protection level of a sensitive cell of value a. */
    public long lowerProtection(long a) {
        return Math.min(a, Math.max(1, (long) Math.ceil(protectionPercent * a / 100.0)));
    }
}
