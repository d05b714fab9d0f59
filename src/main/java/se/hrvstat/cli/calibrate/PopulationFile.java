package se.hrvstat.cli.calibrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hrvstat.survey.weight.Margin;
import se.hrvstat.table.ColumnTable;
import se.hrvstat.table.CsvFile;
import se.hrvstat.table.CsvFormat;
import se.hrvstat.table.InputException;
import se.hrvstat.table.TextCells;

/**
 * Population margins from a file in the format of EXCHANGE.md 1.3 generalised to any columns:
 * a {@code margin} column, one column per calibration variable (empty where the margin does not
 * use it) and {@code count}. The columns that are non-empty in a margin's rows define the
 * margin; every row of a margin must use the same columns. Margins keep the file's order.
 */
final class PopulationFile {
    private PopulationFile() {
    }

    static List<Margin> read(Path file) throws InputException {
        CsvFile csv = CsvFile.open(file, CsvFormat.RFC4180);
        if (!csv.has("margin") || !csv.has("count")) {
            throw new InputException(file + ": line 1: a population file needs the columns 'margin' and 'count'"
                    + " (columns: " + String.join(", ", csv.header()) + ")");
        }
        List<String> variables = new ArrayList<>(csv.header());
        variables.remove("margin");
        variables.remove("count");
        List<String> textColumns = new ArrayList<>(variables);
        textColumns.add("margin");
        ColumnTable t = csv.read(textColumns, List.of("count"), TextCells.TRIMMED);
        String[] margin = t.texts("margin");
        double[] count = t.numbers("count");
        Map<String, List<Integer>> rowsOf = new LinkedHashMap<>();
        for (int i = 0; i < t.rows(); i++) {
            if (margin[i] == null) {
                throw new InputException(t.where(i, "margin") + ": no margin name");
            }
            if (Double.isNaN(count[i]) || count[i] < 0 || Double.isInfinite(count[i])) {
                throw new InputException(t.where(i, "count") + ": the count must be a number >= 0");
            }
            rowsOf.computeIfAbsent(margin[i], k -> new ArrayList<>()).add(i);
        }
        Map<String, String[]> cells = new LinkedHashMap<>();
        for (String v : variables) {
            cells.put(v, t.texts(v));
        }
        List<Margin> margins = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : rowsOf.entrySet()) {
            int first = e.getValue().get(0);
            List<String> used = new ArrayList<>();
            for (String v : variables) {
                if (cells.get(v)[first] != null) {
                    used.add(v);
                }
            }
            if (used.isEmpty()) {
                throw new InputException(t.where(first, "margin") + ": margin '" + e.getKey() + "' uses no variable");
            }
            Margin.Builder b = Margin.of(e.getKey(), used.toArray(String[]::new));
            for (int i : e.getValue()) {
                String[] values = new String[used.size()];
                for (String v : variables) {
                    boolean empty = cells.get(v)[i] == null;
                    if (empty == used.contains(v)) {
                        throw new InputException(t.where(i, v) + ": margin '" + e.getKey() + "' is defined by " + used
                                + " (its first row), but this row " + (empty ? "leaves it empty" : "fills it"));
                    }
                }
                for (int k = 0; k < used.size(); k++) {
                    values[k] = cells.get(used.get(k))[i];
                }
                b.cell(count[i], values);
            }
            try {
                margins.add(b.build());
            } catch (IllegalArgumentException ex) {
                throw new InputException(file + ": " + ex.getMessage(), ex);
            }
        }
        return margins;
    }
}
