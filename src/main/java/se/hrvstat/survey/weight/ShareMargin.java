package se.hrvstat.survey.weight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A margin applied as shares (EXCHANGE.md 1.3, the partial {@code sex_grade} margin): register
 * sex has two categories while respondents may answer others (3, 9), so within each cell of the
 * other variables (each grade) the weighted split between the register's categories among the
 * respondents who answered one of them is calibrated to the register's split; the register
 * counts are scaled to the weighted number of those respondents in that cell. Respondents with
 * another answer are calibrated on the other margins only.
 *
 * <p>For category c of the share variable with register share s_c within its cell g, the split
 * {@code sum_{g, c} w = s_c sum_{g, answered} w} is linear in the weights:
 * {@code sum_i w_i x_i = 0} with {@code x_i = [g_i = g]([c_i = c] - s_c [c_i answered])}, one
 * constraint per cell and category but the last (the shares add to 1). The constraints join the
 * other margins in one calibration (Deville &amp; Särndal 1992, any linear constraint). Pure.
 */
public final class ShareMargin {
    private ShareMargin() {
    }

    /**
     * @param margin        e.g. {@code sex_grade} over (sex, grade)
     * @param shareVariable the variable whose split is calibrated, e.g. {@code sex}
     * @param sample        the sample's values of the margin's variables; rows whose share
     *                      variable is not one of the margin's categories (or missing) get 0
     * @throws CalibrationException if a cell's register counts are all 0, or a cell with a
     *                              positive count has no respondent with that category
     */
    public static List<Constraint> constraints(Margin margin, String shareVariable, Map<String, String[]> sample) {
        int s = margin.variables().indexOf(shareVariable);
        if (s < 0) {
            throw new IllegalArgumentException("margin '" + margin.name() + "' has no variable '" + shareVariable + "'");
        }
        String[] share = sample.get(shareVariable);
        int n = share.length;
        // the other variables' cells, each with its categories and counts
        Map<List<String>, Map<String, Double>> cells = new LinkedHashMap<>();
        for (Margin.Cell c : margin.cells()) {
            List<String> rest = new ArrayList<>(c.values());
            rest.remove(s);
            cells.computeIfAbsent(rest, k -> new LinkedHashMap<>()).merge(c.values().get(s), c.count(), Double::sum);
        }
        List<String> others = new ArrayList<>(margin.variables());
        others.remove(s);
        List<Constraint> out = new ArrayList<>();
        for (Map.Entry<List<String>, Map<String, Double>> cell : cells.entrySet()) {
            double total = cell.getValue().values().stream().mapToDouble(Double::doubleValue).sum();
            String where = label(others, cell.getKey());
            if (total == 0) {
                throw new CalibrationException(margin.name(), 0, "margin '" + margin.name() + "': the register counts of "
                        + where + " are all 0, so they give no split");
            }
            boolean[] inCell = new boolean[n];
            boolean[] answered = new boolean[n];
            for (int i = 0; i < n; i++) {
                boolean in = true;
                for (int k = 0; k < others.size() && in; k++) {
                    String v = sample.get(others.get(k))[i];
                    in = v != null && v.equals(cell.getKey().get(k));
                }
                inCell[i] = in;
                answered[i] = in && share[i] != null && cell.getValue().containsKey(share[i]);
            }
            List<String> categories = new ArrayList<>(cell.getValue().keySet());
            for (String category : categories) {
                double count = cell.getValue().get(category);
                boolean seen = false;
                for (int i = 0; i < n && !seen; i++) {
                    seen = answered[i] && share[i].equals(category);
                }
                if (count > 0 && !seen) {
                    throw new CalibrationException(margin.name(), count, "margin '" + margin.name() + "': " + where + ", "
                            + shareVariable + "=" + category + " has register count " + count
                            + " but no respondent (misfit " + count + ")");
                }
            }
            for (String category : categories.subList(0, categories.size() - 1)) {
                double p = cell.getValue().get(category) / total;
                double[] x = new double[n];
                for (int i = 0; i < n; i++) {
                    if (answered[i]) {
                        x[i] = (share[i].equals(category) ? 1 : 0) - p;
                    }
                }
                out.add(new Constraint(margin.name(), where + ", share of " + shareVariable + "=" + category, x, 0));
            }
        }
        return out;
    }

    private static String label(List<String> variables, List<String> values) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < variables.size(); k++) {
            b.append(k == 0 ? "" : ", ").append(variables.get(k)).append('=').append(values.get(k));
        }
        return b.isEmpty() ? "the whole sample" : b.toString();
    }
}
