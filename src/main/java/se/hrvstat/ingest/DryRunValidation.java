package se.hrvstat.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.hrvstat.result.FileValidation;
import se.hrvstat.result.InputKind;
import se.hrvstat.result.ReferenceLists;
import se.hrvstat.result.Reject;
import se.hrvstat.result.SourceRow;
import se.hrvstat.result.ValidatedRow;

/**
 * Ingest and validation without a store: reads every input file up to the year, validates each
 * row as the pipeline would and counts what it would accept and reject. Writes nothing.
 */
public final class DryRunValidation {
    /** The rule a covariates file carries for each municipality of its wave's design.csv it lacks. */
    public static final String MISSING_MUNICIPALITY = AreaCoverage.RULE;

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
        AreaCoverage coverage = new AreaCoverage();
        for (InputFile input : InputDiscovery.discover(dataDir, year)) {
            summaries.add(validateFile(input, ++fileId, validator, rules, coverage));
        }
        coverage.addMissing(summaries);
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

    /**
     * EXCHANGE.md 1.5 across files, as the run's tolerance step checks it: every municipality of a
     * wave's design.csv needs a row in the wave's area_covariates.csv. A municipality missing there
     * is counted on the covariates file as {@value #RULE}, which stops a run.
     */
    static final class AreaCoverage {
        static final String RULE = "municipality_in_covariates";
        /** Per wave: kommunkod of the accepted design rows, with the file and line of the first. */
        final Map<Integer, Map<String, String>> designed = new HashMap<>();
        final Map<Integer, java.util.Set<String>> covered = new HashMap<>();

        void add(InputFile input, ValidatedRow row) {
            if (!row.accepted()) {
                return;
            }
            if (input.kind() == InputKind.DESIGN) {
                designed.computeIfAbsent(input.period(), w -> new java.util.TreeMap<>()).putIfAbsent(
                        (String) row.value("kommunkod"), input.path() + ", line " + row.source().line());
            } else if (input.kind() == InputKind.AREA_COVARIATES) {
                covered.computeIfAbsent(input.period(), w -> new java.util.HashSet<>()).add((String) row.value("kommunkod"));
            }
        }

        void addMissing(List<FileValidation> summaries) {
            for (int i = 0; i < summaries.size(); i++) {
                FileValidation f = summaries.get(i);
                if (!f.file().getFileName().toString().equals(InputKind.AREA_COVARIATES.fileName())) {
                    continue;
                }
                int wave = Integer.parseInt(f.file().toAbsolutePath().getParent().getFileName().toString());
                java.util.Set<String> here = covered.getOrDefault(wave, java.util.Set.of());
                List<String> missing = new ArrayList<>();
                designed.getOrDefault(wave, Map.of()).forEach((kommunkod, where) -> {
                    if (!here.contains(kommunkod)) {
                        missing.add(where + ", column kommunkod: municipality " + kommunkod + " has no row here");
                    }
                });
                if (!missing.isEmpty()) {
                    Map<String, Long> byRule = new TreeMap<>(f.rejectsByRule());
                    byRule.put(RULE, (long) missing.size());
                    List<String> examples = new ArrayList<>(f.examples());
                    examples.addAll(missing.subList(0, Math.min(5, missing.size())));
                    summaries.set(i, new FileValidation(f.file(), f.dialect(), f.read(), f.accepted(), f.rejected(),
                            byRule, examples));
                }
            }
        }
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

    private static FileValidation validateFile(InputFile input, long fileId, RowValidator validator, RuleBook rules,
                                               AreaCoverage coverage) {
        Tally tally = new Tally(rules);
        try (CsvRowSource source = new CsvRowSource(input.path(), input.kind())) {
            validator.decimalMark(fileId, source.dialect().decimalMark());
            validator.headerWidth(fileId, source.headerWidth());
            for (CsvRowSource.Row row = source.next(); row != null; row = source.next()) {
                ValidatedRow result = validator.validate(
                        RowScreening.screened(fileId, input.kind(), input.period(), row.line(), row.fields()));
                tally.add(result);
                coverage.add(input, result);
            }
            return tally.summary(input.path(), source.dialect().describe());
        }
    }
}
