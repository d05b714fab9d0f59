package se.hrvstat.ingest;

import java.util.Set;

import se.hrvstat.result.InputKind;
import se.hrvstat.result.Reject;

/** {@code A <= B} over two columns of the same row (jobs/rules.csv). */
public record ColumnComparisonRule(String name, InputKind kind, String left, Comparison comparison, String right,
                                   Set<String> leftMissing, Set<String> rightMissing) implements RowRule {

    @Override
    public Reject check(Object[] values) {
        Object a = values[kind.column(left)];
        Object b = values[kind.column(right)];
        if (!Comparison.comparable(a, leftMissing) || !Comparison.comparable(b, rightMissing)) {
            return null;
        }
        if (comparison.holds(((Number) a).longValue(), ((Number) b).longValue())) {
            return null;
        }
        return new Reject(name, left, a.toString(), left + " " + a + " breaks " + left + " " + comparison.symbol() + " "
                + right + " (" + right + " is " + b + ")");
    }
}
