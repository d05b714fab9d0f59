package se.hrvstat.survey.weight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Raking by iterative proportional fitting, as R's survey {@code rake} ({@code poststratify.R}):
 * each sweep post-stratifies on every margin in turn; the sweeps stop when the weighted joint
 * table of all the margins' variables changes by less than {@code epsilon} in every cell
 * ({@code epsilon < 1} is a fraction of the weight total), or after {@code maxit} sweeps
 * (R's defaults: 10 and 1). Deming &amp; Stephan (1940); Lumley 2010, section 7.3. Its limit is
 * calibration with {@link CalibrationFunction#RAKING}.
 *
 * <p>The residuals of the result project on all the margins' cells at once, the limit of R's
 * ten alternating sweeps in {@code svyrecvar}, so standard errors differ slightly from R's for
 * {@code rake()} designs (not for {@code calibrate(calfun = "raking")} designs).
 */
public final class Raking {
    public static final int DEFAULT_MAXIT = 10;
    public static final double DEFAULT_EPSILON = 1;

    private Raking() {
    }

    /** The outcome: the result, whether it converged, and the sweeps done. */
    public record Outcome(CalibrationResult result, boolean converged) {
    }

    public static Outcome rake(double[] weights, Map<String, String[]> sample, List<Margin> margins, double epsilon, int maxit) {
        CalibrationModel model = CalibrationModel.of(sample, margins);
        EmptyCells.check(model, weights);
        int n = weights.length;
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double tolerance = epsilon < 1 ? epsilon * total : epsilon;
        int[] joint = jointCells(sample, margins, n);
        int jointCount = 0;
        for (int j : joint) {
            jointCount = Math.max(jointCount, j + 1);
        }
        double[] w = weights.clone();
        double[] oldTable = table(joint, jointCount, w);
        int iterations = 0;
        boolean converged = false;
        while (iterations < maxit) {
            for (int m = 0; m < margins.size(); m++) {
                Margin margin = margins.get(m);
                double[] sampleTotal = new double[margin.cells().size()];
                for (int i = 0; i < n; i++) {
                    sampleTotal[model.cellOf(m, i)] += w[i];
                }
                for (int i = 0; i < n; i++) {
                    int c = model.cellOf(m, i);
                    w[i] = w[i] / (sampleTotal[c] / margin.cells().get(c).count());
                }
            }
            double[] newTable = table(joint, jointCount, w);
            double delta = 0;
            for (int c = 0; c < jointCount; c++) {
                delta = Math.max(delta, Math.abs(oldTable[c] - newTable[c]));
            }
            if (delta < tolerance) {
                converged = true;
                break;
            }
            oldTable = newTable;
            iterations++;
        }
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = w[i] / weights[i];
        }
        List<double[]> columns = new ArrayList<>();
        List<Double> population = new ArrayList<>();
        for (int m = 0; m < margins.size(); m++) {
            int[] cellOf = new int[n];
            for (int i = 0; i < n; i++) {
                cellOf[i] = model.cellOf(m, i);
            }
            double[][] ind = CellIndicators.of(cellOf, margins.get(m).cells().size());
            for (int c = 0; c < ind.length; c++) {
                columns.add(ind[c]);
                population.add(margins.get(m).cells().get(c).count());
            }
        }
        double[][] x = columns.toArray(double[][]::new);
        Misfit misfit = Misfit.of(x, w, population.stream().mapToDouble(Double::doubleValue).toArray());
        String where = margins.get(marginOfColumn(margins, misfit.column())).name();
        return new Outcome(new CalibrationResult(w, g, iterations + (converged ? 1 : 0), misfit.largest(), where,
                new CalibrationResiduals(x, weights, w)), converged);
    }

    private static int marginOfColumn(List<Margin> margins, int column) {
        int m = 0;
        while (column >= margins.get(m).cells().size()) {
            column -= margins.get(m).cells().size();
            m++;
        }
        return m;
    }

    private static int[] jointCells(Map<String, String[]> sample, List<Margin> margins, int n) {
        LinkedHashSet<String> vars = new LinkedHashSet<>();
        for (Margin m : margins) {
            vars.addAll(m.variables());
        }
        Map<List<String>, Integer> index = new HashMap<>();
        int[] joint = new int[n];
        for (int i = 0; i < n; i++) {
            List<String> key = new ArrayList<>(vars.size());
            for (String v : vars) {
                key.add(sample.get(v)[i]);
            }
            Integer c = index.get(key);
            if (c == null) {
                c = index.size();
                index.put(key, c);
            }
            joint[i] = c;
        }
        return joint;
    }

    private static double[] table(int[] joint, int cells, double[] w) {
        double[] t = new double[cells];
        for (int i = 0; i < w.length; i++) {
            t[joint[i]] += w[i];
        }
        return t;
    }
}
