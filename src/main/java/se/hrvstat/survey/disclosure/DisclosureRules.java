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
 * <p><b>What a ".." tells by itself.</b> When zeros are always published ({@code zerosPublished},
 * the default), anyone who reads the footnotes knows that every suppressed cell holds at least
 * one person: {@link #lowestSuppressed()} is 1, and no zero may be suppressed as a secondary cell
 * either (it would make the footnote false). Otherwise a ".." may hide a 0 and the lowest value
 * is 0. The audit takes this as a fact the intruder knows, and the lower end of the protection
 * interval is never asked to go below it: that a ".." holds at least 1 is what the rule says.
 *
 * @param minCount            smallest count published (counts 1 .. minCount-1 are suppressed)
 * @param minPersonsForShare  smallest number of persons a percentage or rate may rest on
 * @param protectionPercent   p of the protection levels above, in percent
 * @param zerosPublished      whether every 0 is published (so a ".." is at least 1)
 */
public record DisclosureRules(int minCount, int minPersonsForShare, double protectionPercent, boolean zerosPublished) {
    public static final DisclosureRules DEFAULT = new DisclosureRules(5, 10, 0, true);

    public DisclosureRules {
        if (minCount < 1 || minPersonsForShare < 0 || protectionPercent < 0 || Double.isNaN(protectionPercent)) {
            throw new IllegalArgumentException("disclosure rules need min-count >= 1, min-persons-share >= 0 and "
                    + "protection-percent >= 0, not " + minCount + ", " + minPersonsForShare + ", " + protectionPercent);
        }
    }

    /** The rules with zeros always published. */
    public DisclosureRules(int minCount, int minPersonsForShare, double protectionPercent) {
        this(minCount, minPersonsForShare, protectionPercent, true);
    }

    /** The least value a suppressed count can hold, as the rule itself tells every reader. */
    public long lowestSuppressed() {
        return zerosPublished ? 1 : 0;
    }

    /** Whether a cell of this value may be suppressed to protect another (a 0 may not when zeros are published). */
    public boolean mayHide(long value) {
        return value >= lowestSuppressed();
    }

    /** The lower end of the protection interval of a sensitive cell of value a. */
    public long protectionLow(long a) {
        return Math.max(lowestSuppressed(), a - lowerProtection(a));
    }

    /** The upper end of the protection interval of a sensitive cell of value a. */
    public long protectionHigh(long a) {
        return a + upperProtection(a);
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
