package se.hrvstat.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import se.hrvstat.result.InputKind;
import se.hrvstat.result.Reject;

/**
 * {@code A <= B of C=V} with the columns of a cell (jobs/rules.csv): each row's A is compared
 * with B of the row of the same file and cell (equal values in {@link #same()}) whose column C
 * holds V. Example: a type count may not exceed {@code personer} in the same (year, kommunkod,
 * sector, sex, age_group, submitted) cell. Rows with C = V are the reference, not checked; a
 * row whose cell has no reference row, and empty values or missing codes, are not judged.
 * Looks at rows of a whole file, so it runs after the row-by-row checks.
 */
public record CellRule(String name, InputKind kind, String left, Comparison comparison, String right,
                       String selectorColumn, String selectorValue, List<String> same,
                       Set<String> leftMissing, Set<String> rightMissing) {

    /** The columns a row carries for this rule, in this order: A, B, C, then the cell's columns. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(List.of(left, right, selectorColumn));
        columns.addAll(same);
        return columns;
    }

    /** An accepted row as the rule sees it: values in the order of {@link #columns()}. */
    public record Row(long fileId, int line, Object[] values) {
    }

    /** A row that breaks the rule. */
    public record Violation(long fileId, int line, Reject reject) {
    }

    /** The rows (of any number of files) that break the rule, in the order given. */
    public List<Violation> check(List<Row> rows) {
        Map<List<Object>, Object> reference = new HashMap<>();
        for (Row row : rows) {
            if (isReference(row)) {
                reference.putIfAbsent(cell(row), row.values()[1]);
            }
        }
        List<Violation> broken = new ArrayList<>();
        for (Row row : rows) {
            if (isReference(row)) {
                continue;
            }
            Object a = row.values()[0];
            Object b = reference.get(cell(row));
            if (b == null || !Comparison.comparable(a, leftMissing) || !Comparison.comparable(b, rightMissing)) {
                continue;
            }
            if (!comparison.holds(((Number) a).longValue(), ((Number) b).longValue())) {
                broken.add(new Violation(row.fileId(), row.line(), new Reject(name, left, a.toString(),
                        left + " " + a + " breaks " + left + " " + comparison.symbol() + " " + right + " of the row with "
                                + selectorColumn + "=" + selectorValue + " in the same " + String.join(", ", same)
                                + " (" + b + ")")));
            }
        }
        return broken;
    }

    private boolean isReference(Row row) {
        return Objects.toString(row.values()[2], "").equals(selectorValue);
    }

    private List<Object> cell(Row row) {
        List<Object> key = new ArrayList<>(same.size() + 1);
        key.add(row.fileId());
        for (int i = 3; i < row.values().length; i++) {
            key.add(row.values()[i]);
        }
        return key;
    }
}
