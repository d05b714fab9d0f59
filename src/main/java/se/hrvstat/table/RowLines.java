package se.hrvstat.table;

import java.util.Arrays;

/**
 * The line of each data row, for messages, kept only at the rows from which {@code line - row}
 * changes (a blank line or a quoted line break moves every later row by one): a few entries
 * instead of one per row. Rows are added in order.
 */
final class RowLines {
    private int[] rows = new int[16];
    private long[] offsets = new long[16];
    private int count;

    void add(int row, long line) {
        long offset = line - row;
        if (count > 0 && offsets[count - 1] == offset) {
            return;
        }
        if (count == rows.length) {
            rows = Arrays.copyOf(rows, count * 2);
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        rows[count] = row;
        offsets[count] = offset;
        count++;
    }

    long line(int row) {
        int k = Arrays.binarySearch(rows, 0, count, row);
        if (k < 0) {
            k = -k - 2; // the last change at or before row
        }
        return row + offsets[k];
    }
}
