package se.hrvstat.survey.disclosure;

/**
 * The feasibility interval of one suppressed cell and whether it protects the cell.
 *
 * @param cell       index in the {@link CellSystem}
 * @param key        the cell's key
 * @param value      its true value
 * @param primary    whether it is sensitive itself
 * @param low        least whole value the cell can take given the published cells and the rule
 * @param high       greatest value; {@code +Infinity} when nothing published bounds it
 * @param needLow    the protection interval's lower end: {@code low} must not exceed it
 * @param needHigh   the protection interval's upper end: {@code high} must reach it
 */
public record CellRange(int cell, String key, long value, boolean primary, double low, double high, double needLow,
                        double needHigh) {
    /** Tolerance for the simplex solution of integer data. */
    static final double EPS = 1e-6;

    /**
     * Protected when the range is at least 1 wide (not derivable) and, for a primary cell, covers
     * the protection interval (see {@link DisclosureRules}).
     */
    public boolean isProtected() {
        return high - low >= 1 - EPS && low <= needLow + EPS && high >= needHigh - EPS;
    }

    /** Whether the published tables give the cell's value exactly. */
    public boolean isPinned() {
        return high - low < 1 - EPS;
    }

    @Override
    public String toString() {
        return key + " (" + (primary ? "primär" : "sekundär") + ") kan härledas till [" + fmt(low) + ", " + fmt(high)
                + "]" + (primary ? ", skyddsintervallet är [" + fmt(needLow) + ", " + fmt(needHigh) + "]" : "");
    }

    private static String fmt(double x) {
        return Double.isInfinite(x) ? "∞" : Long.toString(Math.round(x));
    }
}
