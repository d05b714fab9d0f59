package se.hrvstat.survey.weight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A population margin: a set of cells of one variable or of the interaction of several, each
 * with a population count (EXCHANGE.md 1.3: the rows of {@code population.csv} with one
 * {@code margin} name). In R's terms a margin is one term {@code ~a} or {@code ~a:b} of the
 * calibration formula together with its population table.
 *
 * <p>Immutable. Build one with {@link #of(String, String...)} and {@link Builder#cell(double, String...)}.
 *
 * @param name      the margin's name, used in messages
 * @param variables the variables whose interaction defines the cells
 * @param cells     the cells with their population counts
 */
public record Margin(String name, List<String> variables, List<Cell> cells) {

    /** One population cell: a value for each of the margin's variables, and the count. */
    public record Cell(List<String> values, double count) {
        public Cell {
            values = List.copyOf(values);
        }

        /** The cell as {@code a=1, b=2}. */
        String label(List<String> variables) {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < variables.size(); k++) {
                s.append(k == 0 ? "" : ", ").append(variables.get(k)).append('=').append(values.get(k));
            }
            return s.toString();
        }
    }

    public Margin {
        variables = List.copyOf(variables);
        cells = List.copyOf(cells);
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("margin '" + name + "' has no variables");
        }
        for (Cell c : cells) {
            if (c.values().size() != variables.size()) {
                throw new IllegalArgumentException("margin '" + name + "': cell " + c.values() + " does not have one value for each of "
                        + variables);
            }
            if (!(c.count() >= 0) || Double.isInfinite(c.count())) {
                throw new IllegalArgumentException("margin '" + name + "': count " + c.count() + " of cell "
                        + c.label(variables) + " is not a finite non-negative number");
            }
        }
        for (int a = 0; a < cells.size(); a++) {
            for (int b = a + 1; b < cells.size(); b++) {
                if (cells.get(a).values().equals(cells.get(b).values())) {
                    throw new IllegalArgumentException("margin '" + name + "': cell " + cells.get(a).label(variables)
                            + " is given twice");
                }
            }
        }
    }

    public static Builder of(String name, String... variables) {
        return new Builder(name, Arrays.asList(variables));
    }

    /** The sum of the margin's counts. */
    public double total() {
        double t = 0;
        for (Cell c : cells) {
            t += c.count();
        }
        return t;
    }

    /** Collects the cells of a margin. */
    public static final class Builder {
        private final String name;
        private final List<String> variables;
        private final List<Cell> cells = new ArrayList<>();

        Builder(String name, List<String> variables) {
            this.name = name;
            this.variables = variables;
        }

        /** Adds a cell: its population count and one value per variable, in the margin's order. */
        public Builder cell(double count, String... values) {
            cells.add(new Cell(Arrays.asList(values), count));
            return this;
        }

        public Margin build() {
            return new Margin(name, variables, cells);
        }
    }
}
