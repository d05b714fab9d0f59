package se.hrvstat.result;

import java.util.List;

/**
 * An accepted row that a rule over whole files rejects afterwards: it leaves its table and is
 * kept with its reasons, in order.
 */
public record RowRejection(InputKind kind, long fileId, int line, List<Reject> reasons) {
    public RowRejection {
        reasons = List.copyOf(reasons);
    }
}
