package se.hrvstat.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import tech.tablesaw.columns.Column;

/**
 * A CSV file with a header, opened by reading the header only, then {@link #read} into a
 * {@link ColumnTable} of just the columns asked for, each with its declared type: numbers as
 * Tablesaw double columns, texts as Tablesaw string columns (dictionary-coded). The file is read
 * once, as bytes, without an object per cell; every error names the file, the line and the column.
 */
public final class CsvFile {
    private final Path file;
    private final CsvFormat format;
    private final List<String> header;

    private CsvFile(Path file, CsvFormat format, List<String> header) {
        this.file = file;
        this.format = format;
        this.header = header;
    }

    /** Reads the header (the first record that is not an empty line). */
    public static CsvFile open(Path file, CsvFormat format) throws InputException {
        try (InputStream in = Files.newInputStream(file)) {
            CsvRecords r = new CsvRecords(in, file, format.separator());
            if (!r.next()) {
                throw new InputException(file + ": line 1: no header");
            }
            List<String> header = new ArrayList<>();
            for (int k = 0; k < r.fields(); k++) {
                String s = new String(r.bytes(), r.from(k), r.to(k) - r.from(k), format.charset());
                header.add(r.escaped(k) ? s.replace("\"\"", "\"") : s);
            }
            if (header.size() == 1 && header.get(0).isBlank()) {
                throw new InputException(file + ": line 1: no header");
            }
            return new CsvFile(file, format, List.copyOf(header));
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public boolean has(String column) {
        return header.contains(column);
    }

    /**
     * Reads every row, keeping the named columns (a column may be asked for as both).
     *
     * @throws UnknownColumnException if a column is not in the header
     * @throws InputException         if the file is not valid CSV, a row has another number of
     *                                fields than the header, a number column holds text, or there
     *                                are no rows
     */
    public ColumnTable read(Collection<String> textColumns, Collection<String> numberColumns, TextCells cells)
            throws InputException {
        LinkedHashSet<String> numbers = new LinkedHashSet<>(numberColumns);
        int capacity = 1 + countLineBreaks();
        List<ColumnLoader> loaders = new ArrayList<>();
        for (String c : numbers) {
            loaders.add(new ColumnLoader.Numbers(c, index(c), file, format, capacity));
        }
        for (String c : new LinkedHashSet<>(textColumns)) {
            String columnName = numbers.contains(c) ? ColumnTable.textTwin(c) : c;
            loaders.add(new ColumnLoader.Texts(columnName, c, index(c), file, format, cells));
        }
        loaders.sort(java.util.Comparator.comparingInt(l -> l.field)); // a record's first bad cell is its leftmost
        RowLines lines = new RowLines();
        int rows = load(loaders, lines);
        List<Column<?>> columns = new ArrayList<>();
        for (ColumnLoader l : loaders) {
            columns.add(l.finish());
        }
        return new ColumnTable(this, format, columns, rows, lines);
    }

    private int load(List<ColumnLoader> loaders, RowLines lines) throws InputException {
        ColumnLoader[] each = loaders.toArray(ColumnLoader[]::new);
        int width = header.size();
        int rows = 0;
        try (InputStream in = Files.newInputStream(file)) {
            CsvRecords r = new CsvRecords(in, file, format.separator());
            r.next();
            while (r.next()) {
                if (r.fields() != width) {
                    throw new InputException(file + ": line " + r.line() + ": " + r.fields() + " fields, the header has " + width);
                }
                for (ColumnLoader l : each) {
                    l.add(r);
                }
                lines.add(rows++, r.line());
            }
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read: " + e.getMessage(), e);
        }
        if (rows == 0) {
            throw new InputException(file + ": no data rows");
        }
        return rows;
    }

    private int index(String column) throws UnknownColumnException {
        int k = header.indexOf(column);
        if (k < 0) {
            throw new UnknownColumnException(file + ": no column '" + column + "' (columns: " + String.join(", ", header) + ")");
        }
        return k;
    }

    /** LF, and CR not followed by LF, in the whole file: at most one record each, plus a last line without one. */
    private int countLineBreaks() throws InputException {
        byte[] buffer = new byte[1 << 16];
        long count = 0;
        boolean cr = false;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte c = buffer[i];
                    if (c == '\n') {
                        count += cr ? 0 : 1;
                        cr = false;
                    } else {
                        cr = c == '\r';
                        count += cr ? 1 : 0;
                    }
                }
            }
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read: " + e.getMessage(), e);
        }
        if (count > Integer.MAX_VALUE - 32) {
            throw new InputException(file + ": more than " + (Integer.MAX_VALUE - 32) + " lines");
        }
        return (int) count;
    }

    /** Receives each record of the file as it stands (quotes kept, without its line break). */
    public interface RecordSink {
        void record(int row, byte[] bytes, int from, int to) throws IOException;
    }

    /**
     * Reads the file again and hands on its header (row -1) and its first {@code rows} records as
     * they stand.
     *
     * @throws InputException if the file no longer has that many rows
     */
    void copyRecords(int rows, RecordSink sink) throws InputException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            CsvRecords r = new CsvRecords(in, file, format.separator());
            int row = -1;
            while (row < rows && r.next()) {
                sink.record(row++, r.bytes(), r.recordStart(), r.recordEnd());
            }
            if (row != rows) {
                throw new InputException(file + ": changed while it was being read (" + row + " rows, then " + rows + ")");
            }
        }
    }
}
