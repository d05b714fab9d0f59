package se.hrvstat.ingest;

import se.hrvstat.result.InputKind;
import se.hrvstat.result.Reject;

/** A rule of {@code jobs/rules.csv} that looks at several cells of one row. */
public interface RowRule {
    /** The kind of file the rule applies to. */
    InputKind kind();

    /** The row's reject under this rule, or null when the row keeps it. Values in header order. */
    Reject check(Object[] values);
}
