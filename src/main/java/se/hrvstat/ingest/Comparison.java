package se.hrvstat.ingest;

import java.util.Set;

/**
 * An order between two whole-number values, as a rule of {@code jobs/rules.csv} writes it
 * ({@code staff_trained <= staff_total}). Empty values and missing codes are not compared.
 */
public enum Comparison {
    AT_MOST("<="), LESS("<"), AT_LEAST(">="), GREATER(">"), EQUAL("="), NOT_EQUAL("<>");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Comparison of(String symbol, String where) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        throw new IllegalArgumentException(where + ": unknown comparison '" + symbol + "' (use <=, <, >=, >, = or <>)");
    }

    public boolean holds(long left, long right) {
        return switch (this) {
            case AT_MOST -> left <= right;
            case LESS -> left < right;
            case AT_LEAST -> left >= right;
            case GREATER -> left > right;
            case EQUAL -> left == right;
            case NOT_EQUAL -> left != right;
        };
    }

    /** A value that can be compared: a number that is not one of the column's missing codes. */
    static boolean comparable(Object value, Set<String> missingCodes) {
        return value instanceof Number && !missingCodes.contains(value.toString());
    }
}
