package se.hrvstat.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.hrvstat.batch.ops.StepProgress;
import se.hrvstat.batch.ops.StepSummary;
import se.hrvstat.batch.ops.StopCheck;
import se.hrvstat.ingest.CellRule;
import se.hrvstat.ingest.RuleBook;
import se.hrvstat.store.AreaCovariateStore;
import se.hrvstat.store.EstimateStore;
import se.hrvstat.store.InputFileStore;
import se.hrvstat.store.RejectStore;
import se.hrvstat.store.SmallAreaStore;
import se.hrvstat.store.SurveyWaveStore;
import se.hrvstat.store.ValidatedRowStore;

/**
 * The pipeline's steps and jobs. Each stage is a job of its own ({@code ingest},
 * {@code validate}, {@code weight}, {@code estimate}, {@code publish}) and {@code annual} runs
 * them in order. Every step is restartable and idempotent.
 */
@Configuration
public class PipelineJobsConfiguration {
    /**
     * Rows per chunk of the ingest step unless {@code hrvstat.ingest.chunk} says otherwise: on
     * PostgreSQL each chunk is one COPY and one transaction with Spring Batch's bookkeeping, and
     * fewer, larger COPYs cost PostgreSQL less (docs/benchmarks.md, "Ingest on PostgreSQL against
     * COPY"); a kill -9 loses at most one chunk of work.
     */
    static final String INGEST_CHUNK = "50000";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PipelineJobsConfiguration.class);

    @Bean
    Job annualJob(JobRepository repo, Step ingestStep, Step validateStep, Step toleranceStep, Step weightStep,
                  Step estimateStep, Step publishStep, Step factSheetStep, StepProgress console) {
        return new JobBuilder("annual", repo).listener(console).start(ingestStep).next(validateStep).next(toleranceStep)
                .next(weightStep).next(estimateStep).next(publishStep).next(factSheetStep).build();
    }

    @Bean
    Job ingestJob(JobRepository repo, Step ingestStep, StepProgress console) {
        return new JobBuilder("ingest", repo).listener(console).start(ingestStep).build();
    }

    @Bean
    Job validateJob(JobRepository repo, Step validateStep, Step toleranceStep, StepProgress console) {
        return new JobBuilder("validate", repo).listener(console).start(validateStep).next(toleranceStep).build();
    }

    @Bean
    Job weightJob(JobRepository repo, Step weightStep, StepProgress console) {
        return new JobBuilder("weight", repo).listener(console).start(weightStep).build();
    }

    @Bean
    Job estimateJob(JobRepository repo, Step estimateStep, StepProgress console) {
        return new JobBuilder("estimate", repo).listener(console).start(estimateStep).build();
    }

    @Bean
    Job publishJob(JobRepository repo, Step publishStep, Step factSheetStep, StepProgress console) {
        return new JobBuilder("publish", repo).listener(console).start(publishStep).next(factSheetStep).build();
    }

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
        return new FileRowReader(run(parameters), files, validated, rules.codebook(), rules.rules());
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
            return org.springframework.batch.infrastructure.repeat.RepeatStatus.FINISHED;
        }, tx).listener(console).build();
    }

    @Bean
    Step toleranceStep(JobRepository repo, PlatformTransactionManager tx, InputFileStore files, RejectStore rejects,
                       PipelineSettings settings, AreaCovariateStore areas, StepProgress console) {
        return new StepBuilder("checkTolerance", repo).tasklet((contribution, context) ->
                new ToleranceCheckTasklet(run(context.getStepContext().getJobParameters()), files, rejects,
                        settings.maxRejectShare(), settings.templatesDir(), areas).execute(contribution, context), tx).listener(console).build();
    }

    @Bean
    Step weightStep(JobRepository repo, PlatformTransactionManager tx, SurveyWaveStore waves, YearInputs inputs,
                    StepProgress console, StopCheck stop) {
        return new StepBuilder("weight", repo).tasklet((contribution, context) -> {
            RunParameters run = run(context.getStepContext().getJobParameters());
            inputs.require(run.year());
            return new WeightTasklet(run, waves, console, stop).execute(contribution, context);
        }, tx).listener(console).build();
    }

    // estimateStep: see EstimateStepConfiguration (partitioned by indicator)

    @Bean
    Step publishStep(JobRepository repo, PlatformTransactionManager tx, EstimateStore estimates,
                     MethodFactsSource method, PipelineSettings settings, MunicipalPublication municipal,
                     YearInputs inputs, SmallAreaStore smallAreas, StepProgress console, StopCheck stop) {
        return new StepBuilder("publish", repo).tasklet((contribution, context) -> {
            RunParameters run = run(context.getStepContext().getJobParameters());
            inputs.require(run.year());
            return new PublishTasklet(run, estimates, method, settings, municipal, stop, smallAreas)
                    .execute(contribution, context);
        }, tx).listener(console).build();
    }

    static RunParameters run(Map<String, Object> p) {
        return new RunParameters(((Number) p.get(RunParameters.YEAR)).intValue(), Path.of((String) p.get(RunParameters.DATA)),
                Path.of((String) p.get(RunParameters.OUT)), ((Number) p.get(RunParameters.RUN)).longValue());
    }
}
