package se.hrvstat.publish;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import se.hrvstat.result.EstimateRow;

/**
 * Swedish number conventions for publications (DOMAIN.md section 8): decimal comma, a
 * non-breaking space as thousands separator, percentages with one decimal, years not grouped,
 * and the table symbols of the legend. Rounding is half up, as in official statistics tables.
 * Thread safe: every call makes its own formatter.
 */
public final class SwedishFormat {

    /** Swedish locale for reports ({@code REPORT_LOCALE}). */
    public static final Locale LOCALE = Locale.forLanguageTag("sv-SE");
    /** Minus sign of negative numbers: U+2212 MINUS SIGN, not the hyphen (Språkrådet, TNC). */
    public static final char MINUS = '\u2212';
    /** Thousands separator: no-break space U+00A0. */
    public static final char THOUSANDS_SEPARATOR = '\u00A0';
    /** Symbol for a value that is not available, too uncertain or suppressed. */
    public static final String SYMBOL_SUPPRESSED = "..";
    /** Marker appended to an estimate published with a warning (flag {@code uncertain}). */
    public static final String SYMBOL_UNCERTAIN = "*";
    public static final String FLAG_SUPPRESSED = "suppressed";
    public static final String FLAG_UNCERTAIN = "uncertain";

    private SwedishFormat() {
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols s = new DecimalFormatSymbols(Locale.ROOT);
        s.setDecimalSeparator(',');
        s.setGroupingSeparator(THOUSANDS_SEPARATOR);
        s.setMinusSign(MINUS);
        DecimalFormat f = new DecimalFormat(pattern, s);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    /** A share times 100 on its printed decimal value (0.1235 gives exactly 12.35, not 12.349999...). */
    private static BigDecimal decimalPercent(double share) {
        return BigDecimal.valueOf(share).movePointRight(2);
    }

    /** True if the value can be shown: not null, not NaN, not infinite. */
    public static boolean isPresent(Double value) {
        return value != null && Double.isFinite(value);
    }

    /** A share in [0, 1] as percent with one decimal, e.g. 0.1234 gives {@code 12,3}; {@code ..} if missing. */
    public static String percent(Double share) {
        return isPresent(share) ? format("#,##0.0").format(decimalPercent(share)) : SYMBOL_SUPPRESSED;
    }

    /** A difference of shares as percentage points with sign, e.g. -0.012 gives {@code −1,2} (U+2212). */
    public static String percentagePoints(Double shareDifference) {
        if (!isPresent(shareDifference)) {
            return SYMBOL_SUPPRESSED;
        }
        String s = format("#,##0.0").format(decimalPercent(shareDifference));
        return shareDifference * 100.0 >= 0.05 ? "+" + s : s.equals(MINUS + "0,0") ? "0,0" : s;
    }

    /**
     * A confidence level as the labels print it, in percent without needless decimals: 0.95 gives
     * {@code 95}, 0.975 gives {@code 97,5}.
     */
    public static String levelPercent(double level) {
        return BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** An interval of shares as percent, e.g. {@code 11,1–13,6} (en dash); {@code ..} if either end is missing. */
    public static String percentInterval(Double low, Double high) {
        if (!isPresent(low) || !isPresent(high)) {
            return SYMBOL_SUPPRESSED;
        }
        return percent(low) + "\u2013" + percent(high);
    }

    /**
     * A p-value as a table prints it: three decimals, and {@code < 0,001} below 0.001 (never
     * {@code 3.6e-09}); {@code ..} if missing.
     */
    public static String pValue(Double p) {
        return small(p, 3);
    }

    /**
     * A small non-negative number with {@code decimals} decimals, and {@code < 0,001} (for three
     * decimals) when it rounds to 0 but is not 0: never scientific notation; {@code ..} if missing.
     */
    public static String small(Double value, int decimals) {
        if (!isPresent(value)) {
            return SYMBOL_SUPPRESSED;
        }
        BigDecimal smallest = BigDecimal.ONE.movePointLeft(decimals);
        if (value != 0 && Math.abs(value) < smallest.doubleValue()) {
            return "<\u00A0" + decimal(smallest.doubleValue(), decimals);
        }
        return decimal(value, decimals);
    }

    /** A count with thousands separator, e.g. 12345 gives {@code 12 345} (no-break space). */
    public static String integer(long value) {
        return format("#,##0").format(value);
    }

    /** A decimal number with the given number of decimals and Swedish separators. */
    public static String decimal(Double value, int decimals) {
        if (!isPresent(value)) {
            return SYMBOL_SUPPRESSED;
        }
        // through the decimal value the double prints as, so 3.05 rounds half up to 3,1 (the binary
        // double is 3.04999...; rounding it directly would give 3,0 while PX and Excel show 3,1)
        return format(decimals > 0 ? "#,##0." + "0".repeat(decimals) : "#,##0").format(BigDecimal.valueOf(value));
    }

    /** The estimate of a row as shown in a table: percent, {@code ..} if suppressed, {@code *} if uncertain. */
    public static String estimateCell(EstimateRow row) {
        if (FLAG_SUPPRESSED.equals(row.flag()) || !isPresent(row.estimate())) {
            return SYMBOL_SUPPRESSED;
        }
        String s = percent(row.estimate());
        return FLAG_UNCERTAIN.equals(row.flag()) ? s + SYMBOL_UNCERTAIN : s;
    }

    /** The interval of a row as shown in a table; {@code ..} if suppressed or undefined. */
    public static String intervalCell(EstimateRow row) {
        if (FLAG_SUPPRESSED.equals(row.flag())) {
            return SYMBOL_SUPPRESSED;
        }
        return percentInterval(row.ciLow(), row.ciHigh());
    }
}
