package se.hrvstat.ingest;

/**
 * One data row of an input file as read, before validation.
 *
 * @param fileId     the file's id in the store (0 in a dry run)
 * @param kind       what the file holds
 * @param period     the wave or year of the folder the file is in
 * @param line       the line the row starts on (the header is line 1)
 * @param fields     the raw cells; a cell that looked like a personal identity number is masked
 * @param pinColumns comma-separated names of the columns that were masked, or null
 */
public record SourceRow(long fileId, InputKind kind, int period, int line, String[] fields, String pinColumns) {

    /** The separator of the stored fields: the ASCII unit separator, which no cell may hold. */
    public static final char FIELD_SEPARATOR = '\u001F';

    public String joinedFields() {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                joined.append(FIELD_SEPARATOR);
            }
            joined.append(fields[i].replace(FIELD_SEPARATOR, ' '));
        }
        return joined.toString();
    }

    public static String[] splitFields(String joined) {
        return joined.split(String.valueOf(FIELD_SEPARATOR), -1);
    }

    /**
     * Masks every cell that looks like a personal identity number, so that it is never stored
     * or logged; the row is then rejected by validation.
     */
    public static SourceRow screened(long fileId, InputKind kind, int period, int line, String[] fields) {
        StringBuilder masked = null;
        for (int i = 0; i < fields.length; i++) {
            if (PersonalIdentityNumbers.looksLikeOne(fields[i])) {
                fields[i] = PersonalIdentityNumbers.mask(fields[i]);
                String column = i < kind.header().size() ? kind.header().get(i) : "column " + (i + 1);
                masked = masked == null ? new StringBuilder(column) : masked.append(',').append(column);
            }
        }
        return new SourceRow(fileId, kind, period, line, fields, masked == null ? null : masked.toString());
    }
}
