package se.hrvstat.survey.weight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The population tables that the margins imply for each term: the counts of a margin summed
 * over the variables not in the term. Margins that share a term must give it the same table
 * (EXCHANGE.md 1.3: margins over the same units agree on their totals).
 */
final class MarginTables {
    private static final double TOLERANCE = 1e-9;
    private final List<Margin> margins;
    private final Map<String, List<String>> levels;

    MarginTables(List<Margin> margins, Map<String, List<String>> levels) {
        this.margins = margins;
        this.levels = levels;
    }

    int firstMarginContaining(List<String> term) {
        for (int m = 0; m < margins.size(); m++) {
            if (margins.get(m).variables().containsAll(term)) {
                return m;
            }
        }
        throw new IllegalStateException("no margin has " + term);
    }

    /** The population count of margin {@code m} in the cell {@code at} (level indices) of {@code term}. */
    double total(int m, List<String> term, int[] at) {
        Margin margin = margins.get(m);
        double sum = 0;
        for (Margin.Cell c : margin.cells()) {
            boolean in = true;
            for (int k = 0; k < term.size() && in; k++) {
                int position = margin.variables().indexOf(term.get(k));
                in = c.values().get(position).equals(levels.get(term.get(k)).get(at[k]));
            }
            if (in) {
                sum += c.count();
            }
        }
        return sum;
    }

    /** Checks the grand total and every shared term. */
    void checkAgreement(List<List<String>> terms) {
        List<List<String>> all = new ArrayList<>();
        all.add(List.of());
        all.addAll(terms);
        for (List<String> term : all) {
            int first = -1;
            for (int m = 0; m < margins.size(); m++) {
                if (!margins.get(m).variables().containsAll(term)) {
                    continue;
                }
                if (first < 0) {
                    first = m;
                    continue;
                }
                compare(term, first, m);
            }
        }
    }

    private void compare(List<String> term, int a, int b) {
        int[] sizes = new int[term.size()];
        int combinations = 1;
        for (int k = 0; k < term.size(); k++) {
            sizes[k] = levels.get(term.get(k)).size();
            combinations *= sizes[k];
        }
        int[] at = new int[term.size()];
        for (int c = 0; c < combinations; c++) {
            int rest = c;
            StringBuilder cell = new StringBuilder();
            for (int k = 0; k < term.size(); k++) {
                at[k] = rest % sizes[k];
                rest /= sizes[k];
                cell.append(k == 0 ? "" : ", ").append(term.get(k)).append('=').append(levels.get(term.get(k)).get(at[k]));
            }
            double ta = total(a, term, at);
            double tb = total(b, term, at);
            if (Math.abs(ta - tb) > TOLERANCE * Math.max(1, Math.max(Math.abs(ta), Math.abs(tb)))) {
                String where = term.isEmpty() ? "the population total" : cell.toString();
                String nameA = margins.get(a).name();
                String nameB = margins.get(b).name();
                throw new CalibrationException(nameB, ta - tb, "margins '" + nameA + "' and '" + nameB
                        + "' contradict each other on " + where + ": " + ta + " and " + tb + " (misfit " + (ta - tb) + ")");
            }
        }
    }
}
