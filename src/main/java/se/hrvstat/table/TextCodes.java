package se.hrvstat.table;

/**
 * A text column as codes: per row an index into {@code values} (the distinct texts in order of
 * first appearance), -1 where the cell is missing. For grouping and models that look at each
 * distinct text once instead of once per row.
 */
public record TextCodes(int[] codes, String[] values) {
}
