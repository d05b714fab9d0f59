package se.hrvstat.ingest;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

import se.hrvstat.result.ReferenceLists;
import se.hrvstat.result.Reject;

/**
 * The codebook's rule for one column: its type, what it allows, its missing codes and whether
 * it may be empty. {@link #check} turns a raw cell into a typed value or a {@link Reject}.
 */
public record ColumnRule(String column, String type, String rule, Set<String> missingCodes, boolean required,
                         Pattern pattern, Set<String> codes, long min, long max,
                         java.math.BigDecimal decimalMin, java.math.BigDecimal decimalMax) {

    public ColumnRule(String column, String type, String rule, Set<String> missingCodes, boolean required,
                      Pattern pattern, Set<String> codes, long min, long max) {
        this(column, type, rule, missingCodes, required, pattern, codes, min, max, null, null);
    }

    /** The result of checking one cell: a typed value (possibly null = empty) or a reject. */
    public record Checked(Object value, Reject reject) {
        static Checked ok(Object value) {
            return new Checked(value, null);
        }

        static Checked bad(Reject reject) {
            return new Checked(null, reject);
        }
    }

    public Checked check(String raw, ReferenceLists reference) {
        return check(raw, reference, '.');
    }

    /**
     * Checks a cell of a file whose decimal mark is {@code decimalMark} ({@code ','} in the
     * Swedish Excel dialect, {@code '.'} in RFC 4180), as its dialect was detected.
     */
    public Checked check(String raw, ReferenceLists reference, char decimalMark) {
        String cell = raw == null ? "" : raw.strip();
        if (cell.isEmpty() || "NA".equals(cell) && !"text".equals(type)) {
            return required ? Checked.bad(new Reject("required", column, "", column + " is empty"))
                    : Checked.ok(null);
        }
        if (missingCodes.contains(cell)) {
            return Checked.ok(Integer.valueOf(cell));
        }
        return switch (type) {
            case "int" -> checkInt(cell);
            case "decimal" -> checkDecimal(cell, decimalMark);
            case "code" -> codes.contains(cell) ? Checked.ok(codeValue(cell))
                    : bad("code", cell, "not a valid code (allowed: " + rule + missingText() + ")");
            case "text" -> pattern.matcher(cell).matches() ? Checked.ok(cell)
                    : bad("format", cell, "does not match " + rule);
            case "pseudonym" -> isPseudonym(cell) ? Checked.ok(cell)
                    : bad("pseudonym", cell, "is not a pseudonymous id (1-32 of A-Z a-z 0-9 _ -)");
            case "kommun" -> reference.isMunicipality(cell) ? Checked.ok(cell)
                    : bad("kommunkod", cell, "is not one of the 290 municipality codes");
            case "lan" -> reference.isCounty(cell) ? Checked.ok(cell)
                    : bad("lanskod", cell, "is not one of the 21 county codes");
            case "yesno" -> "ja".equals(cell) || "nej".equals(cell) ? Checked.ok("ja".equals(cell))
                    : bad("yesno", cell, "must be ja or nej");
            case "timestamp" -> checkTimestamp(cell);
            default -> throw new IllegalStateException("unknown codebook type " + type);
        };
    }

    /** 1-32 of A-Z a-z 0-9 _ - (the codebook's pseudonym type), without a regular expression per cell. */
    static boolean isPseudonym(String cell) {
        int n = cell.length();
        if (n < 1 || n > 32) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = cell.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private Checked checkInt(String cell) {
        try {
            long value = Long.parseLong(cell);
            if (value < min || value > max) {
                return bad("range", cell, "is outside " + min + ".." + max);
            }
            return Checked.ok(value <= Integer.MAX_VALUE ? (Object) (int) value : (Object) value);
        } catch (NumberFormatException e) {
            return bad("integer", cell, "is not a whole number");
        }
    }

    /**
     * A number with the file's decimal mark. The other mark is never taken for a decimal mark
     * (nor dropped as a thousands separator): "1.5" in a Swedish-dialect file is refused, not guessed.
     */
    private Checked checkDecimal(String cell, char decimalMark) {
        char other = decimalMark == ',' ? '.' : ',';
        if (cell.indexOf(other) >= 0) {
            return bad("decimal_mark", cell, "has '" + other + "' but the file's decimal mark is '" + decimalMark
                    + "' (its dialect); write the number as e.g. 1" + decimalMark + "5");
        }
        String normal = cell.replace(decimalMark, '.');
        if (!normal.matches("[-+]?\\d+(\\.\\d+)?")) {
            return bad("decimal", cell, "is not a number");
        }
        java.math.BigDecimal value = new java.math.BigDecimal(normal);
        if (value.compareTo(decimalMin) < 0 || value.compareTo(decimalMax) > 0) {
            return bad("range", cell, "is outside " + rule);
        }
        return Checked.ok(value.doubleValue());
    }

    private Checked checkTimestamp(String cell) {
        try {
            // with an offset: stored as UTC, so submissions from any offset order correctly
            return Checked.ok(OffsetDateTime.parse(cell).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        } catch (DateTimeParseException e) {
            try {
                return Checked.ok(LocalDateTime.parse(cell));
            } catch (DateTimeParseException e2) {
                return bad("timestamp", cell, "is not an ISO 8601 timestamp");
            }
        }
    }

    private static Object codeValue(String cell) {
        if (cell.length() >= 6) {
            return cell;
        }
        int value = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c < '0' || c > '9') {
                return cell;
            }
            value = value * 10 + (c - '0');
        }
        return value; // a plain loop: this runs for every coded cell of every row
    }

    private String missingText() {
        return missingCodes.isEmpty() ? "" : "; missing: " + String.join(" ", missingCodes);
    }

    private Checked bad(String ruleName, String cell, String problem) {
        String shown = cell.length() > 60 ? cell.substring(0, 60) + "..." : cell;
        return Checked.bad(new Reject(ruleName, column, shown, column + " '" + shown + "' " + problem));
    }
}
