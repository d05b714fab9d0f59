package se.hrvstat.sampledata;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard indicator catalogue of EXCHANGE.md 1.4, evaluated with Kleene three-valued logic,
 * used only to compute the known truth of the generated population. (The pipeline's own catalogue
 * and expression language live in {@code se.hrvstat.indicator}; this is an independent
 * implementation so that the two can be checked against each other.)
 *
 * <p>Values: {@link #TRUE}, {@link #FALSE}, {@link #UNKNOWN}. An item coded 1 is true, 2 false,
 * 8, 9 and empty (not asked) unknown.
 */
final class TruthIndicators {

    static final byte FALSE = 0;
    static final byte TRUE = 1;
    static final byte UNKNOWN = 2;

    static final List<String> NAMES;

    static {
        List<String> n = new ArrayList<>(List.of("hedersnormer", "begransningar", "hedersvald", "oro_tvang",
                "oro_bortforande", "sokt_hjalp", "vet_hjalp"));
        for (int i = 1; i <= 16; i++) {
            n.add(String.format("q%02d", i));
        }
        NAMES = List.copyOf(n);
    }

    static byte item(int code) {
        return code == 1 ? TRUE : code == 2 ? FALSE : UNKNOWN;
    }

    static byte and(byte a, byte b) {
        if (a == FALSE || b == FALSE) {
            return FALSE;
        }
        return a == TRUE && b == TRUE ? TRUE : UNKNOWN;
    }

    static byte or(byte a, byte b) {
        if (a == TRUE || b == TRUE) {
            return TRUE;
        }
        return a == FALSE && b == FALSE ? FALSE : UNKNOWN;
    }

    /** True when at least k are true, false when more than n-k are false, unknown otherwise. */
    static byte atLeast(int k, byte... values) {
        int t = 0;
        int f = 0;
        for (byte v : values) {
            if (v == TRUE) {
                t++;
            } else if (v == FALSE) {
                f++;
            }
        }
        if (t >= k) {
            return TRUE;
        }
        return f > values.length - k ? FALSE : UNKNOWN;
    }

    /** All indicators for one respondent's item codes q[0..15] (0 = empty), in {@link #NAMES} order. */
    static byte[] evaluate(int[] q) {
        byte[] it = new byte[16];
        for (int i = 0; i < 16; i++) {
            it[i] = item(q[i]);
        }
        byte[] out = new byte[NAMES.size()];
        byte normer = and(it[2], or(or(it[0], it[1]), it[9]));
        out[0] = normer;
        out[1] = atLeast(2, it[3], it[4], it[5], it[6], it[7]);
        out[2] = and(normer, or(or(it[10], it[11]), it[12]));
        out[3] = it[9];
        out[4] = it[13];
        byte exposed = or(or(it[10], it[11]), or(it[12], it[13]));
        out[5] = exposed == TRUE ? it[14] : UNKNOWN; // outside the domain: left out like unknown
        out[6] = it[15];
        System.arraycopy(it, 0, out, 7, 16);
        return out;
    }

    private TruthIndicators() {
    }
}
