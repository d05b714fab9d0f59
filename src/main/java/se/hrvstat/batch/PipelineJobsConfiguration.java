package se.hrvstat.batch;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.hrvstat.batch.ops.StepProgress;
import se.hrvstat.batch.ops.StopCheck;
import se.hrvstat.store.EstimateStore;
import se.hrvstat.store.SmallAreaStore;
import se.hrvstat.store.SurveyWaveStore;

/**
 * The pipeline's jobs, and the weight and publish steps. Each stage is a job of its own
 * ({@code ingest}, {@code validate}, {@code weight}, {@code estimate}, {@code publish}) and
 * {@code annual} runs them in order. Every step is restartable and idempotent. The input steps are
 * in {@link InputStepsConfiguration}, the partitioned estimate step in
 * {@link EstimateStepConfiguration}, the fact sheets in {@link FactSheetStepConfiguration}.
 */
@Configuration
public class PipelineJobsConfiguration {
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
                     YearInputs inputs, SmallAreaStore smallAreas, FactSheetSource profiles, StepProgress console,
                     StopCheck stop) {
        return new StepBuilder("publish", repo).tasklet((contribution, context) -> {
            RunParameters run = run(context.getStepContext().getJobParameters());
            inputs.require(run.year());
            return new PublishTasklet(run, estimates, method, settings, municipal, stop, smallAreas, profiles)
                    .execute(contribution, context);
        }, tx).listener(console).build();
    }

    static RunParameters run(Map<String, Object> p) {
        return new RunParameters(((Number) p.get(RunParameters.YEAR)).intValue(), Path.of((String) p.get(RunParameters.DATA)),
                Path.of((String) p.get(RunParameters.OUT)), ((Number) p.get(RunParameters.RUN)).longValue());
    }
}
