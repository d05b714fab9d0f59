package se.hrvstat.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.hrvstat.result.FileValidation;
import se.hrvstat.result.ReferenceLists;
import se.hrvstat.result.Reject;
import se.hrvstat.result.SourceRow;
import se.hrvstat.result.ValidatedRow;

/**
 * Ingest and validation without a store: reads every input file up to the year, validates each
 * row as the pipeline would and counts what it would accept and reject. Writes nothing.
 */
public final class DryRunValidation {
    private DryRunValidation() {
    }

    public static List<FileValidation> validate(Path dataDir, int year, Codebook codebook, RuleBook rules,
                                             ReferenceLists reference) {
        Map<Integer, Map<String, Integer>> classes = new HashMap<>();
        ClassRegistry registry = new ClassRegistry() {
            @Override
            public Integer gradeOf(int wave, String classId) {
                return classes.getOrDefault(wave, Map.of()).get(classId);
            }

            @Override
            public void register(int wave, String classId, int grade) {
                classes.computeIfAbsent(wave, w -> new HashMap<>()).put(classId, grade);
            }
        };
        RowValidator validator = new RowValidator(codebook, rules, reference, registry);
        List<FileValidation> summaries = new ArrayList<>();
        long fileId = 0;
        for (InputFile input : InputDiscovery.discover(dataDir, year)) {
            summaries.add(validateFile(input, ++fileId, validator, rules));
        }
        for (InputFile form : InputDiscovery.discoverForms(dataDir, year)) {
            summaries.add(validateForm(form, ++fileId, validator, rules));
        }
        return summaries;
    }

    private static FileValidation validateForm(InputFile form, long fileId, RowValidator validator, RuleBook rules) {
        List<SourceRow> rows = se.hrvstat.ingest.form.FormRows.of(se.hrvstat.ingest.form.MunicipalForm.read(form.path()),
                fileId, form.period());
        Tally tally = new Tally(rules);
        for (SourceRow row : rows) {
            tally.add(validator.validate(row));
        }
        return tally.summary(form.path(), "Excel form (xlsx)");
    }

    /** Counts of one file's validation. */
    private static final class Tally {
        final RuleBook rules;
        long read;
        long rejected;
        final Map<String, Long> byRule = new TreeMap<>();
        final List<String> examples = new ArrayList<>();
        /** Accepted rows as each rule over a file's rows sees them. */
        final Map<CellRule, List<CellRule.Row>> cellRows = new HashMap<>();

        Tally(RuleBook rules) {
            this.rules = rules;
        }

        void add(ValidatedRow result) {
            read++;
            if (result.accepted()) {
                for (CellRule rule : rules.cellRules()) {
                    if (rule.kind() == result.source().kind()) {
                        cellRows.computeIfAbsent(rule, r -> new ArrayList<>()).add(new CellRule.Row(result.source().fileId(),
                                result.source().line(), rule.columns().stream().map(result::value).toArray()));
                    }
                }
                return;
            }
            rejected++;
            result.rejects().forEach(reject -> count(result.source().line(), reject));
        }

        private void count(int line, Reject reject) {
            byRule.merge(reject.rule(), 1L, Long::sum);
            if (examples.size() < 5) {
                examples.add("line " + line + (reject.column() == null ? "" : ", column " + reject.column()) + ": "
                        + reject.message());
            }
        }

        FileValidation summary(Path file, String dialect) {
            java.util.Set<Integer> brokenLines = new java.util.HashSet<>();
            cellRows.forEach((rule, rows) -> rule.check(rows).forEach(v -> {
                brokenLines.add(v.line());
                count(v.line(), v.reject());
            }));
            rejected += brokenLines.size();
            return new FileValidation(file, dialect, read, read - rejected, rejected, byRule, examples);
        }
    }

    private static FileValidation validateFile(InputFile input, long fileId, RowValidator validator, RuleBook rules) {
        Tally tally = new Tally(rules);
        try (CsvRowSource source = new CsvRowSource(input.path(), input.kind())) {
            validator.decimalMark(fileId, source.dialect().decimalMark());
            for (CsvRowSource.Row row = source.next(); row != null; row = source.next()) {
                tally.add(validator.validate(
                        RowScreening.screened(fileId, input.kind(), input.period(), row.line(), row.fields())));
            }
            return tally.summary(input.path(), source.dialect().describe());
        }
    }
}
