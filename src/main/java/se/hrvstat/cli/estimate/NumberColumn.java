package se.hrvstat.cli.estimate;

import java.util.Arrays;

/**
 * A number column filled cell by cell while the file is read, stored compactly: while it holds
 * at most {@value #MAX_DISTINCT} distinct values (yes/no items, answer scales, category codes —
 * most survey columns) as one byte per row indexing a table of those values, otherwise as one
 * {@code double} per row. A byte per row is an eighth of a double: the 16 yes/no items of a
 * 1 000 000-row file take 16 MB instead of 128 MB (docs/benchmarks.md). Values are kept bit for
 * bit (NaN for missing, -0.0 apart from 0.0), so {@link #toArray()} gives exactly the parsed
 * doubles.
 */
final class NumberColumn {
    static final int MAX_DISTINCT = 256;
    /** Open-addressing index of the distinct values' bits: twice the largest table, a power of 2. */
    private static final int SLOTS = 2 * MAX_DISTINCT;

    private int size;
    /** Codes into {@link #table} while compact; null once the column holds doubles. */
    private byte[] codes = new byte[1024];
    private double[] table = new double[8];
    private int distinct;
    private long[] slotBits;
    private short[] slotCode;
    /** The last value looked up and its code (-1 = none). */
    private long lastBits;
    private int lastCode = -1;
    /** The values once there are more than {@value #MAX_DISTINCT} distinct ones; null before. */
    private double[] values;

    NumberColumn() {
        slotBits = new long[SLOTS];
        slotCode = new short[SLOTS];
        Arrays.fill(slotCode, (short) -1);
    }

    int size() {
        return size;
    }

    /** True while the column is stored as byte codes. */
    boolean isCompact() {
        return values == null;
    }

    /**
     * Stores the value of row {@code row}, which is the next row or the last one again (a blank
     * line that was skipped left a cell there).
     */
    void set(int row, double v) {
        if (row != size && row != size - 1) {
            throw new IllegalArgumentException("row " + row + " after " + size + " rows");
        }
        size = row;
        add(v);
    }

    /** Makes room for {@code rows} rows without growing again. */
    void ensureCapacity(int rows) {
        if (values != null && values.length < rows) {
            values = Arrays.copyOf(values, rows);
        } else if (codes != null && codes.length < rows) {
            codes = Arrays.copyOf(codes, rows);
        }
    }

    private void add(double v) {
        if (values != null) {
            if (size == values.length) {
                values = Arrays.copyOf(values, grow(size));
            }
            values[size++] = v;
            return;
        }
        int code = code(v);
        if (code < 0) {
            toDoubles();
            add(v);
            return;
        }
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, grow(size));
        }
        codes[size++] = (byte) code;
    }

    /** The code of {@code v}, adding it to the table; -1 if the table is full. */
    private int code(double v) {
        long bits = Double.doubleToRawLongBits(v);
        if (bits == lastBits && lastCode >= 0) {
            return lastCode;
        }
        lastBits = bits;
        lastCode = lookUp(v, bits);
        return lastCode;
    }

    private int lookUp(double v, long bits) {
        long h = bits * 0x9E3779B97F4A7C15L;
        int slot = (int) (h >>> 40) & (SLOTS - 1);
        while (slotCode[slot] >= 0) {
            if (slotBits[slot] == bits) {
                return slotCode[slot];
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        if (distinct == MAX_DISTINCT) {
            return -1;
        }
        if (distinct == table.length) {
            table = Arrays.copyOf(table, table.length * 2);
        }
        table[distinct] = v;
        slotBits[slot] = bits;
        slotCode[slot] = (short) distinct;
        return distinct++;
    }

    private void toDoubles() {
        values = new double[Math.max(codes.length, 1024)];
        for (int i = 0; i < size; i++) {
            values[i] = table[codes[i] & 0xFF];
        }
        codes = null;
        table = null;
        slotBits = null;
        slotCode = null;
    }

    private static int grow(int size) {
        long next = (long) size + Math.max(1024, size >> 1);
        if (next > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("more than " + (Integer.MAX_VALUE - 8) + " rows");
        }
        return (int) next;
    }

    /** The value of row {@code i}. */
    double get(int i) {
        return values != null ? values[i] : table[codes[i] & 0xFF];
    }

    /** A new array of the column's values, one per row. */
    double[] toArray() {
        if (values != null) {
            return Arrays.copyOf(values, size);
        }
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = table[codes[i] & 0xFF];
        }
        return out;
    }

    /** Ends the column at {@code rows} rows and drops the spare capacity. */
    void trim(int rows) {
        size = Math.min(size, rows);
        if (values != null && values.length != size) {
            values = Arrays.copyOf(values, size);
        } else if (codes != null && codes.length != size) {
            codes = Arrays.copyOf(codes, size);
        }
    }
}
