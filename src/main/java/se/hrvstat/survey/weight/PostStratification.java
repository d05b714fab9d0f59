package se.hrvstat.survey.weight;

import java.util.List;
import java.util.Map;

/**
 * Post-stratification as R's survey {@code postStratify} ({@code poststratify.R}): within each
 * cell of one margin (a variable or an interaction) the weights are multiplied by the cell's
 * population count over its weighted sample count (Lumley 2010, section 7.1; Särndal,
 * Swensson &amp; Wretman 1992, section 7.6). A sample cell without population count, and a
 * population cell with a positive count but no sample weight, are errors as in R without
 * {@code partial = TRUE}. Stateless.
 */
public final class PostStratification {
    private PostStratification() {
    }

    public static CalibrationResult of(double[] weights, Map<String, String[]> sample, Margin margin) {
        CalibrationModel model = CalibrationModel.of(sample, List.of(margin));
        EmptyCells.check(model, weights);
        int cells = margin.cells().size();
        double[] sampleTotal = new double[cells];
        int[] cellOf = new int[weights.length];
        for (int i = 0; i < weights.length; i++) {
            cellOf[i] = model.cellOf(0, i);
            sampleTotal[cellOf[i]] += weights[i];
        }
        for (int c = 0; c < cells; c++) {
            Margin.Cell cell = margin.cells().get(c);
            if (sampleTotal[c] != 0 && cell.count() == 0) {
                throw new CalibrationException(margin.name(), -sampleTotal[c], "margin '" + margin.name() + "': cell "
                        + cell.label(margin.variables()) + " has sample weight " + sampleTotal[c]
                        + " but population count 0 (misfit " + -sampleTotal[c] + ")");
            }
        }
        double[] g = new double[weights.length];
        double[] calibrated = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            Margin.Cell cell = margin.cells().get(cellOf[i]);
            g[i] = cell.count() / sampleTotal[cellOf[i]];
            calibrated[i] = weights[i] * g[i];
        }
        double[][] indicators = CellIndicators.of(cellOf, cells);
        double[] population = new double[cells];
        for (int c = 0; c < cells; c++) {
            population[c] = margin.cells().get(c).count();
        }
        Misfit misfit = Misfit.of(indicators, calibrated, population);
        return new CalibrationResult(calibrated, g, 1, misfit.largest(), margin.name(),
                new CalibrationResiduals(indicators, weights, calibrated));
    }
}
