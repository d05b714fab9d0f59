package se.hrvstat.batch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

class StepSummaryTest {
    private final JobExecution job = new JobExecution(7L, new JobInstance(3L, "annual"),
            new JobParametersBuilder().addLong("year", 2024L).addString("data", "/srv/data").addString("out", "/srv/out")
                    .toJobParameters());

    private StepExecution step(String name, long read, long written) {
        StepExecution s = new StepExecution(name, job);
        s.setStatus(BatchStatus.COMPLETED);
        s.setReadCount(read);
        s.setWriteCount(written);
        return s;
    }

    @Test
    void theIngestLineSaysTheRowsAndFilesReadAndTheFilesAlreadyLoaded() {
        StepExecution ingest = step("ingest", 100829, 100829);
        ingest.getExecutionContext().putLong(StepSummary.FILES_READ, 20);
        ingest.getExecutionContext().putLong(StepSummary.FILES_KNOWN, 3);

        assertThat(StepSummary.line(ingest, Duration.ofMillis(4150)))
                .isEqualTo("  ingest       100,829 rows read from 20 files; 3 files already loaded  (4.2 s)");
    }

    @Test
    void anIngestWithNothingNewSaysSoInsteadOfReadZero() {
        StepExecution ingest = step("ingest", 0, 0);
        ingest.getExecutionContext().putLong(StepSummary.FILES_KNOWN, 23);

        assertThat(StepSummary.what(ingest)).isEqualTo("no new rows; 23 files already loaded");
    }

    @Test
    void taskletStepsSayWhatTheyDidFromTheirFacts() {
        StepExecution tolerance = step("checkTolerance", 0, 0);
        tolerance.getExecutionContext().putLong(StepSummary.FILES, 23);
        tolerance.getExecutionContext().putLong(StepSummary.ACCEPTED, 100800);
        tolerance.getExecutionContext().putLong(StepSummary.REJECTED, 29);
        StepExecution weight = step("weight", 0, 43241);
        weight.getExecutionContext().putLong(StepSummary.WAVES, 3);
        StepExecution validate = step("validate", 0, 0);

        assertThat(StepSummary.what(tolerance)).isEqualTo("23 files: 100,800 rows accepted, 29 rejected, within the tolerance");
        assertThat(StepSummary.what(weight)).isEqualTo("43,241 respondents of 3 waves weighted");
        assertThat(StepSummary.what(validate)).isEqualTo("rules over whole files: no further rows rejected");
    }

    @Test
    void theEstimateLineCountsItsPartitionsAsIndicators() {
        StepExecution estimate = step("estimate", 0, 480);
        job.addStepExecutions(java.util.List.of(estimate, step("estimateIndicator:q01", 0, 240),
                step("estimateIndicator:q02", 0, 240)));

        assertThat(StepSummary.what(estimate)).isEqualTo("480 estimates of 2 indicators");
    }

    @Test
    void aStoppedStepSaysItCanBeResumedAndStepNamesReadInEnglish() {
        StepExecution sheets = step("faktablad", 0, 10);
        sheets.setStatus(BatchStatus.STOPPED);

        assertThat(StepSummary.line(sheets, Duration.ofSeconds(2)))
                .isEqualTo("  fact sheets  STOPPED (it can be resumed)  (2.0 s)");
    }

    @Test
    void theHeaderNamesTheJobYearExecutionAndFolders() {
        assertThat(StepSummary.header(job))
                .isEqualTo("annual 2024 (execution 7): data /srv/data, publications into /srv/out/2024");
    }
}
