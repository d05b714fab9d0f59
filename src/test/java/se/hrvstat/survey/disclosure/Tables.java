package se.hrvstat.survey.disclosure;

import java.util.ArrayList;
import java.util.List;

/** Two-way count tables with row, column and grand totals as a {@link CellSystem}; keys r0c1, r0T, Tc1, TT. */
final class Tables {
    private Tables() {
    }

    static CellSystem withMargins(long[][] inner) {
        int rows = inner.length;
        int cols = inner[0].length;
        CellSystem.Builder b = CellSystem.builder();
        long grand = 0;
        long[] colSum = new long[cols];
        for (int i = 0; i < rows; i++) {
            long rowSum = 0;
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < cols; j++) {
                b.cell(key(i, j), inner[i][j]);
                parts.add(key(i, j));
                rowSum += inner[i][j];
                colSum[j] += inner[i][j];
            }
            b.cell("r" + i + "T", rowSum).relation("r" + i + "T", parts);
            grand += rowSum;
        }
        List<String> totals = new ArrayList<>();
        for (int j = 0; j < cols; j++) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                parts.add(key(i, j));
            }
            b.cell("Tc" + j, colSum[j]).relation("Tc" + j, parts);
            totals.add("Tc" + j);
        }
        List<String> rowTotals = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            rowTotals.add("r" + i + "T");
        }
        b.cell("TT", grand).relation("TT", totals).relation("TT", rowTotals);
        return b.build();
    }

    static String key(int i, int j) {
        return "r" + i + "c" + j;
    }

    static SuppressionPattern pattern(CellSystem cells, DisclosureRules rules, String... suppressed) {
        boolean[] primary = SuppressionPattern.primary(cells, rules).primary();
        boolean[] s = primary.clone();
        for (String k : suppressed) {
            s[cells.indexOf(k)] = true;
        }
        return new SuppressionPattern(primary, s);
    }
}
