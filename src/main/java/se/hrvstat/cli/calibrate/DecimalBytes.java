package se.hrvstat.cli.calibrate;

/**
 * The common case of a number cell parsed straight from its bytes: an optional sign, digits and
 * an optional decimal point, at most 22 decimals and a mantissa of at most 2^53. Then the
 * mantissa and 10^decimals are both exact doubles and one division rounds correctly, so the
 * result is exactly {@link Double#parseDouble}'s (Clinger 1990, "How to read floating point
 * numbers accurately", the fast path). Anything else gives NaN, for the caller to parse the text.
 */
final class DecimalBytes {
    private static final double[] POWERS = new double[23];
    private static final long MAX_EXACT = 1L << 53;

    static {
        double p = 1;
        for (int k = 0; k < POWERS.length; k++) {
            POWERS[k] = p;
            p *= 10;
        }
    }

    private DecimalBytes() {
    }

    /** The number in {@code b[from, to)}, or NaN if it is not of the simple form. */
    static double parse(byte[] b, int from, int to) {
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
            } else if (c == '.' && decimals < 0) {
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
}
