package se.hrvstat.cli.estimate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The columns of a comma-separated UTF-8 file with a header (RFC 4180, read once by
 * {@link CsvTokenizer}; blank lines are skipped). Columns
 * are kept by role: numbers as {@link NumberColumn}s (parsed while reading, so a bad cell is
 * reported with its file, line and column; one byte per row while a column has few distinct
 * values), texts as codes into a dictionary. An empty cell or {@code NA} is missing (NaN, or code
 * -1). Only the columns asked for are kept, and the line of each row only where it is not the
 * row's position plus a constant (blank lines, line breaks inside quotes): a 1 000 000-row file
 * of 16 yes/no items takes about 40 MB.
 */
final class CsvData {
    private final Map<String, NumberColumn> numbers;
    private final Map<String, int[]> codes;
    private final Map<String, String[]> dictionaries;
    private final List<String> matching;
    private final int rows;
    private final Path file;
    private final RowLines lineOfRow;

    private CsvData(Map<String, NumberColumn> numbers, Map<String, int[]> codes, Map<String, String[]> dictionaries,
                    List<String> matching, int rows, Path file, RowLines lineOfRow) {
        this.numbers = numbers;
        this.codes = codes;
        this.dictionaries = dictionaries;
        this.matching = matching;
        this.rows = rows;
        this.file = file;
        this.lineOfRow = lineOfRow;
    }

    /** "FILE: line L, column 'C'" of a row and column, for messages. */
    String where(int row, String column) {
        return file + ": line " + lineOfRow.line(row) + ", column '" + column + "'";
    }

