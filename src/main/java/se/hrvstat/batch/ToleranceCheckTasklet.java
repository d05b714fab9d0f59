package se.hrvstat.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import se.hrvstat.batch.ops.StepSummary;
import se.hrvstat.publish.ValidationReportWriter;
import se.hrvstat.result.InputKind;
import se.hrvstat.result.ValidationReport;
import se.hrvstat.store.AreaCovariateStore;
import se.hrvstat.store.InputFileStore;
import se.hrvstat.store.RejectStore;

/**
 * The validation report and the tolerance: prints per file of this run's inputs the rows read,
 * accepted and rejected and the rejects per rule, writes {@code valideringsrapport-<year>.xlsx}
 * into {@code OUT/<year>/} (also when the run stops: it says why), and stops the run (exit
 * status 3) when a file has more rejected rows than {@code validation.max-reject-share} allows,
 * or when the run has no input for what its job needs. Input that passes becomes the reference
 * year's inputs (year_input): a rejected run changes nothing that a later run reads.
 */
class ToleranceCheckTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(ToleranceCheckTasklet.class);
    private final RunParameters run;
    private final InputFileStore files;
    private final RejectStore rejects;
    private final double maxShare;
    private final Path templatesDir;
    private final AreaCovariateStore areas;

    ToleranceCheckTasklet(RunParameters run, InputFileStore files, RejectStore rejects, double maxShare,
                          Path templatesDir, AreaCovariateStore areas) {
        this.areas = areas;
        this.run = run;
        this.files = files;
        this.rejects = rejects;
        this.maxShare = maxShare;
        this.templatesDir = templatesDir;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<RunFiles.RunFile> given = RunFiles.of(run);
        requireInput(given, chunkContext.getStepContext().getJobName());
        Map<Long, InputFileStore.Registered> checked = new LinkedHashMap<>();
        Map<Long, String> paths = new LinkedHashMap<>();
        List<ValidationReport.FileCounts> counts = new ArrayList<>();
        List<String> over = new ArrayList<>();
        for (RunFiles.RunFile f : given) {
            InputFileStore.Registered file = files.find(f.checksum()).orElse(null);
            if (file == null || file.rowsLoaded() == null || checked.containsKey(file.fileId())) {
                continue;
            }
            String path = f.input().path().toString(); // this run's file, wherever an equal one was first seen
            checked.put(file.fileId(), file);
            paths.put(file.fileId(), path);
            int loaded = file.rowsLoaded();
            int rejected = file.rowsRejected() == null ? 0 : file.rowsRejected();
            counts.add(new ValidationReport.FileCounts(path, file.dialect(), loaded, loaded - rejected, rejected));
            if (loaded > 0 && (double) rejected / loaded > maxShare) {
                over.add(String.format("%s: %d of %d rows rejected (%.1f %% > %.1f %% allowed)%s", path, rejected,
                        loaded, 100.0 * rejected / loaded, 100.0 * maxShare, firstReject(file.fileId())));
            }
        }
        List<ValidationReport.RuleCount> byRule = rejects.countsByRule(checked.keySet()).stream()
                .map(c -> new ValidationReport.RuleCount(paths.get(c.fileId()), c.rule(), c.count())).toList();
        for (ValidationReport.FileCounts f : counts) {
            LOG.info("{}: read {}, accepted {}, rejected {}", f.file(), f.read(), f.accepted(), f.rejected());
            byRule.stream().filter(c -> c.file().equals(f.file()))
                    .forEach(c -> LOG.info("    {} {}", String.format("%-28s", c.rule()), c.count()));
        }
        Path report = writeReport(counts, byRule, paths);
        ExecutionContext facts = contribution.getStepExecution().getExecutionContext();
        facts.putLong(StepSummary.FILES, counts.size());
        facts.putLong(StepSummary.ACCEPTED, counts.stream().mapToLong(ValidationReport.FileCounts::accepted).sum());
        facts.putLong(StepSummary.REJECTED, counts.stream().mapToLong(ValidationReport.FileCounts::rejected).sum());
        if (!over.isEmpty()) {
            throw new InputRejectedException("input rejected, nothing was published:\n  " + String.join("\n  ", over)
                    + "\nThe rejected rows are listed in " + report
                    + "\nSee them also with: hrvstat validate --data " + run.data() + " --year " + run.year());
        }
        AreaCovariatesCheck.require(given, files, areas);
        // accepted: these are now the year's inputs
        files.replaceYearInputs(run.year(), paths, contribution.getStepExecution().getJobExecutionId());
        return RepeatStatus.FINISHED;
    }

    /** Where to start looking: the first rejected row's line, column and rule (never its value). */
    private String firstReject(long fileId) {
        return rejects.first(fileId).map(r -> "; the first at line " + r.line() + ", column " + r.column() + ": "
                + r.rule()).orElse("");
    }

    /**
     * No data, no success: the annual run needs answers of at least one survey wave up to the
     * year and the municipal mapping of the year; a validation needs some input at all.
     */
    private void requireInput(List<RunFiles.RunFile> given, String job) {
        boolean survey = given.stream().anyMatch(f -> f.input().kind() == InputKind.RESPONSES && !f.isForm());
        boolean municipal = given.stream().anyMatch(f -> f.input().kind().area().equals("municipal")
                && f.input().period() == run.year() && (f.isForm() || f.input().kind() == InputKind.RETURNS));
        List<String> missing = new ArrayList<>();
        if ("annual".equals(job)) {
            if (!survey) {
                missing.add("no survey answers for any wave up to " + run.year() + " (looked for "
                        + run.data().resolve("survey").resolve("<wave>").resolve(InputKind.RESPONSES.fileName()) + ")");
            }
            if (!municipal) {
                missing.add("no municipal returns for " + run.year() + " (looked for "
                        + run.data().resolve("municipal").resolve(Integer.toString(run.year())) + "/"
                        + InputKind.RETURNS.fileName() + " and forms/*.xlsx)");
            }
        } else if (given.isEmpty()) {
            missing.add("no input files for the years up to " + run.year() + " under " + run.data()
                    + " (survey/<wave>/ or municipal/<year>/)");
        }
        if (!missing.isEmpty()) {
            throw new InputRejectedException("input missing, nothing was published: " + String.join("; ", missing));
        }
    }

    private Path writeReport(List<ValidationReport.FileCounts> counts, List<ValidationReport.RuleCount> byRule,
                             Map<Long, String> paths) {
        Path target = run.out().resolve(Integer.toString(run.year())).resolve(ValidationReportWriter.fileName(run.year()));
        ValidationReport report = new ValidationReport(run.year(), counts, byRule, sink ->
                rejects.forEach(paths.keySet(), r -> sink.accept(new ValidationReport.RejectLine(
                        paths.get(r.fileId()), r.line(), r.column(), r.rule(), r.value(), r.message()))));
        try {
            new ValidationReportWriter(templatesDir).write(report, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the validation report " + target, e);
        }
        LOG.info("validation report: {}", target);
        return target;
    }
}
