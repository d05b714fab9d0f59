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
 * <p>The matrix is kept once per pattern of levels (rows with the same level of every variable have
 * the same row of the matrix), with each row's pattern: a few hundred patterns stand for millions
 * of rows. Constraints ({@link #with(List)}) are kept as one value per row.
 *
 * <p>Margins over the same variables must agree: the totals of every shared term (at least the
 * grand total) are compared, and a contradiction is an error naming both margins and the misfit.
 * Immutable after construction.
 */
public final class CalibrationModel {
    private final List<Margin> margins;
    private final int rows;
    /** The margins' columns, then the constraints' columns. */
    private final List<Column> columns;
    /** Per margin: the index of the margin's cell of each row. */
    private final int[][] cellOfRow;
    /**
     * The row's pattern: rows with the same levels of every calibration variable have the same
     * row of the margins' model matrix, so that matrix is kept once per pattern.
     */
    private final int[] patternOfRow;
    /** The margins' columns per pattern: {@code patternColumns[j][u]}. */
    private final double[][] patternColumns;
    /** The values of the constraints' columns, one per row (after the margins' columns). */
    private final List<double[]> constraintValues;

    /** One column of the model matrix: its population total and where it comes from. */
    record Column(double population, String margin, String label) {
    }

    private CalibrationModel(List<Margin> margins, int rows, List<Column> columns, int[][] cellOfRow, int[] patternOfRow,
                             double[][] patternColumns, List<double[]> constraintValues) {
        this.margins = margins;
        this.rows = rows;
        this.columns = columns;
        this.cellOfRow = cellOfRow;
        this.patternOfRow = patternOfRow;
        this.patternColumns = patternColumns;
        this.constraintValues = constraintValues;
    }

    /**
     * A calibration variable as codes: each row's index into {@code values}, -1 when missing
     * (a column read once with a dictionary of its distinct texts).
     */
    public record CodedVariable(int[] codes, String[] values) {
    }

    /**
     * @param sample  the sample's values of the margins' variables, one array per variable, one
     *                entry per row (text codes; {@code null} is missing)
     * @param margins the population margins, at least one
     * @throws CalibrationException if margins contradict each other, or a sample row has a value
     *                              (or combination) for which its margin has no population cell
     */
    public static CalibrationModel of(Map<String, String[]> sample, List<Margin> margins) {
        return build(margins, v -> {
            String[] column = sample.get(v);
            return column == null ? null : new Coding(column.length, i -> column[i], index -> {
                int[] code = new int[column.length];
                for (int i = 0; i < code.length; i++) {
                    Integer c = column[i] == null ? null : index.get(column[i]);
                    code[i] = c == null ? -1 : c;
                }
                return code;
            });
        });
    }

    /** As {@link #of(Map, List)}, from coded variables (no text per row). */
    public static CalibrationModel ofCoded(Map<String, CodedVariable> sample, List<Margin> margins) {
        return build(margins, v -> {
            CodedVariable column = sample.get(v);
            return column == null ? null : new Coding(column.codes().length,
                    i -> column.codes()[i] < 0 ? null : column.values()[column.codes()[i]], index -> {
                int[] level = new int[column.values().length];
                for (int d = 0; d < level.length; d++) {
                    Integer c = column.values()[d] == null ? null : index.get(column.values()[d]);
                    level[d] = c == null ? -1 : c;
                }
                int[] codes = column.codes();
                int[] code = new int[codes.length];
                for (int i = 0; i < code.length; i++) {
                    code[i] = codes[i] < 0 ? -1 : level[codes[i]];
                }
                return code;
            });
        });
    }

    /**
     * A sample variable: its length, a row's text (null: missing; for messages), and its codes as
     * indices into the levels (-1: missing or no level).
     */
    private record Coding(int rows, java.util.function.IntFunction<String> text,
                          java.util.function.Function<Map<String, Integer>, int[]> codes) {
    }

    private static CalibrationModel build(List<Margin> margins, java.util.function.Function<String, Coding> sample) {
        if (margins.isEmpty()) {
            throw new IllegalArgumentException("no margins to calibrate to");
        }
        SampleVariables sv = SampleVariables.of(margins, sample);
        Map<String, List<String>> levels = new HashMap<>();
        Map<String, int[]> codes = new HashMap<>();
        for (String v : sv.variables()) {
            levels.put(v, Levels.sorted(sv.valuesOf().get(v)));
            codes.put(v, sv.columns().get(v).codes().apply(indexOf(levels.get(v))));
        }
        int[][] cellOfRow = new int[margins.size()][];
        for (int m = 0; m < margins.size(); m++) {
            cellOfRow[m] = cellsOfRows(margins.get(m), levels, codes, sv.rows(), sv.columns());
        }
        List<List<String>> terms = Terms.expand(margins, sv.variables());
        MarginTables tables = new MarginTables(margins, levels);
        tables.checkAgreement(terms);
        // rows with the same levels of every variable share a pattern (a row of the model matrix)
        int[] patternOfRow = new int[sv.rows()];
        int patterns = sv.rows() == 0 ? 0 : 1;
        for (String v : sv.variables()) {
            patterns = Patterns.refine(patternOfRow, patterns, codes.get(v), levels.get(v).size());
        }
        ModelMatrix matrix = new ModelMatrix(levels, codes, Patterns.firstRows(patternOfRow, patterns), patterns);
        double[] ones = new double[patterns];
        Arrays.fill(ones, 1);
        matrix.add(new Column(margins.get(0).total(), margins.get(0).name(), "total"), ones);
        for (List<String> term : terms) {
            int owner = tables.firstMarginContaining(term);
            matrix.addTerm(term, at -> new Column(tables.total(owner, term, at), margins.get(owner).name(), matrix.label(term, at)));
        }
        return new CalibrationModel(List.copyOf(margins), sv.rows(), List.copyOf(matrix.columns), cellOfRow, patternOfRow,
                matrix.values.toArray(double[][]::new), List.of());
    }

    private static Map<String, Integer> indexOf(List<String> levels) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            index.put(levels.get(i), i);
        }
        return index;
    }

    /** The margins' variables in order of first use, the values the margins give each, and the sample's columns. */
    private record SampleVariables(List<String> variables, Map<String, List<String>> valuesOf, Map<String, Coding> columns,
                                   int rows) {
        static SampleVariables of(List<Margin> margins, java.util.function.Function<String, Coding> sample) {
            List<String> variables = new ArrayList<>();
            Map<String, List<String>> valuesOf = new LinkedHashMap<>();
            Map<String, Coding> sampleColumns = new HashMap<>();
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
                    Coding column = sampleColumns.computeIfAbsent(v, sample);
                    if (column == null) {
                        throw new IllegalArgumentException("margin '" + m.name() + "': the sample has no variable '" + v + "'");
                    }
                    if (rows >= 0 && column.rows() != rows) {
                        throw new IllegalArgumentException("sample variables differ in length: " + rows + " and " + column.rows());
                    }
                    rows = column.rows();
                }
            }
            return new SampleVariables(variables, valuesOf, sampleColumns, rows);
        }
    }

    /** The model matrix per pattern of levels: its columns (with their totals) and their values on each pattern. */
    private static final class ModelMatrix {
        private final Map<String, List<String>> levels;
        private final Map<String, int[]> codes;
        private final int[] representative;
        private final int patterns;
        final List<Column> columns = new ArrayList<>();
        final List<double[]> values = new ArrayList<>();

        ModelMatrix(Map<String, List<String>> levels, Map<String, int[]> codes, int[] representative, int patterns) {
            this.levels = levels;
            this.codes = codes;
            this.representative = representative;
            this.patterns = patterns;
        }

        void add(Column column, double[] value) {
            columns.add(column);
            values.add(value);
        }

        /** One column per non-reference level combination, the first variable varying fastest (R's model.matrix). */
        void addTerm(List<String> term, java.util.function.Function<int[], Column> column) {
            int[] sizes = new int[term.size()];
            int combinations = 1;
            for (int k = 0; k < term.size(); k++) {
                sizes[k] = levels.get(term.get(k)).size() - 1;
                combinations *= sizes[k];
            }
            int[] at = new int[term.size()];
            for (int c = 0; c < combinations; c++) {
                int rest = c;
                for (int k = 0; k < term.size(); k++) {
                    at[k] = 1 + rest % sizes[k];
                    rest /= sizes[k];
                }
                add(column.apply(at), indicator(term, at));
            }
        }

        String label(List<String> term, int[] at) {
            StringBuilder label = new StringBuilder();
            for (int k = 0; k < term.size(); k++) {
                label.append(k == 0 ? "" : ", ").append(term.get(k)).append('=').append(levels.get(term.get(k)).get(at[k]));
            }
            return label.toString();
        }

        /** 1 on the patterns whose levels of the term's variables are {@code at}, else 0. */
        private double[] indicator(List<String> term, int[] at) {
            int[][] termCodes = new int[term.size()][];
            for (int k = 0; k < term.size(); k++) {
                termCodes[k] = codes.get(term.get(k));
            }
            double[] column = new double[patterns];
            for (int u = 0; u < patterns; u++) {
                int i = representative[u];
                boolean in = true;
                for (int k = 0; k < term.size() && in; k++) {
                    in = termCodes[k][i] == at[k];
                }
                column[u] = in ? 1 : 0;
            }
            return column;
        }
    }

    private static int[] cellsOfRows(Margin margin, Map<String, List<String>> levels, Map<String, int[]> codes, int rows,
                                     Map<String, Coding> sample) {
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
            StringBuilder first = new StringBuilder();
            for (String v : vars) {
                String text = sample.get(v).text().apply(firstBad);
                first.append(first.length() == 0 ? "" : ", ").append(v).append(text == null ? " missing" : "=" + text);
            }
            throw new CalibrationException(margin.name(), bad, "margin '" + margin.name() + "': " + bad
                    + " sample rows (the first is row " + (firstBad + 1) + ": " + first + ") have a value of " + vars
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

    /** The values of column {@code j} of the model matrix, one per row. */
    double[] values(int j) {
        if (j >= patternColumns.length) {
            return constraintValues.get(j - patternColumns.length);
        }
        double[] byPattern = patternColumns[j];
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = byPattern[patternOfRow[i]];
        }
        return out;
    }

    /** The index of the cell of margin {@code m} that row {@code i} falls in. */
    int cellOf(int m, int i) {
        return cellOfRow[m][i];
    }

    /**
     * The model matrix with the weights summed over rows that share a row of the matrix: the
     * calibration equations {@code sum_i w_i F(x_i' lambda) x_i = t} only involve the rows through
     * their {@code x_i}, so they are the same equations on these units (one per pattern) with the
     * summed weights, and {@code g} is the same for every row of a unit. With constraints (which
     * may differ between any two rows) every row is its own unit.
     */
    Units units(double[] weights) {
        if (weights.length != rows) {
            throw new IllegalArgumentException(weights.length + " weights for " + rows + " rows");
        }
        if (!constraintValues.isEmpty()) {
            double[][] x = new double[columns.size()][];
            for (int j = 0; j < x.length; j++) {
                x[j] = values(j);
            }
            return new Units(x, weights, null);
        }
        double[] summed = new double[patternColumns[0].length];
        for (int i = 0; i < rows; i++) {
            summed[patternOfRow[i]] += weights[i];
        }
        return new Units(patternColumns, summed, patternOfRow);
    }

    /**
     * Units of the calibration: rows, or groups of rows with the same model-matrix row.
     *
     * @param x         the model matrix per unit, {@code x[j][u]}
     * @param weights   the weight of each unit (the sum of its rows' weights)
     * @param unitOfRow each row's unit, or {@code null} when every row is its own unit
     */
    record Units(double[][] x, double[] weights, int[] unitOfRow) {
        /** A value per unit spread to the rows. */
        double[] toRows(double[] perUnit) {
            if (unitOfRow == null) {
                return perUnit;
            }
            double[] out = new double[unitOfRow.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = perUnit[unitOfRow[i]];
            }
            return out;
        }
    }

    /**
     * This model with linear constraints added as further columns: {@code sum_i w_i x_i = total}
     * for each constraint (a share margin, see {@link ShareMargin}).
     */
    public CalibrationModel with(List<Constraint> constraints) {
        List<Column> all = new ArrayList<>(columns);
        List<double[]> values = new ArrayList<>(constraintValues);
        for (Constraint c : constraints) {
            if (c.values().length != rows) {
                throw new IllegalArgumentException("constraint '" + c.margin() + "' has " + c.values().length
                        + " values for " + rows + " rows");
            }
            all.add(new Column(c.total(), c.margin(), c.label()));
            values.add(c.values());
        }
        return new CalibrationModel(margins, rows, List.copyOf(all), cellOfRow, patternOfRow, patternColumns,
                List.copyOf(values));
    }

    /** The number of columns of the model matrix (before dropping empty columns). */
    public int columnCount() {
        return columns.size();
    }
}
