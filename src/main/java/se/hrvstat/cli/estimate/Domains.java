package se.hrvstat.cli.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.hrvstat.survey.design.SurveyDesign;

/**
 * The domains of {@code --by}, as R's {@code svyby}: one per combination of values that occurs on
 * a row of non-zero weight, labelled {@code COL=VALUE} joined with {@code ;}; rows with a
 * missing by-value belong to no domain. Without {@code --by}, one domain of all rows, label empty.
 */
final class Domains {
    final List<String> labels;
    /** Per row the domain index, or -1. */
    final int[] domainOfRow;

    private Domains(List<String> labels, int[] domainOfRow) {
        this.labels = labels;
        this.domainOfRow = domainOfRow;
    }

    static Domains of(CsvData data, SurveyDesign design, List<String> by) {
        int n = data.rows();
        int[] domainOfRow = new int[n];
        if (by.isEmpty()) {
            return new Domains(List.of(""), domainOfRow);
        }
        List<String[]> values = new ArrayList<>();
        for (String column : by) {
            values.add(data.texts(column));
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> labels = new ArrayList<>();
        Arrays.fill(domainOfRow, -1);
        // first the levels seen on rows of non-zero weight (svyby), then their zero-weight rows
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                boolean weighted = design.weight(i) != 0;
                if (weighted != (pass == 0)) {
                    continue;
                }
                String label = label(by, values, i);
                if (label == null) {
                    continue;
                }
                Integer d = index.get(label);
                if (d == null && weighted) {
                    d = labels.size();
                    index.put(label, d);
                    labels.add(label);
                }
                if (d != null) {
                    domainOfRow[i] = d;
                }
            }
        }
        return new Domains(labels, domainOfRow);
    }

    private static String label(List<String> by, List<String[]> values, int row) {
        StringBuilder label = new StringBuilder();
        for (int k = 0; k < by.size(); k++) {
            String v = values.get(k)[row];
            if (v == null) {
                return null;
            }
            if (k > 0) {
                label.append(';');
            }
            label.append(by.get(k)).append('=').append(v);
        }
        return label.toString();
    }
}
