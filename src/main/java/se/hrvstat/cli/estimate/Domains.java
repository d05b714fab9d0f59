package se.hrvstat.cli.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.table.ColumnTable;
import se.hrvstat.table.TextCodes;

/**
 * The domains of {@code --by}, as R's {@code svyby}: one per combination of values that occurs on
 * a row of non-zero weight, labelled {@code COL=VALUE} joined with {@code ;}; rows with a
 * missing by-value belong to no domain. Without {@code --by}, one domain of all rows, label empty.
 * Works on the columns' codes ({@link ColumnTable#codes}): no text per row.
 */
final class Domains {
    final List<String> labels;
    /** Per row the domain index, or -1. */
    final int[] domainOfRow;

    private Domains(List<String> labels, int[] domainOfRow) {
        this.labels = labels;
        this.domainOfRow = domainOfRow;
    }

    /** The rows of domain d; null (all rows) without --by. */
    boolean[] member(int d) {
        if (labels.size() == 1 && labels.get(0).isEmpty()) {
            return null;
        }
        boolean[] in = new boolean[domainOfRow.length];
        for (int i = 0; i < in.length; i++) {
            in[i] = domainOfRow[i] == d;
        }
        return in;
    }

    static Domains of(ColumnTable data, SurveyDesign design, List<String> by) {
        int n = data.rows();
        int[] domainOfRow = new int[n];
        if (by.isEmpty()) {
            return new Domains(List.of(""), domainOfRow);
        }
        int columns = by.size();
        int[][] codes = new int[columns][];
        String[][] values = new String[columns][];
        for (int k = 0; k < columns; k++) {
            TextCodes coded = data.codes(by.get(k));
            codes[k] = coded.codes();
            values[k] = coded.values();
        }
        double product = 1;
        for (int k = 0; k < columns; k++) {
            product *= values[k].length + 1.0;
        }
        if (product > 4e18) {
            // mixed-radix keys would overflow a long: combine the by-columns two at a time
            throw new IllegalArgumentException("too many combinations of --by values to index (" + product + ")");
        }
        Map<Long, Integer> index = new HashMap<>();
        List<long[]> keys = new ArrayList<>();
        Arrays.fill(domainOfRow, -1);
        // first the levels seen on rows of non-zero weight (svyby), then their zero-weight rows
        for (int pass = 0; pass < 2; pass++) {
            long lastKey = Long.MIN_VALUE;
            int lastDomain = -1;
            for (int i = 0; i < n; i++) {
                boolean weighted = design.weight(i) != 0;
                if (weighted != (pass == 0)) {
                    continue;
                }
                long key = 0;
                boolean missing = false;
                for (int k = 0; k < columns; k++) {
                    int c = codes[k][i];
                    if (c < 0) {
                        missing = true;
                        break;
                    }
                    key = key * (values[k].length + 1L) + c;
                }
                if (missing) {
                    continue;
                }
                if (key != lastKey) {
                    Integer d = index.get(key);
                    if (d == null && weighted) {
                        d = keys.size();
                        index.put(key, d);
                        long[] parts = new long[columns];
                        for (int k = 0; k < columns; k++) {
                            parts[k] = codes[k][i];
                        }
                        keys.add(parts);
                    }
                    lastKey = key;
                    lastDomain = d == null ? -1 : d;
                }
                domainOfRow[i] = lastDomain;
            }
        }
        List<String> labels = new ArrayList<>();
        for (long[] parts : keys) {
            StringBuilder label = new StringBuilder();
            for (int k = 0; k < columns; k++) {
                label.append(k > 0 ? ";" : "").append(by.get(k)).append('=').append(values[k][(int) parts[k]]);
            }
            labels.add(label.toString());
        }
        return new Domains(labels, domainOfRow);
    }
}
