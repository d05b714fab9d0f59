package se.hrvstat.cli.calibrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import se.hrvstat.survey.weight.CalibrationModel;

/**
 * A comma-separated UTF-8 file with a header, read record by record ({@link RecordReader},
 * RFC 4180) without holding the file: only the columns a run needs are kept ({@link #load}),
 * texts as codes into a dictionary, numbers as {@code double}, and the file is read again to
 * write it back record for record with one more field ({@link #copyRecords}). An empty cell or
 * {@code NA} (blanks around it ignored) is missing: code -1 or NaN.
 */
final class CsvTable {
    final Path file;
    final List<String> header;
    private int rows;
    private final Map<String, TextColumn> texts = new HashMap<>();
    private final Map<String, double[]> numbers = new HashMap<>();

    /** A text column: each row's code into the dictionary, -1 when missing. */
    private record TextColumn(int[] codes, String[] dictionary) {
    }

    private CsvTable(Path file, List<String> header) {
        this.file = file;
        this.header = header;
    }

    /** Reads the file's header; the rows are read by {@link #load}. */
    static CsvTable open(Path file) throws InputException {
        try (InputStream in = Files.newInputStream(file)) {
            RecordReader r = new RecordReader(in, file);
            if (!r.next()) {
                throw new InputException(file + ": line 1: no header");
            }
            List<String> header = new ArrayList<>();
            for (int k = 0; k < r.fields(); k++) {
                header.add(r.text(k, false));
            }
            if (header.size() == 1 && header.get(0).isBlank()) {
                throw new InputException(file + ": line 1: no header");
            }
            return new CsvTable(file, List.copyOf(header));
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads every row, decoding the named columns (each must be in the header).
     *
     * @throws InputException if the file is not valid CSV, a row has another number of fields
     *                        than the header, a number column holds text, or there are no rows
     */
    void load(Collection<String> textColumns, Collection<String> numberColumns) throws InputException {
        int width = header.size();
        // at most one record per line break, plus a last line without one
        int capacity = 16 + countLineBreaks();
        TextColumnBuilder[] asText = new TextColumnBuilder[width];
        NumberColumnBuilder[] asNumber = new NumberColumnBuilder[width];
        for (String c : new LinkedHashSet<>(textColumns)) {
            asText[column(c)] = new TextColumnBuilder(capacity);
        }
        for (String c : new LinkedHashSet<>(numberColumns)) {
            asNumber[column(c)] = new NumberColumnBuilder(c, capacity);
        }
        int[] wanted = new int[width];
        int w = 0;
        for (int k = 0; k < width; k++) {
            if (asText[k] != null || asNumber[k] != null) {
                wanted[w++] = k;
            }
        }
        rows = 0;
        try (InputStream in = Files.newInputStream(file)) {
            RecordReader r = new RecordReader(in, file);
            r.next();
            while (r.next()) {
                if (r.fields() != width) {
                    throw new InputException(file + ": line " + r.line() + ": " + r.fields() + " fields, the header has " + width);
                }
                for (int j = 0; j < w; j++) {
                    int k = wanted[j];
                    if (asText[k] != null) {
                        asText[k].add(rows, r, k);
                    }
                    if (asNumber[k] != null) {
                        asNumber[k].add(rows, r, k);
                    }
                }
                rows++;
            }
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read: " + e.getMessage(), e);
        }
        if (rows == 0) {
            throw new InputException(file + ": no data rows");
        }
        for (int k = 0; k < width; k++) {
            if (asText[k] != null) {
                texts.put(header.get(k), asText[k].build(rows));
            }
            if (asNumber[k] != null) {
                double[] v = asNumber[k].values;
                numbers.put(header.get(k), v.length == rows ? v : Arrays.copyOf(v, rows));
            }
        }
    }

    /** LF, and CR not followed by LF, in the whole file. */
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
                        if (!cr) {
                            count++;
                        }
                        cr = false;
                    } else {
                        cr = c == '\r';
                        if (cr) {
                            count++;
                        }
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
    interface RecordSink {
        void record(int row, byte[] bytes, int from, int to) throws IOException;
    }

    /**
     * Reads the file again and hands on its header (row -1) and each record as it stands.
     *
     * @throws InputException if the file no longer has the rows it had when loaded
     */
    void copyRecords(RecordSink sink) throws InputException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            RecordReader r = new RecordReader(in, file);
            int row = -1;
            while (r.next()) {
                if (row == rows) {
                    break;
                }
                sink.record(row++, r.bytes(), r.recordStart(), r.recordEnd());
            }
            if (row != rows) {
                throw new InputException(file + ": changed while it was being read (" + row + " rows, then " + rows + ")");
            }
        }
    }

