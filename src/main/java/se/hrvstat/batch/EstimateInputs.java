package se.hrvstat.batch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.springframework.stereotype.Component;

import se.hrvstat.indicator.Codes;
import se.hrvstat.indicator.WaveSample;
import se.hrvstat.store.SurveyWaveStore;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.weight.CalibrationResiduals;
import se.hrvstat.survey.weight.WeightingChain;

/**
 * The waves of one estimate step, loaded once and shared by its partitions (indicators): each
 * wave is read and its design built by the first partition that needs it while the others wait.
 * The manager step clears the cache before and after it runs, so that a later run (with new
 * weights) never sees an earlier run's waves.
 */
@Component
class EstimateInputs {
    private final SurveyWaveStore waves;
    private final PipelineSettings settings;
    private final Map<String, FutureTask<WaveSample>> cache = new ConcurrentHashMap<>();

    EstimateInputs(SurveyWaveStore waves, PipelineSettings settings) {
        this.waves = waves;
        this.settings = settings;
    }

    /**
     * Loads the wave in this thread unless another partition has loaded it or is loading it (then
     * returns at once): partitions that prepare their waves first load different waves at the same time.
     */
    void prepare(long jobExecutionId, int year, int wave) {
        task(jobExecutionId, year, wave).run(); // loads once; no-op when another thread has run or is running it
    }

    private FutureTask<WaveSample> task(long jobExecutionId, int year, int wave) {
        return cache.computeIfAbsent(jobExecutionId + ":" + wave, key -> new FutureTask<>(() -> load(year, wave)));
    }

    /** The wave for the step execution of {@code jobExecutionId}, as weighted for reference year {@code year}. */
    WaveSample wave(long jobExecutionId, int year, int wave) {
        FutureTask<WaveSample> task = task(jobExecutionId, year, wave);
        task.run(); // loads once; no-op when another thread has run or is running it
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading wave " + wave, e);
        } catch (ExecutionException e) {
            cache.remove(jobExecutionId + ":" + wave, task);
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    void clear() {
        cache.clear();
    }

    private WaveSample load(int year, int wave) {
        SurveyWaveStore.SurveyWave data = waves.load(year, wave, Codes.MISSING);
        requireEveryAnswerWeighted(data);
        return new WaveSample(data.wave(), data.codes(), data.lanskod(), design(year, data));
    }

    /** The stored weights must be those of these answers: one left out would bias every estimate. */
    private static void requireEveryAnswerWeighted(SurveyWaveStore.SurveyWave data) {
        int unweighted = data.unweighted();
        if (unweighted > 0) {
            throw new IllegalStateException("wave " + data.wave() + ": the stored weights do not match the answers ("
                    + unweighted + (unweighted == 1 ? " answer has" : " answers have") + " no weight); "
                    + "run the weight step again");
        }
    }

    /**
     * The wave's design: strata, schools, classes, FPC at both stages; with calibrated weights
     * its variances use the calibration residuals, rebuilt from the stored weights.
     */
    private SurveyDesign design(int year, SurveyWaveStore.SurveyWave data) {
        SurveyDesign design = SurveyDesign.builder(data.weight()).strata(data.stratum())
                .clusters(data.school(), data.schoolClass()).fpc(data.schoolsInStratum(), data.classesInSchool())
                .nest(true).lonelyPsu(settings.lonelyPsu()).build();
        Map<String, int[]> codes = data.codes();
        WeightingChain.Respondents respondents = WeightingChain.respondents(data.schoolClass(), data.lanskod(),
                codes.get("grade"), codes.get("sex"), codes.get("born"));
        CalibrationResiduals residuals = WeightingChain.residuals(respondents,
                WeightingChain.registerMargins(waves.registerCounts(year, data.wave())), data.inputWeight(), data.weight());
        return residuals == null ? design : design.calibrated(data.weight(), residuals);
    }
}
