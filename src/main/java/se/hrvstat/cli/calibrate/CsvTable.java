package se.hrvstat.cli.calibrate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A whole comma-separated UTF-8 file with a header, read with Commons CSV and kept cell for
 * cell so that it can be written back with one more column. An empty cell or {@code NA} is
 * missing.
 */
final class CsvTable {
    final Path file;
    final List<String> header;
    final List<String[]> rows;
    private final long[] lineOfRow;

    private CsvTable(Path file, List<String> header, List<String[]> rows, long[] lineOfRow) {
        this.file = file;
        this.header = header;
        this.rows = rows;
        this.lineOfRow = lineOfRow;
    }

    static CsvTable read(Path file) throws InputException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            if (header == null || header.isEmpty()) {
                throw new InputException(file + ": line 1: no header");
            }
            List<String[]> rows = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            long line = 2;
            for (CSVRecord r : parser) {
                if (r.size() != header.size()) {
                    throw new InputException(file + ": line " + line + ": " + r.size() + " fields, the header has " + header.size());
                }
                rows.add(r.values());
                lines.add(line);
                line = parser.getCurrentLineNumber() + 1;
            }
            if (rows.isEmpty()) {
                throw new InputException(file + ": no data rows");
            }
            return new CsvTable(file, List.copyOf(header), rows, lines.stream().mapToLong(Long::longValue).toArray());
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new InputException(file + ": cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    int size() {
        return rows.size();
    }

    boolean has(String column) {
        return header.contains(column);
    }

    static boolean isMissing(String cell) {
        return cell == null || cell.isBlank() || cell.trim().equals("NA");
    }

    /** Trimmed text cells; missing cells are {@code null}. */
    String[] texts(String column) {
        int k = header.indexOf(column);
        String[] out = new String[rows.size()];
        for (int i = 0; i < out.length; i++) {
            String s = rows.get(i)[k];
            out[i] = isMissing(s) ? null : s.trim();
        }
        return out;
    }

    /** Numbers; missing cells are NaN; a cell that is not a number is an error naming file, line and column. */
    double[] numbers(String column) throws InputException {
        String[] t = texts(column);
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            if (t[i] == null) {
                out[i] = Double.NaN;
                continue;
            }
            try {
                out[i] = Double.parseDouble(t[i]);
            } catch (NumberFormatException e) {
                throw new InputException(where(i, column) + ": '" + t[i] + "' is not a number");
            }
        }
        return out;
    }

    String where(int row, String column) {
        return file + ": line " + lineOfRow[row] + ", column '" + column + "'";
    }

    Map<String, Integer> index() {
        java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
        for (int k = 0; k < header.size(); k++) {
            m.put(header.get(k), k);
        }
        return m;
    }
}
