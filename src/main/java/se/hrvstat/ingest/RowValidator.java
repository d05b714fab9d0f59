package se.hrvstat.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.hrvstat.result.InputKind;
import se.hrvstat.result.ReferenceLists;
import se.hrvstat.result.Reject;
import se.hrvstat.result.SourceRow;
import se.hrvstat.result.ValidatedRow;

/**
 * Checks rows against the codebook (jobs/codebook.csv), the row rules of jobs/rules.csv and the
 * rules built in (jobs/rules.md: keys, folders, classes). Rules over a file's rows
 * ({@link CellRule}) run afterwards, over the accepted rows.
 * Rows must arrive in load order ({@link InputDiscovery}): a wave's design before its answers.
 * Not thread-safe: one validator per step.
 */
public final class RowValidator {
    // columns of responses.csv looked at for every row: found once, not by name per row
    private static final int RESP_ID = InputKind.RESPONSES.column("resp_id");
    private static final int CLASS_ID = InputKind.RESPONSES.column("class_id");
    private static final int GRADE = InputKind.RESPONSES.column("grade");
    private static final int WAVE = InputKind.RESPONSES.column("wave");
    private final ReferenceLists reference;
    private final ClassRegistry classes;
    private final RuleBook rules;
    private final Map<Long, FileState> files = new HashMap<>();
    /** The file of the last row asked about, and its state: rows come file by file, one look-up per file. */
    private long currentFileId = Long.MIN_VALUE;
    private FileState current;
    private final Map<InputKind, RememberingColumnRule[]> columnRules = new java.util.EnumMap<>(InputKind.class);
    private final Map<Integer, ColumnRule> furtherColumns = new HashMap<>();

    public RowValidator(Codebook codebook, RuleBook rules, ReferenceLists reference, ClassRegistry classes) {
        for (InputKind kind : InputKind.values()) {
            ColumnRule[] plain = codebook.rules(kind);
            RememberingColumnRule[] remembering = new RememberingColumnRule[plain.length];
            for (int i = 0; i < plain.length; i++) {
                remembering[i] = new RememberingColumnRule(plain[i]);
            }
            columnRules.put(kind, remembering);
        }
        this.rules = rules;
        this.reference = reference;
        this.classes = classes;
    }

    /** What validation keeps per file: its decimal mark, its header's width and the keys its rows had so far. */
    private static final class FileState {
        char decimalMark = '.';
        int headerWidth = -1; // the kind's whole header unless told otherwise
        final DistinctKeys keys = new DistinctKeys();
    }

    private FileState file(long fileId) {
        if (fileId != currentFileId) {
            currentFileId = fileId;
            current = files.computeIfAbsent(fileId, id -> new FileState());
        }
        return current;
    }

    /** The decimal mark of a file, as its dialect was detected ({@code '.'} unless told otherwise). */
    public void decimalMark(long fileId, char mark) {
        file(fileId).decimalMark = mark;
    }

    /**
     * The number of columns of a file's header, when it leaves out optional last columns of its
     * kind ({@link InputKind#requiredColumns()}): its rows must have as many fields, and the columns
     * left out are empty in every row.
     */
    public void headerWidth(long fileId, int columns) {
        file(fileId).headerWidth = columns;
    }

    /** Makes duplicate checks aware of keys a file already had before a restart. */
    public void rememberKeys(long fileId, Set<String> keys) {
        keys.forEach(file(fileId).keys::add);
    }

    public ValidatedRow validate(SourceRow row) {
        List<Reject> rejects = new ArrayList<>(0); // no array until a reject is added
        if (row.pinColumns() != null) {
            rejects.add(new Reject("personal_identity_number", row.pinColumns(), null,
                    "a value in " + row.pinColumns() + " looks like a personal identity number; it was not stored"));
        }
        if (row.longColumns() != null) {
            for (String column : row.longColumns().split(",")) {
                int at = row.kind().column(column);
                rejects.add(new Reject("field_too_long", column, at >= 0 ? row.fields()[at] : null, "the value of "
                        + column + " is longer than the " + CsvRowSource.MAX_FIELD_CHARS + " characters any column allows"));
            }
        }
        InputKind kind = row.kind();
        int width = kind.header().size();
        FileState state = file(row.fileId());
        int fileWidth = state.headerWidth < 0 ? width : state.headerWidth;
        if (row.fields().length != fileWidth && !(kind.furtherColumnsAllowed() && row.fields().length > fileWidth)) {
            // the column where the row and the header part: the first missing one, or the first extra field
            String where = row.fields().length < fileWidth ? kind.header().get(row.fields().length)
                    : "field " + (fileWidth + 1);
            rejects.add(new Reject("wrong_field_count", where, String.valueOf(row.fields().length),
                    "the row has " + row.fields().length + " fields, the header " + fileWidth));
            return new ValidatedRow(row, new Object[width], rejects);
        }
        Object[] values = new Object[width]; // the optional columns a file leaves out stay null
        RememberingColumnRule[] rules = columnRules.get(kind);
        char decimalMark = state.decimalMark;
        boolean screened = row.pinColumns() != null || row.longColumns() != null;
        for (int i = 0; i < Math.min(width, fileWidth); i++) {
            if (screened && wasScreened(row, kind.header().get(i))) {
                continue;
            }
            ColumnRule.Checked checked = rules[i].check(row.fields()[i], reference, decimalMark);
            if (checked.reject() != null) {
                rejects.add(checked.reject());
            }
            values[i] = checked.value();
        }
        for (int i = width; i < row.fields().length; i++) { // further columns: decimals, checked, not kept
            ColumnRule.Checked checked = furtherColumn(i).check(row.fields()[i], reference, decimalMark);
            if (checked.reject() != null) {
                rejects.add(checked.reject());
            }
        }
        if (rejects.isEmpty()) {
            for (RowRule rule : this.rules.rowRules(kind)) {
                Reject reject = rule.check(values);
                if (reject != null) {
                    rejects.add(reject);
                }
            }
            crossChecks(row, values, rejects);
        }
        return new ValidatedRow(row, values, rejects);
    }

