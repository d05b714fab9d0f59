package se.hrvstat.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import se.hrvstat.batch.ops.StopCheck;
import se.hrvstat.indicator.Indicator;
import se.hrvstat.indicator.IndicatorCatalogue;
import se.hrvstat.indicator.IndicatorSeries;
import se.hrvstat.indicator.QualityRule;
import se.hrvstat.indicator.WaveSample;
import se.hrvstat.result.EstimateRow;
import se.hrvstat.store.EstimateStore;
import se.hrvstat.store.SurveyWaveStore;
import se.hrvstat.survey.estimate.IntervalMethod;

/**
 * One partition of the estimate step: estimates one indicator of the catalogue for every wave
 * of its series up to the reference year, for all students and each domain of its breakdowns,
 * with design-based standard errors (stratified two-stage design: schools within strata, classes
 * within schools, FPC at both stages, calibration residuals), the change since the previous
 * wave and the linear trend. Replaces the year's rows of that indicator whole, in one
 * transaction, so a partition run again (restart) writes the same rows once.
 */
class EstimateTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(EstimateTasklet.class);

    private final RunParameters run;
    private final SurveyWaveStore waves;
    private final EstimateStore estimates;
    private final PipelineSettings settings;
    private final EstimateInputs inputs;
    private final StopCheck stop;
    private final SmallAreaEstimation smallAreas;

    EstimateTasklet(RunParameters run, SurveyWaveStore waves, EstimateStore estimates, PipelineSettings settings,
                    EstimateInputs inputs, StopCheck stop, SmallAreaEstimation smallAreas) {
        this.smallAreas = smallAreas;
        this.stop = stop;
        this.run = run;
        this.waves = waves;
        this.estimates = estimates;
        this.settings = settings;
        this.inputs = inputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext partition = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        String name = partition.getString(EstimatePartitioner.INDICATOR);
        Indicator indicator = catalogue(settings).find(name).orElseThrow(() -> new IllegalStateException(
                "indicator '" + name + "' is no longer in " + settings.jobsDir().resolve("indicators.ini")
                        + "; the catalogue changed during the run, run it again"));
        if (!indicator.fingerprint().equals(partition.getString(EstimatePartitioner.FINGERPRINT))) {
            throw new IllegalStateException("indicator '" + name + "' changed in " + settings.jobsDir()
                    .resolve("indicators.ini") + " during the run; run it again");
        }
        int seriesStart = partition.getInt(EstimatePartitioner.SERIES_START);
        long jobExecutionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        List<Integer> needed = waves.waves(run.year()).stream().filter(w -> w >= seriesStart).toList();
        // The first partitions load the waves (most of the step's time), each a wave no other is
        // loading; a stop is seen between two waves.
        for (int wave : needed) {
            if (stop.stopHere(contribution)) {
                return RepeatStatus.FINISHED; // this indicator ends STOPPED and is estimated on restart
            }
            inputs.prepare(jobExecutionId, run.year(), wave);
        }
        List<WaveSample> series = new ArrayList<>();
        for (int wave : needed) {
            series.add(inputs.wave(jobExecutionId, run.year(), wave));
        }
        QualityRule quality = new QualityRule(settings.minNPublished(), settings.minNReliable(), settings.maxRse());
        IntervalMethod method = IntervalMethod.valueOf(settings.intervalMethod().toUpperCase(Locale.ROOT));
        List<EstimateRow> rows = new IndicatorSeries(quality, method, settings.level())
                .estimate(indicator, series);
        estimates.replaceIndicator(run.year(), indicator.name(), indicator.version(), indicator.fingerprint(),
                partition.getInt(EstimatePartitioner.SEQ_BASE), rows);
        if (!series.isEmpty()) { // the model-based municipal estimates of the latest wave (issue 18)
            smallAreas.estimate(jobExecutionId, run.year(), indicator, series.get(series.size() - 1),
                    partition.getInt(EstimatePartitioner.SEQ_BASE));
        }
        contribution.incrementWriteCount(rows.size());
        LOG.info("{}: {} rows over waves {}", indicator.seriesKey(), rows.size(),
                series.stream().map(WaveSample::wave).toList());
        return RepeatStatus.FINISHED;
    }

    static IndicatorCatalogue catalogue(PipelineSettings settings) {
        try (Reader in = settings.open("indicators.ini")) {
            return IndicatorCatalogue.parse(in, settings.jobsDir().resolve("indicators.ini").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
