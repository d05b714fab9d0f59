package se.hrvstat.batch;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.hrvstat.batch.ops.StepProgress;
import se.hrvstat.batch.ops.StepSummary;
import se.hrvstat.ingest.CellRule;
import se.hrvstat.ingest.RuleBook;
import se.hrvstat.store.AreaCovariateStore;
import se.hrvstat.store.InputFileStore;
import se.hrvstat.store.RejectStore;
import se.hrvstat.store.ValidatedRowStore;

/**
 * The input steps: {@code ingest} (read, screen and validate every new file row by row and land
 * it), {@code validate} (the rules over whole files) and {@code checkTolerance} (the run stops when
 * too much was rejected). The jobs that run them are in {@link PipelineJobsConfiguration}.
 */
@Configuration
class InputStepsConfiguration {
    /**
     * Rows per chunk of the ingest step unless {@code hrvstat.ingest.chunk} says otherwise: on
     * PostgreSQL each chunk is one COPY and one transaction with Spring Batch's bookkeeping, and
     * fewer, larger COPYs cost PostgreSQL less (docs/benchmarks.md, "Ingest on PostgreSQL against
     * COPY"); a kill -9 loses at most one chunk of work.
     */
    static final String INGEST_CHUNK = "50000";
    private static final Logger LOG = LoggerFactory.getLogger(InputStepsConfiguration.class);

    /**
     * Reads, screens and validates every new file in one pass and lands each row once, typed
     * in its table or as a reject (COPY per chunk on PostgreSQL). Chunks of
     * {@code hrvstat.ingest.chunk} rows (default 50 000), each in one transaction with the
     * step's bookkeeping: a restart continues after the last chunk committed.
     */
    @Bean
    Step ingestStep(JobRepository repo, PlatformTransactionManager tx, FileRowReader fileRows,
                    ValidatedRowStore validated, InputFileStore files, StepProgress stepProgress,
                    @Value("${hrvstat.ingest.chunk:" + INGEST_CHUNK + "}") int chunk) {
        BlockRowCounts rowCounts = new BlockRowCounts(); // rows, not blocks, in the step's counts
        return new StepBuilder("ingest", repo).<ValidatedRowStore.Batch, ValidatedRowStore.Batch>chunk(
                        Math.max(1, chunk / FileRowReader.BLOCK)).transactionManager(tx)
                .reader(fileRows).writer(batches -> validated.write(List.copyOf(batches.getItems())))
                .listener((StepExecutionListener) stepProgress).listener((ItemReadListener<Object>) stepProgress)
                .listener((StepExecutionListener) rowCounts).listener((ItemReadListener<ValidatedRowStore.Batch>) rowCounts)
                .listener((ItemWriteListener<ValidatedRowStore.Batch>) rowCounts)
                .listener(new ItemReadListener<ValidatedRowStore.Batch>() {
                    @Override
                    public void afterRead(ValidatedRowStore.Batch batch) {
                        validated.stream(batch); // PostgreSQL lands it while the next blocks are read
                    }
                })
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution stepExecution) {
                        // each file is marked loaded with its last rows (ValidatedRowStore.write)
                        if (stepExecution.getStatus() != BatchStatus.COMPLETED && fileRows.failedFileId() != null) {
                            validated.discard(fileRows.failedFileId()); // an unreadable file: nothing half-loaded
                        }
                        return stepExecution.getExitStatus();
                    }
                }).build();
    }

    @Bean
    @StepScope
    FileRowReader fileRows(@Value("#{jobParameters}") Map<String, Object> parameters, InputFileStore files,
                           ValidatedRowStore validated, PipelineSettings settings) {
        InputRules rules = InputRules.load(settings);
        return new FileRowReader(PipelineJobsConfiguration.run(parameters), files, validated, rules.codebook(), rules.rules());
    }

    /**
     * The rules over whole files (jobs/rules.csv, e.g. type counts at most personer in their
     * cell) on the rows the ingest step landed, then the files marked validated with their
     * counts, in the step's one transaction.
     */
    @Bean
    Step validateStep(JobRepository repo, PlatformTransactionManager tx, ValidatedRowStore validated,
                      InputFileStore files, PipelineSettings settings, StepProgress console) {
        return new StepBuilder("validate", repo).tasklet((contribution, context) -> {
            RuleBook rules = InputRules.load(settings).rules();
            int moved = validated.rejectAccepted(
                    rules.cellRejections(rule -> validated.unvalidatedRows(rule.kind(), rule.columns(), CellRule.Row::new)));
            if (moved > 0) {
                LOG.info("{} rows rejected by rules over whole files (jobs/rules.csv)", moved);
            }
            contribution.getStepExecution().getExecutionContext().putLong(StepSummary.REJECTED_BY_FILE_RULES, moved);
            files.markValidated();
            return RepeatStatus.FINISHED;
        }, tx).listener(console).build();
    }

    @Bean
    Step toleranceStep(JobRepository repo, PlatformTransactionManager tx, InputFileStore files, RejectStore rejects,
                       PipelineSettings settings, AreaCovariateStore areas, StepProgress console) {
        return new StepBuilder("checkTolerance", repo).tasklet((contribution, context) ->
                new ToleranceCheckTasklet(PipelineJobsConfiguration.run(context.getStepContext().getJobParameters()), files, rejects,
                        settings.maxRejectShare(), settings.templatesDir(), areas).execute(contribution, context), tx).listener(console).build();
    }
}
