package se.hrvstat.table;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.DictionaryMap;

/**
 * The columns of a CSV file that a run asked for, as Tablesaw columns (one {@link Table} on
 * request, {@link #table()}): number columns
 * as {@link DoubleColumn}s (missing = NaN), text columns as {@link StringColumn}s (missing = the
 * empty text, Tablesaw's missing value), with the file's line of every row for messages. A
 * column asked for as both keeps its text under {@link #textTwin}.
 */
public final class ColumnTable {
    private final CsvFile source;
    private final CsvFormat format;
    private final List<Column<?>> columns;
    private final int rows;
    private Table table;
    private final RowLines lines;

    ColumnTable(CsvFile source, CsvFormat format, List<Column<?>> columns, int rows, RowLines lines) {
        this.source = source;
        this.format = format;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        this.lines = lines;
    }

    /** The name under which the text of a column that is also read as numbers is kept. */
    static String textTwin(String column) {
        return column + " (text)";
    }

    /**
     * The columns as one Tablesaw {@link Table}, made on first use: the first {@code Table} of a
     * process runs Tablesaw's registration of its file readers and writers, about 1 s of CPU
     * (docs/benchmarks.md), which the commands that only need the columns do not pay.
     */
    public Table table() {
        if (table == null) {
            table = Table.create(source.file().getFileName().toString(), new ArrayList<>(columns));
        }
        return table;
    }

    private Column<?> column(String name) {
        for (Column<?> c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    public Path file() {
        return source.file();
    }

    public int rows() {
        return rows;
    }

    /** "FILE: line L, column 'C'" of a row (0-based) and column, for messages. */
    public String where(int row, String column) {
        return source.file() + ": line " + lines.line(row) + ", column '" + column + "'";
    }

    public DoubleColumn numberColumn(String column) {
        if (!(column(column) instanceof DoubleColumn d)) {
            throw new IllegalStateException("column '" + column + "' was not read as numbers");
        }
        return d;
    }

    public StringColumn textColumn(String column) {
        String name = column(textTwin(column)) != null ? textTwin(column) : column;
        if (!(column(name) instanceof StringColumn s)) {
            throw new IllegalStateException("column '" + column + "' was not read as text");
        }
        return s;
    }

    /** A new array of a number column's values; missing cells are NaN. */
    public double[] numbers(String column) {
        return numberColumn(column).asDoubleArray();
    }

    /** The texts of a text column; missing cells are {@code null}. */
    public String[] texts(String column) {
        StringColumn c = textColumn(column);
        String[] out = new String[rows];
        for (int i = 0; i < rows; i++) {
            String s = c.get(i);
            out[i] = s.isEmpty() ? null : s;
        }
        return out;
    }

    /** A text column as codes into its distinct texts in order of first appearance (-1 = missing). */
    public TextCodes codes(String column) {
        DictionaryMap dictionary = textColumn(column).getDictionary();
        Int2IntOpenHashMap codeOfKey = new Int2IntOpenHashMap();
        codeOfKey.defaultReturnValue(-2);
        List<String> values = new ArrayList<>();
        int[] codes = new int[rows];
        for (int i = 0; i < rows; i++) {
            int key = dictionary.getKeyForIndex(i);
            int code = codeOfKey.get(key);
            if (code == -2) {
                String value = dictionary.getValueForKey(key);
                code = value.isEmpty() ? -1 : values.size();
                if (code >= 0) {
                    values.add(value);
                }
                codeOfKey.put(key, code);
            }
            codes[i] = code;
        }
        return new TextCodes(codes, values.toArray(String[]::new));
    }

    /**
     * Reads the file again and hands on its header (row -1) and each row's record as it stands
     * in the file (quotes kept, without its line break), for output that keeps the input as it is.
     *
     * @throws InputException if the file no longer has the rows it had when read
     */
    public void copyRecords(CsvFile.RecordSink sink) throws InputException, IOException {
        source.copyRecords(rows, sink);
    }

    CsvFormat format() {
        return format;
    }
}
