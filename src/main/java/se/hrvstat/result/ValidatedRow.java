package se.hrvstat.result;

import java.util.List;

/**
 * The outcome of validating one row: its typed values in header order (accepted) or the
 * reasons it was rejected. Nothing is lost: both are stored with the file and line.
 */
public record ValidatedRow(SourceRow source, Object[] values, List<Reject> rejects) {

    public boolean accepted() {
        return rejects.isEmpty();
    }

    /** A typed value by column name (null when empty). */
    public Object value(String column) {
        return values[source.kind().column(column)];
    }
}
