package se.hrvstat.cli.calibrate;

import java.util.Arrays;
import java.util.List;
import se.hrvstat.survey.design.LonelyPsuRule;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.design.SurveyDesignBuilder;
import se.hrvstat.table.ColumnTable;
import se.hrvstat.table.InputException;

/**
 * The weights to calibrate: the design of the design options, as {@code hrvstat estimate}
 * builds it (R's {@code svydesign}), and its sampling weights: {@code --weights}, else from
 * {@code --fpc}, else 1. Cells are checked first so that an error names file, line and column.
 */
final class InputWeights {
    private InputWeights() {
    }

    static SurveyDesign design(ColumnTable data, String weights, String strata, List<String> clusters, List<String> fpc,
                               boolean nest, LonelyPsuRule lonely) throws InputException {
        double[] w = null;
        if (weights != null) {
            w = data.numbers(weights);
            for (int i = 0; i < w.length; i++) {
                if (Double.isNaN(w[i])) {
                    throw new InputException(data.where(i, weights) + ": missing weight (R: missing values in `weights')");
                }
                if (w[i] < 0 || Double.isInfinite(w[i])) {
                    throw new InputException(data.where(i, weights) + ": weight " + w[i] + " is not a finite non-negative number");
                }
            }
        }
        if (w == null && fpc.isEmpty()) {
            w = new double[data.rows()];
            Arrays.fill(w, 1);
        }
        SurveyDesignBuilder b = SurveyDesign.builder(w);
        if (strata != null) {
            b.strata(required(data, strata, "strata"));
        }
        if (!clusters.isEmpty()) {
            String[][] ids = new String[clusters.size()][];
            for (int s = 0; s < ids.length; s++) {
                ids[s] = required(data, clusters.get(s), "id");
            }
            b.clusters(ids);
        }
        if (!fpc.isEmpty()) {
            double[][] f = new double[fpc.size()][];
            for (int s = 0; s < f.length; s++) {
                f[s] = data.numbers(fpc.get(s));
                for (int i = 0; i < f[s].length; i++) {
                    if (Double.isNaN(f[s][i])) {
                        throw new InputException(data.where(i, fpc.get(s)) + ": missing fpc (R: missing values in `fpc')");
                    }
                }
            }
            b.fpc(f);
        }
        try {
            return b.nest(nest).lonelyPsu(lonely).build();
        } catch (IllegalArgumentException e) {
            throw new InputException("design rejected: " + e.getMessage(), e);
        }
    }

    private static String[] required(ColumnTable data, String column, String what) throws InputException {
        String[] t = data.texts(column);
        for (int i = 0; i < t.length; i++) {
            if (t[i] == null) {
                throw new InputException(data.where(i, column) + ": missing value (R: missing values in `" + what + "')");
            }
        }
        return t;
    }
}
