package se.hrvstat.cli.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hrvstat.survey.design.SurveyDesign;

/**
 * The domains of {@code --by}, as R's {@code svyby}: one per combination of values that occurs on
 * a row of non-zero weight; rows with a missing by-value belong to no domain.
 */
final class Domains {
    record Domain(String label, boolean[] rows) {
    }

    private Domains() {
    }

    static List<Domain> of(CsvData data, SurveyDesign design, List<String> by) {
        List<Domain> out = new ArrayList<>();
        if (by.isEmpty()) {
            out.add(new Domain("", null));
            return out;
        }
        List<String[]> values = new ArrayList<>();
        for (String column : by) {
            values.add(data.texts(column));
        }
        Map<String, boolean[]> domains = new LinkedHashMap<>();
        int n = data.rows();
        for (int i = 0; i < n; i++) {
            StringBuilder label = new StringBuilder();
            boolean missing = false;
            for (int k = 0; k < by.size(); k++) {
                String v = values.get(k)[i];
                if (v == null) {
                    missing = true;
                    break;
                }
                if (k > 0) {
                    label.append(';');
                }
                label.append(by.get(k)).append('=').append(v);
            }
            if (missing) {
                continue;
            }
            boolean[] rows = domains.get(label.toString());
            if (rows == null) {
                if (design.weight(i) == 0) {
                    continue; // svyby keeps only levels seen on rows of non-zero weight
                }
                rows = new boolean[n];
                domains.put(label.toString(), rows);
            }
            rows[i] = true;
        }
        // rows of zero weight seen before their domain's first weighted row
        if (domains.size() > 0) {
            for (int i = 0; i < n; i++) {
                if (design.weight(i) != 0) {
                    continue;
                }
                StringBuilder label = new StringBuilder();
                boolean missing = false;
                for (int k = 0; k < by.size() && !missing; k++) {
                    String v = values.get(k)[i];
                    missing = v == null;
                    if (!missing) {
                        label.append(k > 0 ? ";" : "").append(by.get(k)).append('=').append(v);
                    }
                }
                boolean[] rows = missing ? null : domains.get(label.toString());
                if (rows != null) {
                    rows[i] = true;
                }
            }
        }
        domains.forEach((label, rows) -> out.add(new Domain(label, rows)));
        return out;
    }
}
