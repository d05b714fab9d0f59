package se.hrvstat.ingest;

import se.hrvstat.result.InputKind;
import se.hrvstat.result.SourceRow;

/**
 * The screening every row goes through as it is read, before anything is stored or logged:
 * cells that look like personal identity numbers are masked, cells longer than any column allows
 * are cut short (the row is then rejected by validation, with the columns named).
 */
public final class RowScreening {
    private RowScreening() {
    }

    /**
     * Masks every cell that looks like a personal identity number, so that it is never stored
     * or logged, and cuts short every cell longer than any column allows; the row is then
     * rejected by validation.
     */
    public static SourceRow screened(long fileId, InputKind kind, int period, int line, String[] fields) {
        StringBuilder masked = null;
        StringBuilder tooLong = null;
        for (int i = 0; i < fields.length; i++) {
            String cell = fields[i];
            int length = cell.length();
            if (length > CsvRowSource.MAX_FIELD_CHARS) {
                fields[i] = shortened(cell);
                tooLong = append(tooLong, column(kind, i));
            } else if (length >= 10 && PersonalIdentityNumbers.looksLikeOne(cell)) {
                fields[i] = PersonalIdentityNumbers.mask(cell);
                masked = append(masked, column(kind, i));
            }
        }
        return new SourceRow(fileId, kind, period, line, fields, masked == null ? null : masked.toString(),
                tooLong == null ? null : tooLong.toString());
    }

    /** What is kept of a cell that is too long: its first 20 characters, digits hidden, and its length. */
    static String shortened(String cell) {
        StringBuilder kept = new StringBuilder(48);
        for (int i = 0; i < 20; i++) {
            char c = cell.charAt(i);
            kept.append(Character.isDigit(c) ? '*' : Character.isISOControl(c) ? ' ' : c);
        }
        return kept.append("... (").append(cell.length()).append(" characters)").toString();
    }

    private static String column(InputKind kind, int i) {
        return i < kind.header().size() ? kind.header().get(i) : "column " + (i + 1);
    }

    private static StringBuilder append(StringBuilder list, String column) {
        return list == null ? new StringBuilder(column) : list.append(',').append(column);
    }
}
