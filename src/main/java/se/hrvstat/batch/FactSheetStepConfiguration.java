package se.hrvstat.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import se.hrvstat.batch.ops.StepProgress;
import se.hrvstat.batch.ops.StopCheck;
import se.hrvstat.publish.FactSheetWriter;
import se.hrvstat.result.MunicipalProfile;

/**
 * The step {@code faktablad}: one PDF per municipality that returned, made by local partitioning
 * (one partition per core, each a thread) with the template compiled once before the partitions
 * start. Runs after {@code publish} in the jobs {@code annual} and {@code publish}.
 */
@Configuration
public class FactSheetStepConfiguration {

    /**
     * The profiles of a year: from the same cells and suppression as the municipal tables
     * (disclosure control and audit applied), with the small-area step's modelled shares where the
     * year has them.
     */
    @Bean
    FactSheetSource factSheetSource(MunicipalPublication municipal, PipelineSettings settings,
                                    se.hrvstat.store.SmallAreaStore smallAreas,
                                    se.hrvstat.store.EstimateStore estimates) {
        return new ProfileSmallAreas(municipal, smallAreas, settings, estimates);
    }

    @Bean
    FactSheetProfiles factSheetProfiles(FactSheetSource source) {
        return new FactSheetProfiles(source);
    }

    @Bean
    FactSheetWriter factSheetWriter(PipelineSettings settings) {
        return new FactSheetWriter(settings.templatesDir());
    }

    @Bean
    @StepScope
    FactSheetPartitioner factSheetPartitioner(@Value("#{jobParameters}") Map<String, Object> parameters,
                                              @Value("#{stepExecution}") StepExecution stepExecution,
                                              FactSheetProfiles profiles, FactSheetWriter writer,
                                              StepProgress console) {
        RunParameters run = PipelineJobsConfiguration.run(parameters);
        List<MunicipalProfile> sheets = profiles.sheets(stepExecution.getJobExecutionId(), run.year());
        console.expect((long) sheets.size(), "fact sheets");
        if (!sheets.isEmpty()) {
            try {
                writer.precompile(); // once, before the threads start filling
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FactSheetPartitioner(sheets.stream().map(MunicipalProfile::code).toList());
    }

    @Bean
    Step factSheetWorkerStep(JobRepository repo, PlatformTransactionManager tx, FactSheetProfiles profiles,
                             FactSheetWriter writer, StepProgress console, StopCheck stop) {
        return new StepBuilder("faktablad-kommun", repo).tasklet((contribution, context) ->
                new FactSheetTasklet(PipelineJobsConfiguration.run(context.getStepContext().getJobParameters()),
                        profiles, writer, console, stop).execute(contribution, context), tx).build();
    }

    @Bean
    Step factSheetStep(JobRepository repo, Step factSheetWorkerStep, FactSheetPartitioner factSheetPartitioner,
                       StepProgress console) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("faktablad-");
        executor.setConcurrencyLimit(threads);
        return new StepBuilder("faktablad", repo).partitioner("faktablad-kommun", factSheetPartitioner)
                .step(factSheetWorkerStep).gridSize(threads).taskExecutor(executor).listener(console).build();
    }
}