    /**
     * The rule of a further column of {@code area_covariates.csv} (EXCHANGE.md 1.5: "any other
     * register covariate", a decimal): a number with the file's decimal mark, or empty. Named by
     * its position, as the validator does not keep each file's header.
     */
    private ColumnRule furtherColumn(int index) {
        return furtherColumns.computeIfAbsent(index, i -> new ColumnRule("column " + (i + 1), "decimal", "any number",
                Set.of(), false, null, Set.of(), Long.MIN_VALUE, Long.MAX_VALUE,
                new java.math.BigDecimal("-1e300"), new java.math.BigDecimal("1e300")));
    }

    private static boolean wasScreened(SourceRow row, String column) {
        return listed(row.pinColumns(), column) || listed(row.longColumns(), column);
    }

    private static boolean listed(String columns, String column) {
        return columns != null && java.util.Arrays.asList(columns.split(",")).contains(column);
    }

    private void crossChecks(SourceRow row, Object[] v, List<Reject> rejects) {
        InputKind kind = row.kind();
        switch (kind) {
            case DESIGN -> checkDesign(row, v, rejects);
            case RESPONSES -> checkResponse(row, v, rejects);
            case RETURNS, MUNICIPAL_POPULATION, EFFORTS -> checkPeriod(row, v, "year", rejects);
            case POPULATION -> { }
            case AREA_COVARIATES -> checkAreaCovariates(row, v, rejects);
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
        if (rejects.isEmpty()) {
            classes.register(row.period(), classId, (Integer) v[kind.column("grade")]);
        }
    }

    /** A municipality at most once (EXCHANGE.md 1.5); that every sampled one is there is checked over the files. */
    private void checkAreaCovariates(SourceRow row, Object[] v, List<Reject> rejects) {
        String kommunkod = (String) v[InputKind.AREA_COVARIATES.column("kommunkod")];
        if (!unique(row, kommunkod)) {
            rejects.add(new Reject("duplicate_key", "kommunkod", kommunkod, "kommunkod " + kommunkod + " appears twice"));
        }
    }

    private void checkResponse(SourceRow row, Object[] v, List<Reject> rejects) {
        checkPeriod(row, (Integer) v[WAVE], "wave", rejects);
        String respId = (String) v[RESP_ID];
        if (!unique(row, respId)) {
            rejects.add(new Reject("duplicate_key", "resp_id", respId, "resp_id " + respId + " appears twice"));
        }
        String classId = (String) v[CLASS_ID];
        Integer classGrade = classes.gradeOf(row.period(), classId);
        int grade = (Integer) v[GRADE];
        if (classGrade == null) {
            rejects.add(new Reject("class_in_design", "class_id", classId,
                    "class_id " + classId + " is not in the wave's design.csv"));
        } else if (classGrade != grade) {
            rejects.add(new Reject("grade_matches_class", "grade", String.valueOf(grade),
                    "grade " + grade + " differs from the class's grade " + classGrade));
        }
    }

    private static void checkPeriod(SourceRow row, Object[] v, String column, List<Reject> rejects) {
        checkPeriod(row, (Integer) v[row.kind().column(column)], column, rejects);
    }

    private static void checkPeriod(SourceRow row, int period, String column, List<Reject> rejects) {
        if (period != row.period()) {
            rejects.add(new Reject(column + "_matches_folder", column, String.valueOf(period),
                    column + " " + period + " differs from the folder's " + row.period()));
        }
    }

    private boolean unique(SourceRow row, String key) {
        return file(row.fileId()).keys.add(key);
    }
}
