package se.hrvstat.survey.weight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model matrix of a calibration to population margins, built as R's
 * {@code model.matrix(~ m1 + m2 + ...)} builds it where each margin of several variables is
 * their interaction ({@code calibrate(design, list(~a + b, ~c), population = list(...))},
 * survey's {@code margins2totals}): an intercept, then for every term of the hierarchical
 * expansion of the margins (each non-empty subset of a margin's variables, once) the
 * treatment-contrast columns, products of indicators of the non-reference levels. The
 * population total of each column comes from the margins.
 *
 * <p>Margins over the same variables must agree: the totals of every shared term (at least the
 * grand total) are compared, and a contradiction is an error naming both margins and the misfit.
 * Immutable after construction.
 */
public final class CalibrationModel {
    private final List<Margin> margins;
    private final int rows;
    private final List<Column> columns;
    /** Per margin: the index of the margin's cell of each row. */
    private final int[][] cellOfRow;

    /** One column of the model matrix: its values, its population total and where it comes from. */
    record Column(double[] values, double population, String margin, String label) {
    }

    private CalibrationModel(List<Margin> margins, int rows, List<Column> columns, int[][] cellOfRow) {
        this.margins = margins;
        this.rows = rows;
        this.columns = columns;
        this.cellOfRow = cellOfRow;
    }

    /**
     * @param sample  the sample's values of the margins' variables, one array per variable, one
     *                entry per row (text codes; {@code null} is missing)
     * @param margins the population margins, at least one
     * @throws CalibrationException if margins contradict each other, or a sample row has a value
     *                              (or combination) for which its margin has no population cell
     */
    public static CalibrationModel of(Map<String, String[]> sample, List<Margin> margins) {
        if (margins.isEmpty()) {
            throw new IllegalArgumentException("no margins to calibrate to");
        }
        List<String> variables = new ArrayList<>();
        Map<String, List<String>> valuesOf = new LinkedHashMap<>();
        int rows = -1;
        for (Margin m : margins) {
            for (int k = 0; k < m.variables().size(); k++) {
                String v = m.variables().get(k);
                if (!valuesOf.containsKey(v)) {
                    variables.add(v);
                    valuesOf.put(v, new ArrayList<>());
                }
                for (Margin.Cell c : m.cells()) {
                    valuesOf.get(v).add(c.values().get(k));
                }
                String[] column = sample.get(v);
                if (column == null) {
                    throw new IllegalArgumentException("margin '" + m.name() + "': the sample has no variable '" + v + "'");
                }
                if (rows >= 0 && column.length != rows) {
                    throw new IllegalArgumentException("sample variables differ in length: " + rows + " and " + column.length);
                }
                rows = column.length;
            }
        }
        Map<String, List<String>> levels = new HashMap<>();
        Map<String, int[]> codes = new HashMap<>();
        for (String v : variables) {
            List<String> l = Levels.sorted(valuesOf.get(v));
            levels.put(v, l);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < l.size(); i++) {
                index.put(l.get(i), i);
            }
            String[] column = sample.get(v);
            int[] code = new int[rows];
            for (int i = 0; i < rows; i++) {
                Integer c = column[i] == null ? null : index.get(column[i]);
                code[i] = c == null ? -1 : c;
            }
            codes.put(v, code);
        }
        int[][] cellOfRow = new int[margins.size()][];
        for (int m = 0; m < margins.size(); m++) {
            cellOfRow[m] = cellsOfRows(margins.get(m), levels, codes, rows);
        }
        List<List<String>> terms = Terms.expand(margins, variables);
        MarginTables tables = new MarginTables(margins, levels);
        tables.checkAgreement(terms);
        List<Column> columns = new ArrayList<>();
        double[] ones = new double[rows];
        Arrays.fill(ones, 1);
        columns.add(new Column(ones, margins.get(0).total(), margins.get(0).name(), "total"));
        for (List<String> term : terms) {
            int owner = tables.firstMarginContaining(term);
            int[] sizes = new int[term.size()];
            int combinations = 1;
            for (int k = 0; k < term.size(); k++) {
                sizes[k] = levels.get(term.get(k)).size() - 1;
                combinations *= sizes[k];
            }
            // non-reference level combinations, the first variable varying fastest (R's model.matrix)
            int[] at = new int[term.size()];
            for (int c = 0; c < combinations; c++) {
                int rest = c;
                StringBuilder label = new StringBuilder();
                for (int k = 0; k < term.size(); k++) {
                    at[k] = 1 + rest % sizes[k];
                    rest /= sizes[k];
                    label.append(k == 0 ? "" : ", ").append(term.get(k)).append('=').append(levels.get(term.get(k)).get(at[k]));
                }
                double[] values = new double[rows];
                for (int i = 0; i < rows; i++) {
                    boolean in = true;
                    for (int k = 0; k < term.size() && in; k++) {
                        in = codes.get(term.get(k))[i] == at[k];
                    }
                    values[i] = in ? 1 : 0;
                }
                columns.add(new Column(values, tables.total(owner, term, at), margins.get(owner).name(), label.toString()));
            }
        }
        return new CalibrationModel(List.copyOf(margins), rows, columns, cellOfRow);
    }

    private static int[] cellsOfRows(Margin margin, Map<String, List<String>> levels, Map<String, int[]> codes, int rows) {
        List<String> vars = margin.variables();
        // a cell's number in the full grid of the margin's variables, first variable fastest
        int[] stride = new int[vars.size()];
        int grid = 1;
        for (int k = 0; k < vars.size(); k++) {
            stride[k] = grid;
            grid = Math.multiplyExact(grid, levels.get(vars.get(k)).size());
        }
        int[] cellOfGrid = new int[grid];
        Arrays.fill(cellOfGrid, -1);
        for (int c = 0; c < margin.cells().size(); c++) {
            int g = 0;
            for (int k = 0; k < vars.size(); k++) {
                g += stride[k] * levels.get(vars.get(k)).indexOf(margin.cells().get(c).values().get(k));
            }
            cellOfGrid[g] = c;
        }
        int[][] code = new int[vars.size()][];
        for (int k = 0; k < vars.size(); k++) {
            code[k] = codes.get(vars.get(k));
        }
        int[] out = new int[rows];
        int bad = 0;
        int firstBad = -1;
        for (int i = 0; i < rows; i++) {
            int g = 0;
            boolean missing = false;
            for (int k = 0; k < code.length; k++) {
                int c = code[k][i];
                missing |= c < 0;
                g += stride[k] * c;
            }
            int cell = missing ? -1 : cellOfGrid[g];
            out[i] = cell;
            if (cell < 0) {
                bad++;
                firstBad = firstBad < 0 ? i : firstBad;
            }
        }
        if (bad > 0) {
            throw new CalibrationException(margin.name(), bad, "margin '" + margin.name() + "': " + bad
                    + " sample rows (the first is row " + (firstBad + 1) + ") have a value of " + vars
                    + " that is missing or has no population count in the margin");
        }
        return out;
    }

    public List<Margin> margins() {
        return margins;
    }

    public int rows() {
        return rows;
    }

    List<Column> columns() {
        return columns;
    }

    /** The index of the cell of margin {@code m} that row {@code i} falls in. */
    int cellOf(int m, int i) {
        return cellOfRow[m][i];
    }

    /**
     * This model with linear constraints added as further columns: {@code sum_i w_i x_i = total}
     * for each constraint (a share margin, see {@link ShareMargin}).
     */
    public CalibrationModel with(List<Constraint> constraints) {
        List<Column> all = new ArrayList<>(columns);
        for (Constraint c : constraints) {
            if (c.values().length != rows) {
                throw new IllegalArgumentException("constraint '" + c.margin() + "' has " + c.values().length
                        + " values for " + rows + " rows");
            }
            all.add(new Column(c.values(), c.total(), c.margin(), c.label()));
        }
        return new CalibrationModel(margins, rows, List.copyOf(all), cellOfRow);
    }

    /** The number of columns of the model matrix (before dropping empty columns). */
    public int columnCount() {
        return columns.size();
    }
}
