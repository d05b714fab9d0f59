package se.hrvstat.survey.weight;

/** A population cell with a positive count needs sample weight: no weighting can fill an empty cell. */
final class EmptyCells {
    private EmptyCells() {
    }

    static void check(CalibrationModel model, double[] weights) {
        for (int m = 0; m < model.margins().size(); m++) {
            Margin margin = model.margins().get(m);
            double[] sampleTotal = new double[margin.cells().size()];
            for (int i = 0; i < weights.length; i++) {
                sampleTotal[model.cellOf(m, i)] += weights[i];
            }
            for (int c = 0; c < sampleTotal.length; c++) {
                Margin.Cell cell = margin.cells().get(c);
                if (sampleTotal[c] == 0 && cell.count() > 0) {
                    throw new CalibrationException(margin.name(), cell.count(), "margin '" + margin.name() + "': cell "
                            + cell.label(margin.variables()) + " has population count " + cell.count()
                            + " but no sample weight (misfit " + cell.count() + ")");
                }
            }
        }
    }
}
