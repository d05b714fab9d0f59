package se.hrvstat.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import se.hrvstat.ingest.InputDiscovery;
import se.hrvstat.publish.ValidationReportWriter;
import se.hrvstat.result.ValidationReport;
import se.hrvstat.store.InputFileStore;
import se.hrvstat.store.RejectStore;

/**
 * The validation report and the tolerance: prints per file of this run's inputs the rows read,
 * accepted and rejected and the rejects per rule, writes {@code valideringsrapport-<year>.xlsx}
 * into {@code OUT/<year>/} (also when the run stops: it says why), and stops the run (exit
 * status 3) when a file has more rejected rows than {@code validation.max-reject-share} allows.
 */
class ToleranceCheckTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(ToleranceCheckTasklet.class);
    private final RunParameters run;
    private final InputFileStore files;
    private final RejectStore rejects;
    private final double maxShare;

    ToleranceCheckTasklet(RunParameters run, InputFileStore files, RejectStore rejects, double maxShare) {
        this.run = run;
        this.files = files;
        this.rejects = rejects;
        this.maxShare = maxShare;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Set<String> current = Stream.concat(InputDiscovery.discover(run.data(), run.year()).stream(),
                        InputDiscovery.discoverForms(run.data(), run.year()).stream())
                .map(f -> Checksums.sha256(f.path())).collect(Collectors.toSet());
        Map<Long, InputFileStore.Registered> checked = new LinkedHashMap<>();
        List<ValidationReport.FileCounts> counts = new ArrayList<>();
        List<String> over = new ArrayList<>();
        for (InputFileStore.Registered file : files.all()) {
            if (!current.contains(file.checksum()) || file.rowsLoaded() == null) {
                continue;
            }
            checked.put(file.fileId(), file);
            int loaded = file.rowsLoaded();
            int rejected = file.rowsRejected() == null ? 0 : file.rowsRejected();
            counts.add(new ValidationReport.FileCounts(file.path(), file.dialect(), loaded, loaded - rejected, rejected));
            if (loaded > 0 && (double) rejected / loaded > maxShare) {
                over.add(String.format("%s: %d of %d rows rejected (%.1f %% > %.1f %% allowed)", file.path(), rejected,
                        loaded, 100.0 * rejected / loaded, 100.0 * maxShare));
            }
        }
        List<ValidationReport.RuleCount> byRule = rejects.countsByRule(checked.keySet()).stream()
                .map(c -> new ValidationReport.RuleCount(checked.get(c.fileId()).path(), c.rule(), c.count())).toList();
        for (ValidationReport.FileCounts f : counts) {
            LOG.info("{}: read {}, accepted {}, rejected {}", f.file(), f.read(), f.accepted(), f.rejected());
            byRule.stream().filter(c -> c.file().equals(f.file()))
                    .forEach(c -> LOG.info("    {} {}", String.format("%-28s", c.rule()), c.count()));
        }
        Path report = writeReport(counts, byRule, checked);
        if (!over.isEmpty()) {
            throw new InputRejectedException("input rejected, nothing was published:\n  " + String.join("\n  ", over)
                    + "\nThe rejected rows are listed in " + report
                    + "\nSee them also with: hrvstat validate --data " + run.data() + " --year " + run.year());
        }
        return RepeatStatus.FINISHED;
    }

    private Path writeReport(List<ValidationReport.FileCounts> counts, List<ValidationReport.RuleCount> byRule,
                             Map<Long, InputFileStore.Registered> checked) {
        Path target = run.out().resolve(Integer.toString(run.year())).resolve(ValidationReportWriter.fileName(run.year()));
        ValidationReport report = new ValidationReport(run.year(), counts, byRule, sink ->
                rejects.forEach(checked.keySet(), r -> sink.accept(new ValidationReport.RejectLine(
                        checked.get(r.fileId()).path(), r.line(), r.column(), r.rule(), r.value(), r.message()))));
        try {
            new ValidationReportWriter().write(report, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the validation report " + target, e);
        }
        LOG.info("validation report: {}", target);
        return target;
    }
}
