package se.hrvstat.result;


/**
 * One data row of an input file as read (and screened for personal identity numbers), before
 * validation.
 *
 * @param fileId      the file's id in the store (0 in a dry run)
 * @param kind        what the file holds
 * @param period      the wave or year of the folder the file is in
 * @param line        the line the row starts on (the header is line 1)
 * @param fields      the raw cells; a cell that looked like a personal identity number is masked,
 *                    one longer than any column allows is cut short (ingest's {@code RowScreening})
 * @param pinColumns  comma-separated names of the columns that were masked, or null
 * @param longColumns comma-separated names of the columns whose cell was too long, or null
 */
public record SourceRow(long fileId, InputKind kind, int period, int line, String[] fields, String pinColumns,
                        String longColumns) {

    public SourceRow(long fileId, InputKind kind, int period, int line, String[] fields, String pinColumns) {
        this(fileId, kind, period, line, fields, pinColumns, null);
    }
}
