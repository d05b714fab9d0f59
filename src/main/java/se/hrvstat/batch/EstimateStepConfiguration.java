package se.hrvstat.batch;

import java.util.Map;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import se.hrvstat.batch.ops.StepProgress;
import se.hrvstat.batch.ops.StopCheck;
import se.hrvstat.store.EstimateStore;
import se.hrvstat.store.IndicatorVersionStore;
import se.hrvstat.store.SurveyWaveStore;

/**
 * The estimate step, partitioned by indicator (Spring Batch local partitioning): the manager
 * step {@code estimate} checks the catalogue and creates one partition per indicator
 * ({@link EstimatePartitioner}); the worker step {@code estimateIndicator} estimates one
 * indicator ({@link EstimateTasklet}) in its own transaction. {@code estimate.threads} of
 * {@code jobs/annual.properties} partitions run at once (default 2). Each partition replaces
 * only its own indicator's rows and numbers them in a block of its own, so the stored rows and
 * their order are the same for any number of threads, and a restart reruns only the partitions
 * that did not complete.
 */
@Configuration
class EstimateStepConfiguration {
    static final String WORKER = "estimateIndicator";

    @Bean
    Step estimateStep(JobRepository repo, Step estimateIndicatorStep, EstimatePartitioner estimatePartitioner,
                      EstimateInputs inputs, PipelineSettings settings, StepProgress console) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("estimate-");
        executor.setConcurrencyLimit(2);
        Partitioner counted = gridSize -> {
            Map<String, ExecutionContext> partitions = estimatePartitioner.partition(gridSize);
            console.expect((long) partitions.size(), "indicators");
            return partitions;
        };
        return new StepBuilder("estimate", repo).partitioner(WORKER, counted).step(estimateIndicatorStep)
                .taskExecutor(executor).gridSize(1)
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution stepExecution) {
                        inputs.clear();
                        executor.setConcurrencyLimit(settings.estimateThreads());
                    }

                    @Override
                    public ExitStatus afterStep(StepExecution stepExecution) {
                        inputs.clear();
                        return stepExecution.getExitStatus();
                    }
                }).listener((StepExecutionListener) console).build();
    }

    @Bean
    Step estimateIndicatorStep(JobRepository repo, PlatformTransactionManager tx, SurveyWaveStore waves,
                               EstimateStore estimates, PipelineSettings settings, EstimateInputs inputs,
                               StepProgress console, StopCheck stop, SmallAreaEstimation smallAreas) {
        return new StepBuilder(WORKER, repo).tasklet((contribution, context) ->
                new EstimateTasklet(PipelineJobsConfiguration.run(context.getStepContext().getJobParameters()), waves,
                        estimates, settings, inputs, stop, smallAreas).execute(contribution, context), tx)
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution stepExecution) {
                        console.advance(1); // an indicator done
                        return stepExecution.getExitStatus();
                    }
                }).build();
    }

    @Bean
    @StepScope
    EstimatePartitioner estimatePartitioner(@Value("#{jobParameters}") Map<String, Object> parameters,
                                            PipelineSettings settings, SurveyWaveStore waves, EstimateStore estimates,
                                            IndicatorVersionStore versions, YearInputs inputs) {
        return new EstimatePartitioner(PipelineJobsConfiguration.run(parameters), settings, waves, estimates, versions,
                inputs);
    }
}