    private int column(String name) {
        int k = header.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException(file + ": no column '" + name + "'");
        }
        return k;
    }

    int size() {
        return rows;
    }

    boolean has(String column) {
        return header.contains(column);
    }

    /** Trimmed text cells of a loaded text column; missing cells are {@code null}. */
    String[] texts(String column) {
        TextColumn c = texts.get(column);
        if (c == null) {
            throw new IllegalStateException("column '" + column + "' was not loaded as text");
        }
        String[] out = new String[rows];
        for (int i = 0; i < rows; i++) {
            int code = c.codes[i];
            out[i] = code < 0 ? null : c.dictionary[code];
        }
        return out;
    }

    /** A loaded text column as codes into its distinct texts (-1 when missing). */
    CalibrationModel.CodedVariable coded(String column) {
        TextColumn c = texts.get(column);
        if (c == null) {
            throw new IllegalStateException("column '" + column + "' was not loaded as text");
        }
        return new CalibrationModel.CodedVariable(c.codes, c.dictionary);
    }

    /** Numbers of a loaded number column; missing cells are NaN. */
    double[] numbers(String column) {
        double[] v = numbers.get(column);
        if (v == null) {
            throw new IllegalStateException("column '" + column + "' was not loaded as numbers");
        }
        return v;
    }

    /** "FILE: line L, column 'C'" of a row (0-based) and column, for messages; reads the file to the row. */
    String where(int row, String column) {
        String line = "?";
        try (InputStream in = Files.newInputStream(file)) {
            RecordReader r = new RecordReader(in, file);
            r.next();
            for (int i = 0; i <= row && r.next(); i++) {
                if (i == row) {
                    line = Long.toString(r.line());
                }
            }
        } catch (IOException | InputException e) {
            line = "? (row " + (row + 1) + ")";
        }
        return file + ": line " + line + ", column '" + column + "'";
    }

    /** Collects a text column: codes into a dictionary of the trimmed texts, keyed by their bytes. */
    private static final class TextColumnBuilder {
        private int[] codes;
        private final List<String> dictionary = new ArrayList<>();
        private final ByteDictionary keys = new ByteDictionary();

        TextColumnBuilder(int capacity) {
            codes = new int[capacity];
        }

        void add(int row, RecordReader r, int field) {
            if (row == codes.length) {
                codes = Arrays.copyOf(codes, row + (row >> 1) + 16);
            }
            if (r.escaped(field)) {
                String s = r.text(field, true);
                byte[] key = s.getBytes(StandardCharsets.UTF_8);
                codes[row] = isMissing(s) ? -1 : code(key, 0, key.length);
                return;
            }
            byte[] b = r.bytes();
            int from = r.from(field);
            int to = r.to(field);
            while (from < to && (b[from] & 0xff) <= ' ') {
                from++;
            }
            while (to > from && (b[to - 1] & 0xff) <= ' ') {
                to--;
            }
            if (from == to || (to - from == 2 && b[from] == 'N' && b[from + 1] == 'A')) {
                codes[row] = -1;
                return;
            }
            codes[row] = code(b, from, to);
        }

        private int code(byte[] b, int from, int to) {
            int c = keys.find(b, from, to);
            if (c < 0) {
                c = keys.add(b, from, to);
                dictionary.add(new String(b, from, to - from, StandardCharsets.UTF_8));
            }
            return c;
        }

        TextColumn build(int rows) {
            return new TextColumn(codes.length == rows ? codes : Arrays.copyOf(codes, rows), dictionary.toArray(String[]::new));
        }
    }

    /** Collects a number column, parsing each cell as it is read so that an error names its line. */
    private final class NumberColumnBuilder {
        private final String name;
        private double[] values;

        NumberColumnBuilder(String name, int capacity) {
            this.name = name;
            values = new double[capacity];
        }

        void add(int row, RecordReader r, int field) throws InputException {
            if (row == values.length) {
                values = Arrays.copyOf(values, row + (row >> 1) + 16);
            }
            double v = r.escaped(field) ? Double.NaN : DecimalBytes.parse(r.bytes(), r.from(field), r.to(field));
            if (Double.isNaN(v)) {
                // the general case: blanks, NA, exponents, long mantissas, quotes: as Double.parseDouble
                String s = r.text(field, true);
                if (isMissing(s)) {
                    v = Double.NaN;
                } else {
                    try {
                        v = Double.parseDouble(s);
                    } catch (NumberFormatException e) {
                        throw new InputException(file + ": line " + r.line() + ", column '" + name + "': '" + s
                                + "' is not a number");
                    }
                }
            }
            values[row] = v;
        }
    }

    static boolean isMissing(String trimmed) {
        return trimmed.isEmpty() || trimmed.equals("NA");
    }

    /** An open-addressing hash set of byte strings, each numbered in order of addition. */
    private static final class ByteDictionary {
        private int[] slots = new int[64];
        private byte[][] entries = new byte[16][];
        private int[] hashes = new int[16];
        private int size;

        private static int hash(byte[] b, int from, int to) {
            int h = 1;
            for (int i = from; i < to; i++) {
                h = 31 * h + b[i];
            }
            return h ^ (h >>> 16);
        }

        int find(byte[] b, int from, int to) {
            int h = hash(b, from, to);
            int mask = slots.length - 1;
            for (int s = h & mask; ; s = (s + 1) & mask) {
                int e = slots[s] - 1;
                if (e < 0) {
                    return -1;
                }
                if (hashes[e] == h && Arrays.equals(entries[e], 0, entries[e].length, b, from, to)) {
                    return e;
                }
            }
        }

        int add(byte[] b, int from, int to) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2);
            }
            entries[size] = Arrays.copyOfRange(b, from, to);
            hashes[size] = hash(b, from, to);
            size++;
            if (2 * size > slots.length) {
                slots = new int[slots.length * 2];
                for (int e = 0; e < size - 1; e++) {
                    insert(e);
                }
            }
            insert(size - 1);
            return size - 1;
        }

        private void insert(int e) {
            int mask = slots.length - 1;
            int s = hashes[e] & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = e + 1;
        }
    }

}
