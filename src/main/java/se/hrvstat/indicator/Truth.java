package se.hrvstat.indicator;

/**
 * Kleene's three truth values as bytes ordered false &lt; unknown &lt; true, so that
 * {@code and} is the minimum, {@code or} the maximum and {@code not} the mirror image
 * (Kleene 1952, strong three-valued logic). Kept as bytes so evaluation never boxes.
 */
final class Truth {

    static final byte FALSE = 0;
    static final byte UNKNOWN = 1;
    static final byte TRUE = 2;

    private Truth() {
    }

    static byte not(byte a) {
        return (byte) (TRUE - a);
    }

    static byte and(byte a, byte b) {
        return a < b ? a : b;
    }

    static byte or(byte a, byte b) {
        return a > b ? a : b;
    }

    /** An item: 1 is true, 2 is false, anything else (8, 9, empty) is unknown. */
    static byte ofItem(int code) {
        return code == Codes.YES ? TRUE : code == Codes.NO ? FALSE : UNKNOWN;
    }

    /** The indicator value: 1.0 true, 0.0 false, NaN unknown. */
    static double toDouble(byte t) {
        return t == TRUE ? 1.0 : t == FALSE ? 0.0 : Double.NaN;
    }
}
