package se.hrvstat.cli.estimate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The columns of a comma-separated UTF-8 file with a header, read once with Commons CSV. Only the
 * columns asked for are kept. An empty cell or {@code NA} is missing.
 */
final class CsvData {
    private final Path file;
    private final Map<String, String[]> columns;
    private final long[] lineOfRow;
    private final List<String> matching;

    private CsvData(Path file, Map<String, String[]> columns, long[] lineOfRow, List<String> matching) {
        this.file = file;
        this.columns = columns;
        this.lineOfRow = lineOfRow;
        this.matching = matching;
    }

    /** The header's columns that matched the pattern given to {@link #read}, in header order. */
    List<String> matching() {
        return matching;
    }

    /**
     * @param wanted the column names to keep
     * @throws UnknownColumnException if a wanted column is not in the header
     * @throws InputException         if the file cannot be read as CSV (naming file and line)
     */
    static CsvData read(Path file, List<String> wanted) throws InputException, UnknownColumnException {
        return read(file, wanted, null);
    }

    /**
     * Also keeps every column whose name contains a match of {@code alsoMatching} (as R's
     * {@code grep}); none if it is null.
     */
    static CsvData read(Path file, List<String> wantedColumns, java.util.regex.Pattern alsoMatching)
            throws InputException, UnknownColumnException {
        List<String> wanted = new ArrayList<>(wantedColumns);
        List<String> matching = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || header.isEmpty()) {
                throw new InputException(file + ": line 1: no header");
            }
            if (alsoMatching != null) {
                for (String name : parser.getHeaderNames()) {
                    if (alsoMatching.matcher(name).find()) {
                        matching.add(name);
                        if (!wanted.contains(name)) {
                            wanted.add(name);
                        }
                    }
                }
            }
            int[] index = new int[wanted.size()];
            for (int k = 0; k < wanted.size(); k++) {
                Integer i = header.get(wanted.get(k));
                if (i == null) {
                    throw new UnknownColumnException(file + ": no column '" + wanted.get(k) + "' (columns: "
                            + String.join(", ", header.keySet()) + ")");
                }
                index[k] = i;
            }
            List<String[]> rows = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            long line = 2;
            for (CSVRecord r : parser) {
                if (r.size() != header.size()) {
                    throw new InputException(file + ": line " + line + ": " + r.size() + " fields, the header has " + header.size());
                }
                String[] row = new String[index.length];
                for (int k = 0; k < index.length; k++) {
                    row[k] = r.get(index[k]);
                }
                rows.add(row);
                lines.add(line);
                line = parser.getCurrentLineNumber() + 1;
            }
            if (rows.isEmpty()) {
                throw new InputException(file + ": no data rows");
            }
            Map<String, String[]> columns = new HashMap<>();
            for (int k = 0; k < index.length; k++) {
                String[] c = new String[rows.size()];
                for (int i = 0; i < c.length; i++) {
                    c[i] = rows.get(i)[k];
                }
                columns.put(wanted.get(k), c);
            }
            long[] lineOfRow = new long[lines.size()];
            for (int i = 0; i < lineOfRow.length; i++) {
                lineOfRow[i] = lines.get(i);
            }
            return new CsvData(file, columns, lineOfRow, matching);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new InputException(file + ": cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    int rows() {
        return lineOfRow.length;
    }

    static boolean isMissing(String cell) {
        return cell == null || cell.isBlank() || cell.trim().equals("NA");
    }

    /** Text cells; missing cells are {@code null}. */
    String[] texts(String column) {
        String[] raw = columns.get(column);
        String[] out = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = isMissing(raw[i]) ? null : raw[i];
        }
        return out;
    }

    /** Numbers; missing cells are NaN. A cell that is not a number is an error naming file, line and column. */
    double[] numbers(String column) throws InputException {
        String[] raw = columns.get(column);
        double[] out = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            String s = raw[i];
            if (isMissing(s)) {
                out[i] = Double.NaN;
                continue;
            }
            try {
                out[i] = Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                throw new InputException(where(i, column) + ": '" + s + "' is not a number");
            }
        }
        return out;
    }

    String where(int row, String column) {
        return file + ": line " + lineOfRow[row] + ", column '" + column + "'";
    }

    /** Thrown for a column name that is not in the header: a usage error (exit 2). */
    static final class UnknownColumnException extends Exception {
        UnknownColumnException(String message) {
            super(message);
        }
    }
}
