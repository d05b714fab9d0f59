package se.hrvstat.cli.estimate;

/**
 * Parses a number cell from a character slice. Plain decimals of at most 15 significant digits
 * and at most 22 decimals take an exact fast path ({@code m / 10^k} with m and 10^k exact doubles,
 * one correctly rounded division, so the result equals {@link Double#parseDouble}); anything else
 * goes through {@link Double#parseDouble}. Empty and {@code NA} are missing (NaN).
 */
final class NumberCell {
    private static final double[] POWERS = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private NumberCell() {
    }

    static boolean isMissing(char[] c, int length) {
        if (length > 0 && c[0] > ' ' && c[0] < 0x80 && c[0] != 'N' && c[length - 1] > ' ' && c[length - 1] < 0x80) {
            return false; // fast path: printable ASCII at both ends (no white space there) and not NA
        }
        int start = 0;
        int end = length;
        while (start < end && Character.isWhitespace(c[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(c[end - 1])) {
            end--;
        }
        return start == end || (end - start == 2 && c[start] == 'N' && c[start + 1] == 'A');
    }

    /** @throws NumberFormatException if the cell is not a number */
    static double parse(char[] c, int length) {
        if (isMissing(c, length)) {
            return Double.NaN;
        }
        int i = 0;
        boolean negative = false;
        if (c[0] == '-' || c[0] == '+') {
            negative = c[0] == '-';
            i = 1;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = 0;
        boolean point = false;
        boolean plain = i < length;
        for (; i < length && plain; i++) {
            char ch = c[i];
            if (ch >= '0' && ch <= '9') {
                if (mantissa != 0 || ch != '0') {
                    digits++;
                }
                mantissa = mantissa * 10 + (ch - '0');
                if (point) {
                    decimals++;
                }
                plain = digits <= 15 && decimals <= 22;
            } else if (ch == '.' && !point) {
                point = true;
            } else {
                plain = false;
            }
        }
        if (plain && (length > (negative || c[0] == '+' ? 1 : 0)) && !(point && length == 1)) {
            double v = decimals == 0 ? mantissa : mantissa / POWERS[decimals];
            return negative ? -v : v;
        }
        return Double.parseDouble(new String(c, 0, length).trim());
    }
}
