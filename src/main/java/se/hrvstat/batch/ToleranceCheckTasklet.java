package se.hrvstat.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import se.hrvstat.ingest.InputDiscovery;
import se.hrvstat.store.InputFileStore;

/**
 * Stops the run (exit status 3) when a file of this run's inputs has more rejected rows than
 * {@code validation.max-reject-share} allows; logs each file's counts either way.
 */
class ToleranceCheckTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(ToleranceCheckTasklet.class);
    private final RunParameters run;
    private final InputFileStore files;
    private final double maxShare;

    ToleranceCheckTasklet(RunParameters run, InputFileStore files, double maxShare) {
        this.run = run;
        this.files = files;
        this.maxShare = maxShare;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Set<String> current = java.util.stream.Stream.concat(InputDiscovery.discover(run.data(), run.year()).stream(),
                        InputDiscovery.discoverForms(run.data(), run.year()).stream())
                .map(f -> Checksums.sha256(f.path())).collect(Collectors.toSet());
        List<String> over = new ArrayList<>();
        for (InputFileStore.Registered file : files.all()) {
            if (!current.contains(file.checksum()) || file.rowsStaged() == null) {
                continue;
            }
            int staged = file.rowsStaged();
            int rejected = file.rowsRejected() == null ? 0 : file.rowsRejected();
            LOG.info("{}: {} rows, {} accepted, {} rejected", file.path(), staged, staged - rejected, rejected);
            if (staged > 0 && (double) rejected / staged > maxShare) {
                over.add(String.format("%s: %d of %d rows rejected (%.1f %% > %.1f %% allowed)", file.path(), rejected,
                        staged, 100.0 * rejected / staged, 100.0 * maxShare));
            }
        }
        if (!over.isEmpty()) {
            throw new InputRejectedException("input rejected, nothing was published:\n  " + String.join("\n  ", over)
                    + "\nSee the rejected rows with: hrvstat validate --data " + run.data() + " --year " + run.year());
        }
        return RepeatStatus.FINISHED;
    }
}
