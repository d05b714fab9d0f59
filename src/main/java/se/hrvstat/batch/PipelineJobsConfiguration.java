package se.hrvstat.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import se.hrvstat.batch.ops.StepProgress;
import se.hrvstat.ingest.Codebook;
import se.hrvstat.ingest.InputKind;
import se.hrvstat.ingest.ReferenceLists;
import se.hrvstat.ingest.RuleBook;
import se.hrvstat.ingest.SourceRow;
import se.hrvstat.ingest.ValidatedRow;
import se.hrvstat.store.EstimateStore;
import se.hrvstat.store.InputFileStore;
import se.hrvstat.store.RejectStore;
import se.hrvstat.store.StagingStore;
import se.hrvstat.store.ValidatedRowStore;

/**
 * The pipeline's steps and jobs. Each stage is a job of its own ({@code ingest},
 * {@code validate}, {@code weight}, {@code estimate}, {@code publish}) and {@code annual} runs
 * them in order. Every step is restartable and idempotent.
 */
@Configuration
public class PipelineJobsConfiguration {
    static final int CHUNK = 1000;

    @Bean
    Job annualJob(JobRepository repo, Step ingestStep, Step validateStep, Step toleranceStep, Step weightStep,
                  Step estimateStep, Step publishStep, Step factSheetStep) {
        return new JobBuilder("annual", repo).start(ingestStep).next(validateStep).next(toleranceStep)
                .next(weightStep).next(estimateStep).next(publishStep).next(factSheetStep).build();
    }

    @Bean
    Job ingestJob(JobRepository repo, Step ingestStep) {
        return new JobBuilder("ingest", repo).start(ingestStep).build();
    }

    @Bean
    Job validateJob(JobRepository repo, Step validateStep, Step toleranceStep) {
        return new JobBuilder("validate", repo).start(validateStep).next(toleranceStep).build();
    }

    @Bean
    Job weightJob(JobRepository repo, Step weightStep) {
        return new JobBuilder("weight", repo).start(weightStep).build();
    }

    @Bean
    Job estimateJob(JobRepository repo, Step estimateStep) {
        return new JobBuilder("estimate", repo).start(estimateStep).build();
    }

    @Bean
    Job publishJob(JobRepository repo, Step publishStep, Step factSheetStep) {
        return new JobBuilder("publish", repo).start(publishStep).next(factSheetStep).build();
    }

    @Bean
    Step ingestStep(JobRepository repo, PlatformTransactionManager tx, StagingItemReader stagingReader,
                    StagingStore staging, InputFileStore files, StepProgress stepProgress) {
        return new StepBuilder("ingest", repo).<SourceRow, SourceRow>chunk(CHUNK).transactionManager(tx)
                .reader(stagingReader).writer(chunk -> staging.insert(chunk.getItems()))
                .listener((StepExecutionListener) stepProgress).listener((ItemReadListener<Object>) stepProgress)
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution stepExecution) {
                        // only a complete step: a stopped or failed one resumes where it was
                        if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
                            stagingReader.pendingFileIds().forEach(files::markStaged);
                        } else if (stagingReader.failedFileId() != null) {
                            staging.discard(stagingReader.failedFileId()); // an unreadable file: nothing half-loaded
                        }
                        return stepExecution.getExitStatus();
                    }
                }).build();
    }

    @Bean
    @StepScope
    StagingItemReader stagingReader(@Value("#{jobParameters}") Map<String, Object> parameters, InputFileStore files) {
        return new StagingItemReader(run(parameters), files);
    }

    @Bean
    Step validateStep(JobRepository repo, PlatformTransactionManager tx, StagedRowReader stagedRows,
                      ValidationProcessor validationProcessor, ValidatedRowStore validated, InputFileStore files,
                      StepProgress stepProgress) {
        return new StepBuilder("validate", repo).<SourceRow, ValidatedRow>chunk(CHUNK).transactionManager(tx)
                .reader(stagedRows).processor(validationProcessor).writer(chunk -> validated.write(chunk.getItems()))
                .listener((StepExecutionListener) stepProgress).listener((ItemReadListener<Object>) stepProgress)
                .listener(validationProcessor).build(); // it marks the files validated when complete
    }

    @Bean
    @StepScope
    ValidationProcessor validationProcessor(JdbcTemplate jdbc, PipelineSettings settings, ValidatedRowStore validated,
                                            InputFileStore files, PlatformTransactionManager tx) {
        try (Reader in = settings.open("codebook.csv"); Reader rulesIn = settings.open("rules.csv")) {
            Codebook codebook = Codebook.parse(in, settings.jobsDir().resolve("codebook.csv").toString());
            RuleBook rules = RuleBook.parse(rulesIn, settings.jobsDir().resolve("rules.csv").toString(), codebook);
            return new ValidationProcessor(jdbc, codebook, rules, ReferenceLists.standard(), validated, files, tx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Staged rows of files not yet validated, in load order (file, then line). */
    @Bean
    @StepScope
    StagedRowReader stagedRows(JdbcTemplate jdbc) {
        return new StagedRowReader(jdbc, CHUNK);
    }

    @Bean
    Step toleranceStep(JobRepository repo, PlatformTransactionManager tx, InputFileStore files, RejectStore rejects,
                       PipelineSettings settings) {
        return new StepBuilder("checkTolerance", repo).tasklet((contribution, context) ->
                new ToleranceCheckTasklet(run(context.getStepContext().getJobParameters()), files, rejects,
                        settings.maxRejectShare()).execute(contribution, context), tx).build();
    }

    @Bean
    Step weightStep(JobRepository repo, PlatformTransactionManager tx, JdbcTemplate jdbc, WaveWeighting weighting) {
        return new StepBuilder("weight", repo).tasklet((contribution, context) ->
                new WeightTasklet(run(context.getStepContext().getJobParameters()), jdbc, weighting)
                        .execute(contribution, context), tx).build();
    }

    // estimateStep: see EstimateStepConfiguration (partitioned by indicator)

    @Bean
    Step publishStep(JobRepository repo, PlatformTransactionManager tx, EstimateStore estimates,
                     InputFileStore files, PipelineSettings settings, MunicipalPublication municipal) {
        return new StepBuilder("publish", repo).tasklet((contribution, context) ->
                new PublishTasklet(run(context.getStepContext().getJobParameters()), estimates, files, settings,
                        municipal)
                        .execute(contribution, context), tx).build();
    }

    static RunParameters run(Map<String, Object> p) {
        return new RunParameters(((Number) p.get(RunParameters.YEAR)).intValue(), Path.of((String) p.get(RunParameters.DATA)),
                Path.of((String) p.get(RunParameters.OUT)), ((Number) p.get(RunParameters.RUN)).longValue());
    }
}
