package se.hrvstat.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks rows against the codebook and the rules across columns and files (jobs/rules.md).
 * Rows must arrive in load order ({@link InputDiscovery}): a wave's design before its answers.
 * Not thread-safe: one validator per step.
 */
public final class RowValidator {
    private static final String[] ROUTED_ITEMS = {"q11", "q12", "q13", "q14"};

    private final Codebook codebook;
    private final ReferenceLists reference;
    private final ClassRegistry classes;
    private final Map<Long, Set<String>> keysByFile = new HashMap<>();

    public RowValidator(Codebook codebook, ReferenceLists reference, ClassRegistry classes) {
        this.codebook = codebook;
        this.reference = reference;
        this.classes = classes;
    }

    /** Makes duplicate checks aware of keys a file already had before a restart. */
    public void rememberKeys(long fileId, Set<String> keys) {
        keysByFile.computeIfAbsent(fileId, id -> new HashSet<>()).addAll(keys);
    }

    public ValidatedRow validate(SourceRow row) {
        List<Reject> rejects = new ArrayList<>();
        if (row.pinColumns() != null) {
            rejects.add(new Reject("personal_identity_number", row.pinColumns(), null,
                    "a value in " + row.pinColumns() + " looks like a personal identity number; it was not stored"));
        }
        InputKind kind = row.kind();
        int width = kind.header().size();
        if (row.fields().length != width) {
            rejects.add(new Reject("wrong_field_count", null, String.valueOf(row.fields().length),
                    "the row has " + row.fields().length + " fields, the header " + width));
            return new ValidatedRow(row, new Object[width], rejects);
        }
        Object[] values = new Object[width];
        ColumnRule[] rules = codebook.rules(kind);
        for (int i = 0; i < width; i++) {
            if (row.pinColumns() != null && row.pinColumns().contains(kind.header().get(i))) {
                continue;
            }
            ColumnRule.Checked checked = rules[i].check(row.fields()[i], reference);
            if (checked.reject() != null) {
                rejects.add(checked.reject());
            }
            values[i] = checked.value();
        }
        if (rejects.isEmpty()) {
            crossChecks(row, values, rejects);
        }
        return new ValidatedRow(row, values, rejects);
    }

    private void crossChecks(SourceRow row, Object[] v, List<Reject> rejects) {
        InputKind kind = row.kind();
        switch (kind) {
            case DESIGN -> checkDesign(row, v, rejects);
            case RESPONSES -> checkResponse(row, v, rejects);
            case EFFORTS -> {
                checkPeriod(row, v, "year", rejects);
                int trained = (Integer) v[kind.column("staff_trained")];
                int total = (Integer) v[kind.column("staff_total")];
                if (trained > total) {
                    rejects.add(new Reject("staff_trained_within_total", "staff_trained", String.valueOf(trained),
                            "staff_trained " + trained + " exceeds staff_total " + total));
                }
            }
            case RETURNS, MUNICIPAL_POPULATION -> checkPeriod(row, v, "year", rejects);
            case POPULATION -> { }
        }
    }

    private void checkDesign(SourceRow row, Object[] v, List<Reject> rejects) {
        InputKind kind = InputKind.DESIGN;
        String classId = (String) v[kind.column("class_id")];
        String lanskod = (String) v[kind.column("lanskod")];
        if (!unique(row, classId)) {
            rejects.add(new Reject("duplicate_key", "class_id", classId, "class_id " + classId + " appears twice"));
        }
        if (!((String) v[kind.column("stratum")]).startsWith(lanskod + "-")
                || !lanskod.equals(reference.countyOf((String) v[kind.column("kommunkod")]))) {
            rejects.add(new Reject("stratum_matches_county", "lanskod", lanskod,
                    "stratum, kommunkod and lanskod " + lanskod + " do not agree on the county"));
        }
        if ((Integer) v[kind.column("schools_sampled")] > (Integer) v[kind.column("schools_in_stratum")]) {
            rejects.add(new Reject("sampled_within_population", "schools_sampled",
                    String.valueOf(v[kind.column("schools_sampled")]), "more schools sampled than in the stratum"));
        }
        if ((Integer) v[kind.column("classes_sampled")] > (Integer) v[kind.column("classes_in_school")]) {
            rejects.add(new Reject("sampled_within_population", "classes_sampled",
                    String.valueOf(v[kind.column("classes_sampled")]), "more classes sampled than in the school"));
        }
        if (rejects.isEmpty()) {
            classes.register(row.period(), classId, (Integer) v[kind.column("grade")]);
        }
    }

    private void checkResponse(SourceRow row, Object[] v, List<Reject> rejects) {
        InputKind kind = InputKind.RESPONSES;
        checkPeriod(row, v, "wave", rejects);
        String respId = (String) v[kind.column("resp_id")];
        if (!unique(row, respId)) {
            rejects.add(new Reject("duplicate_key", "resp_id", respId, "resp_id " + respId + " appears twice"));
        }
        String classId = (String) v[kind.column("class_id")];
        Integer classGrade = classes.gradeOf(row.period(), classId);
        int grade = (Integer) v[kind.column("grade")];
        if (classGrade == null) {
            rejects.add(new Reject("class_in_design", "class_id", classId,
                    "class_id " + classId + " is not in the wave's design.csv"));
        } else if (classGrade != grade) {
            rejects.add(new Reject("grade_matches_class", "grade", String.valueOf(grade),
                    "grade " + grade + " differs from the class's grade " + classGrade));
        }
        boolean routed = false;
        for (String item : ROUTED_ITEMS) {
            routed |= Integer.valueOf(1).equals(v[kind.column(item)]);
        }
        Object q15 = v[kind.column("q15")];
        if (routed == (q15 == null)) {
            rejects.add(new Reject("routing_q15", "q15", q15 == null ? "" : q15.toString(), routed
                    ? "q15 is empty although one of q11-q14 is 1 (it should have been asked)"
                    : "q15 is answered although none of q11-q14 is 1 (it is not asked then)"));
        }
    }

    private static void checkPeriod(SourceRow row, Object[] v, String column, List<Reject> rejects) {
        int period = (Integer) v[row.kind().column(column)];
        if (period != row.period()) {
            rejects.add(new Reject(column + "_matches_folder", column, String.valueOf(period),
                    column + " " + period + " differs from the folder's " + row.period()));
        }
    }

    private boolean unique(SourceRow row, String key) {
        return keysByFile.computeIfAbsent(row.fileId(), id -> new HashSet<>()).add(key);
    }
}
