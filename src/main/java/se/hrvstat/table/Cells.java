package se.hrvstat.table;

import java.nio.charset.Charset;

/**
 * What a cell means. A cell is missing when it is empty or {@code NA} once white space
 * ({@link Character#isWhitespace}) is taken off both ends, as R's {@code read.csv} reads
 * {@code na.strings = "NA"} and empty fields. A number cell is read as {@link Double#parseDouble}
 * reads it (the decimal mark of the format taken as a point); the common plain decimal is parsed
 * straight from its bytes with the same result ({@link #plainDecimal}).
 */
final class Cells {
    private static final double[] POWERS = new double[23];
    private static final long MAX_EXACT = 1L << 53;

    static {
        double p = 1;
        for (int k = 0; k < POWERS.length; k++) {
            POWERS[k] = p;
            p *= 10;
        }
    }

    private Cells() {
    }

    static boolean isMissing(String cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && Character.isWhitespace(cell.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(cell.charAt(end - 1))) {
            end--;
        }
        return start == end || (end - start == 2 && cell.charAt(start) == 'N' && cell.charAt(start + 1) == 'A');
    }

    /** {@link #isMissing(String)} of the bytes {@code b[from, to)}, decoding only non-ASCII ends. */
    static boolean isMissing(byte[] b, int from, int to, Charset charset) {
        while (from < to && b[from] >= 0 && Character.isWhitespace(b[from])) {
            from++;
        }
        while (to > from && b[to - 1] >= 0 && Character.isWhitespace(b[to - 1])) {
            to--;
        }
        if (from == to) {
            return true;
        }
        if (b[from] < 0 || b[to - 1] < 0) {
            return isMissing(new String(b, from, to - from, charset)); // white space beyond ASCII?
        }
        return to - from == 2 && b[from] == 'N' && b[from + 1] == 'A';
    }

    /**
     * The number in {@code b[from, to)} if it is a plain decimal (optional sign, digits, at most
     * one decimal mark, at most 22 decimals, a mantissa of at most 2^53), else NaN for the caller
     * to parse the text. Mantissa and 10^decimals are then exact doubles and one division rounds
     * correctly, so the result is exactly {@link Double#parseDouble}'s (Clinger 1990, "How to read
     * floating point numbers accurately", the fast path).
     */
    static double plainDecimal(byte[] b, int from, int to, char decimalMark) {
        int p = from;
        boolean negative = false;
        if (p < to && (b[p] == '-' || b[p] == '+')) {
            negative = b[p] == '-';
            p++;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (; p < to; p++) {
            int c = b[p];
            if (c >= '0' && c <= '9') {
                if (++digits > 18) {
                    return Double.NaN;
                }
                mantissa = mantissa * 10 + (c - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == decimalMark && decimals < 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || mantissa > MAX_EXACT || decimals >= POWERS.length) {
            return Double.NaN;
        }
        double v = decimals > 0 ? mantissa / POWERS[decimals] : mantissa;
        return negative ? -v : v;
    }

    /**
     * A number cell's text that is not a plain decimal: NaN if missing, else as
     * {@link Double#parseDouble} (exponents, long mantissas, blanks around it).
     *
     * @throws NumberFormatException if it is not a number
     */
    static double number(String text, char decimalMark) {
        if (isMissing(text)) {
            return Double.NaN;
        }
        String t = text.trim();
        return Double.parseDouble(decimalMark == '.' ? t : t.replace(decimalMark, '.'));
    }
}
