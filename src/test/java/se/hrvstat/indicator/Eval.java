package se.hrvstat.indicator;

import java.util.HashMap;
import java.util.Map;

/** Test helper: evaluate one expression written inline over a few columns. */
final class Eval {

    static final int M = Codes.MISSING;

    private Eval() {
    }

    static IndicatorCatalogue catalogue(String definition) {
        return IndicatorCatalogue.parse("[x]\nversion = 1\nlabel = x\ndefinition = " + definition + "\n", "test.ini");
    }

    /** Evaluates {@code definition}; columns given as name, int[] pairs. */
    static double[] eval(String definition, Object... namesAndColumns) {
        Map<String, int[]> columns = new HashMap<>();
        int rows = 0;
        for (int i = 0; i < namesAndColumns.length; i += 2) {
            int[] col = (int[]) namesAndColumns[i + 1];
            columns.put((String) namesAndColumns[i], col);
            rows = col.length;
        }
        return catalogue(definition).indicators().get(0).evaluate(columns, rows);
    }

    static int[] codes(int... c) {
        return c;
    }
}
