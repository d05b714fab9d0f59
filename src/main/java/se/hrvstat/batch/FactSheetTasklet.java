package se.hrvstat.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import se.hrvstat.batch.ops.StepProgress;
import se.hrvstat.batch.ops.StopCheck;
import se.hrvstat.publish.FactSheetWriter;
import se.hrvstat.result.MunicipalProfile;

/**
 * One partition of the fact-sheet step: writes the sheets of the municipalities in its context
 * into {@code OUT/<year>/faktablad/}, each file atomically (so a rerun simply rewrites them).
 */
class FactSheetTasklet implements Tasklet {
    private final RunParameters run;
    private final FactSheetProfiles profiles;
    private final FactSheetWriter writer;
    private final StepProgress progress;
    private final StopCheck stop;

    FactSheetTasklet(RunParameters run, FactSheetProfiles profiles, FactSheetWriter writer, StepProgress progress,
                     StopCheck stop) {
        this.run = run;
        this.profiles = profiles;
        this.writer = writer;
        this.progress = progress;
        this.stop = stop;
    }

    /** The folder of the year's fact sheets. */
    static Path folder(RunParameters run) {
        return run.out().resolve(Integer.toString(run.year())).resolve("faktablad");
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Object codes = chunkContext.getStepContext().getStepExecutionContext().get(FactSheetPartitioner.CODES);
        Set<String> mine = codes == null || codes.toString().isEmpty() ? Set.of()
                : new HashSet<>(Arrays.asList(codes.toString().split(",")));
        Path folder = folder(run);
        long execution = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        for (MunicipalProfile sheet : profiles.sheets(execution, run.year())) {
            if (!mine.contains(sheet.code())) {
                continue;
            }
            if (stop.stopHere(contribution)) {
                return RepeatStatus.FINISHED; // the partition ends STOPPED; a restart writes its sheets again
            }
            try {
                writer.write(sheet, folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the fact sheet of " + sheet.code() + " into "
                        + folder, e);
            }
            contribution.incrementWriteCount(1);
            progress.advance(1);
        }
        return RepeatStatus.FINISHED;
    }
}