    /**
     * @param textColumns   columns kept as text (strata, ids, domains)
     * @param numberColumns columns kept as numbers (weights, fpc, variables)
     * @param numbersMatching also keep as numbers every column whose name contains a match (R
     *                        {@code grep}); may be null
     * @throws UnknownColumnException if a column is not in the header
     * @throws InputException         if the file cannot be read as CSV or a number cell is not a
     *                                number (naming file, line and column)
     */
    static CsvData read(Path file, List<String> textColumns, List<String> numberColumns, Pattern numbersMatching)
            throws InputException, UnknownColumnException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvTokenizer tokenizer = new CsvTokenizer(reader, file.toString());
            List<String> names = new ArrayList<>();
            boolean any = tokenizer.record(new CsvTokenizer.FieldSink() {
                @Override
                public void field(int column, char[] chars, int length, long line) {
                    names.add(new String(chars, 0, length));
                }

                @Override
                public void endRecord(int fields, long line) {
                }
            });
            if (!any || (names.size() == 1 && names.get(0).isBlank())) {
                throw new InputException(file + ": line 1: no header");
            }
            Map<String, Integer> header = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                header.putIfAbsent(names.get(i), i);
            }
            List<String> matching = new ArrayList<>();
            LinkedHashSet<String> numberSet = new LinkedHashSet<>(numberColumns);
            if (numbersMatching != null) {
                for (String name : names) {
                    if (numbersMatching.matcher(name).find()) {
                        matching.add(name);
                        numberSet.add(name);
                    }
                }
            }
            List<String> numberList = new ArrayList<>(numberSet);
            List<String> textList = new ArrayList<>(new LinkedHashSet<>(textColumns));
            Columns columns = new Columns(file, tokenizer, Files.size(file), names.size(), numberList, indexes(file, header, numberList),
                    textList, indexes(file, header, textList));
            while (tokenizer.record(columns)) {
                // the sink stores the fields
            }
            if (columns.count == 0) {
                throw new InputException(file + ": no data rows");
            }
            return columns.data(matching);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Collects the kept columns of each record. */
    private static final class Columns implements CsvTokenizer.FieldSink {
        private final Path file;
        private final int width;
        private final List<String> numberList;
        private final List<String> textList;
        /** per file column: -1, or number slot, or -2 - text slot; a column may be both. */
        private final int[] numberSlot;
        private final int[] textSlot;
        private final NumberColumn[] numbers;
        private int[][] texts;
        private final List<TextDictionary> dictionary = new ArrayList<>();
        private final RowLines lines = new RowLines();
        private int count;
        private int capacity = 1024;
        private boolean blank;
        private final CsvTokenizer tokenizer;
        private final long fileSize;
        private final long dataStart;

        Columns(Path file, CsvTokenizer tokenizer, long fileSize, int width, List<String> numberList, int[] numberIndex,
                List<String> textList, int[] textIndex) {
            this.file = file;
            this.tokenizer = tokenizer;
            this.fileSize = fileSize;
            this.dataStart = tokenizer.consumed();
            this.width = width;
            this.numberList = numberList;
            this.textList = textList;
            numberSlot = new int[width];
            textSlot = new int[width];
            Arrays.fill(numberSlot, -1);
            Arrays.fill(textSlot, -1);
            for (int k = 0; k < numberIndex.length; k++) {
                numberSlot[numberIndex[k]] = k;
            }
            for (int k = 0; k < textIndex.length; k++) {
                textSlot[textIndex[k]] = k;
                dictionary.add(new TextDictionary());
            }
            numbers = new NumberColumn[numberIndex.length];
            for (int k = 0; k < numbers.length; k++) {
                numbers[k] = new NumberColumn();
            }
            texts = new int[textIndex.length][capacity];
        }

        @Override
        public void field(int column, char[] chars, int length, long line) throws InputException {
            if (column == 0) {
                blank = length == 0;
                if (count == capacity) {
                    capacity = Math.max(capacity + Math.max(1024, capacity >> 1), expectedRows());
                    for (int k = 0; k < texts.length; k++) {
                        texts[k] = Arrays.copyOf(texts[k], capacity);
                    }
                    for (NumberColumn c : numbers) {
                        c.ensureCapacity(capacity);
                    }
                }
            }
            if (column >= width) {
                return; // reported at the end of the record
            }
            int n = numberSlot[column];
            if (n >= 0) {
                try {
                    numbers[n].set(count, NumberCell.parse(chars, length));
                } catch (NumberFormatException e) {
                    throw new InputException(file + ": line " + line + ", column '" + numberList.get(n) + "': '"
                            + new String(chars, 0, length) + "' is not a number");
                }
            }
            int t = textSlot[column];
            if (t >= 0) {
                if (NumberCell.isMissing(chars, length)) {
                    texts[t][count] = -1;
                } else {
                    texts[t][count] = dictionary.get(t).code(chars, length);
                }
            }
        }

        @Override
        public void endRecord(int fields, long line) throws InputException {
            if (fields == 1 && blank && width > 1) {
                return; // a blank line, skipped as R's read.csv does
            }
            if (fields != width) {
                throw new InputException(file + ": line " + line + ": " + fields + " fields, the header has " + width);
            }
            lines.add(count++, line);
        }

        /**
         * The rows the whole file will have, from its size and the characters per row so far
         * (more if cells have multi-byte characters, trimmed at the end): the columns are then
         * allocated once instead of growing step by step. 0 when unknown.
         */
        private int expectedRows() {
            long chars = tokenizer.consumed() - dataStart;
            if (fileSize <= 0 || chars <= 0 || count == 0) {
                return 0;
            }
            double rows = (double) (fileSize - dataStart) / chars * count * 1.02 + 1024;
            return (int) Math.min(rows, Integer.MAX_VALUE - 8);
        }

        CsvData data(List<String> matching) {
            Map<String, NumberColumn> numberMap = new HashMap<>();
            for (int k = 0; k < numbers.length; k++) {
                numbers[k].trim(count);
                numberMap.put(numberList.get(k), numbers[k]);
            }
            Map<String, int[]> codeMap = new HashMap<>();
            Map<String, String[]> dictionaries = new HashMap<>();
            for (int k = 0; k < texts.length; k++) {
                codeMap.put(textList.get(k), Arrays.copyOf(texts[k], count));
                dictionaries.put(textList.get(k), dictionary.get(k).values());
            }
            return new CsvData(numberMap, codeMap, dictionaries, matching, count, file, lines);
        }
    }

    private static int[] indexes(Path file, Map<String, Integer> header, List<String> names) throws UnknownColumnException {
        int[] index = new int[names.size()];
        for (int k = 0; k < names.size(); k++) {
            Integer i = header.get(names.get(k));
            if (i == null) {
                throw new UnknownColumnException(file + ": no column '" + names.get(k) + "' (columns: "
                        + String.join(", ", header.keySet()) + ")");
            }
            index[k] = i;
        }
        return index;
    }

    int rows() {
        return rows;
    }

    /** The header's columns that matched the pattern given to {@link #read}, in header order. */
    List<String> matching() {
        return matching;
    }

    static boolean isMissing(String cell) {
        return cell == null || cell.isBlank() || cell.trim().equals("NA");
    }

    /** Text cells of a text column; missing cells are {@code null}. */
    String[] texts(String column) {
        int[] c = codes.get(column);
        String[] values = dictionaries.get(column);
        String[] out = new String[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = c[i] < 0 ? null : values[c[i]];
        }
        return out;
    }

    /** Codes of a text column (index into {@link #dictionary}); -1 = missing. */
    int[] codes(String column) {
        return codes.get(column);
    }

    String[] dictionary(String column) {
        return dictionaries.get(column);
    }

    /** A new array of a number column's values; missing cells are NaN. */
    double[] numbers(String column) {
        return numbers.get(column).toArray();
    }

    /** True if a number column is held as one byte per row (at most {@value NumberColumn#MAX_DISTINCT} distinct values). */
    boolean isCompact(String column) {
        return numbers.get(column).isCompact();
    }

    /**
     * The line of each data row, kept as the rows from which {@code line - row} changes: a
     * blank line or a quoted line break moves every later row by one. Rows are added in order.
     */
    static final class RowLines {
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

    /** Thrown for a column name that is not in the header: a usage error (exit 2). */
    static final class UnknownColumnException extends Exception {
        UnknownColumnException(String message) {
            super(message);
        }
    }
}
