package se.hrvstat.cli.estimate;

import java.util.List;
import se.hrvstat.cli.DesignOptions;
import se.hrvstat.survey.design.ReplicateType;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.design.SurveyDesignBuilder;
import se.hrvstat.table.ColumnTable;
import se.hrvstat.table.InputException;

/**
 * The replicate-weight design of {@code hrvstat estimate --repweights}: R
 * {@code svrepdesign(repweights = REGEX, weights = ~W, type, rho, scale, rscales, mse,
 * combined.weights = TRUE)}, every weight cell checked first so that an error names file, line
 * and column. (The design of strata, clusters and fpc is {@link DesignOptions#design}.)
 */
final class ReplicateDesign {
    private ReplicateDesign() {
    }

    static SurveyDesign of(ColumnTable data, String weights, List<String> replicateColumns, ReplicateType type, Double rho,
                           Double scale, List<Double> rscales, boolean mse) throws InputException {
        double[] w = DesignOptions.checkedWeights(data, weights);
        double[][] reps = new double[replicateColumns.size()][];
        for (int k = 0; k < reps.length; k++) {
            reps[k] = DesignOptions.checkedWeights(data, replicateColumns.get(k));
        }
        SurveyDesignBuilder b = SurveyDesign.builder(w).replicates(reps, type).mse(mse);
        if (rho != null) {
            b.rho(rho);
        }
        if (scale != null) {
            b.scale(scale);
        }
        if (rscales != null) {
            b.rscales(rscales.stream().mapToDouble(Double::doubleValue).toArray());
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new InputException("design rejected: " + e.getMessage(), e);
        }
    }
}
