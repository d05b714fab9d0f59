package se.hrvstat.survey.weight;

/** The 0/1 indicator columns of cells, one column per cell. */
final class CellIndicators {
    private CellIndicators() {
    }

    static double[][] of(int[] cellOfRow, int cells) {
        double[][] x = new double[cells][cellOfRow.length];
        for (int i = 0; i < cellOfRow.length; i++) {
            x[cellOfRow[i]][i] = 1;
        }
        return x;
    }
}
