package se.hrvstat.table;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import tech.tablesaw.api.DoubleColumn;

/**
 * A Tablesaw double column allocated once for the rows a file can hold and trimmed to the rows
 * it had: appending to a plain {@code DoubleColumn} grows its array by half again and again, and a
 * 1 000 000-row column would end with up to 50 % spare room and leave its earlier arrays to the
 * collector.
 */
final class SizedDoubleColumn extends DoubleColumn {
    SizedDoubleColumn(String name, int capacity) {
        super(name, new DoubleArrayList(capacity));
    }

    /** Drops the room no row took. */
    void trimToSize() {
        data.trim();
    }
}
