package se.hrvstat.batch;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.hrvstat.indicator.Indicator;
import se.hrvstat.indicator.MunicipalSmallAreas;
import se.hrvstat.indicator.WaveSample;
import se.hrvstat.store.AreaCovariateStore;
import se.hrvstat.store.SmallAreaStore;
import se.hrvstat.survey.estimate.IntervalMethod;
import se.hrvstat.survey.smallarea.TooFewAreas;
import se.hrvstat.survey.smallarea.FayHerriot;
import se.hrvstat.survey.smallarea.SmallAreaSettings;

/**
 * The small-area part of the estimate step (issue 18): for a headline indicator
 * ({@code small-area.indicators} of {@code jobs/annual.properties}) and the latest wave of its
 * series, when that wave delivered {@code area_covariates.csv}, the estimates of every
 * municipality of the register ({@link MunicipalSmallAreas}), stored in the partition's
 * transaction beside the indicator's other rows. Other indicators, and waves without covariates,
 * leave no small-area rows.
 */
@Component
class SmallAreaEstimation {
    private static final Logger LOG = LoggerFactory.getLogger(SmallAreaEstimation.class);

    private final AreaCovariateStore areas;
    private final SmallAreaStore store;
    private final PipelineSettings settings;
    /** The respondents' municipalities and schools of the last job execution's waves, shared by its partitions. */
    private final Map<String, MunicipalSmallAreas.Places> places = new ConcurrentHashMap<>();

    SmallAreaEstimation(AreaCovariateStore areas, SmallAreaStore store, PipelineSettings settings) {
        this.areas = areas;
        this.store = store;
        this.settings = settings;
    }

    /**
     * Replaces the year's small-area rows of the indicator.
     *
     * @param seqBase where the indicator's rows are numbered from (its block in catalogue order)
     */
    void estimate(long jobExecutionId, int year, Indicator indicator, WaveSample wave, int seqBase) {
        SmallAreaConfig config = SmallAreaConfig.load(settings);
        store.delete(year, indicator.name());
        if (!config.indicators().contains(indicator.name()) || !areas.hasCovariates(year, wave.wave())) {
            return;
        }
        long started = System.nanoTime();
        MunicipalSmallAreas.Places where = places(jobExecutionId, year, wave);
        List<MunicipalSmallAreas.Municipality> register = register(year, wave.wave());
        Map<String, Double> inSampledSchools = areas.studentsInSampledSchools(year, wave.wave());
        long loaded = System.nanoTime();
        MunicipalSmallAreas.Result result;
        try {
            result = MunicipalSmallAreas.estimate(indicator, wave, where, register, inSampledSchools,
                    modelSettings(config));
        } catch (TooFewAreas e) {
            // a property of the data (a small sample, or areas held back by the differencing
            // check), nothing an operator can mend: said in the log, not warned of on the console
            LOG.info("{}: no small-area estimates: {}", indicator.name(), e.getMessage());
            return;
        } catch (IllegalArgumentException e) {
            // too few sampled municipalities, collinear covariates, a benchmark out of reach: the
            // indicator gets no small-area estimates, and the log says why
            LOG.warn("{}: no small-area estimates: {}", indicator.name(), e.getMessage());
            return;
        }
        long estimated = System.nanoTime();
        store.replace(year, seqBase, result.fit(), result.rows());
        LOG.info("{}: small-area estimates of {} municipalities ({} in the model, sigma2_v {}, {}): inputs read in {} ms, "
                + "estimated in {} ms, stored in {} ms", indicator.name(), result.rows().size(),
                result.fit().areasInModel(), String.format(Locale.ROOT, "%.3g", result.fit().areaVariance()),
                result.fit().algorithm(), (loaded - started) / 1_000_000, (estimated - loaded) / 1_000_000,
                (System.nanoTime() - estimated) / 1_000_000);
    }

    private MunicipalSmallAreas.Places places(long jobExecutionId, int year, WaveSample wave) {
        String key = jobExecutionId + ":" + wave.wave();
        places.keySet().removeIf(k -> !k.startsWith(jobExecutionId + ":"));
        return places.computeIfAbsent(key, k -> {
            List<String[]> rows = areas.respondentSchools(year, wave.wave());
            if (rows.size() != wave.size()) {
                throw new IllegalStateException("wave " + wave.wave() + ": " + rows.size() + " respondents with a school "
                        + "but " + wave.size() + " weighted; run the weight step again");
            }
            String[] kommunkod = new String[rows.size()];
            String[] school = new String[rows.size()];
            for (int i = 0; i < kommunkod.length; i++) {
                kommunkod[i] = rows.get(i)[0];
                school[i] = rows.get(i)[1];
            }
            return new MunicipalSmallAreas.Places(kommunkod, school);
        });
    }

    private List<MunicipalSmallAreas.Municipality> register(int year, int wave) {
        return areas.municipalities(year, wave).stream().map(m -> new MunicipalSmallAreas.Municipality(m.kommunkod(),
                m.students(), Map.of("share_foreign_background", m.shareForeignBackground()))).toList();
    }

    private MunicipalSmallAreas.Settings modelSettings(SmallAreaConfig config) {
        // an area enters the model only with a publishable sample (estimate.min-n-published): a smaller
        // one's direct estimate is nowhere in the output; the direct estimate is kept where the
        // quality rule would publish it unflagged (estimate.min-n-reliable, estimate.max-rse)
        SmallAreaSettings model = new SmallAreaSettings(settings.level(), settings.minNPublished(),
                settings.minNReliable(), settings.maxRse(), FayHerriot.MAX_ITERATIONS, FayHerriot.PRECISION);
        return new MunicipalSmallAreas.Settings(IntervalMethod.valueOf(settings.intervalMethod().toUpperCase(Locale.ROOT)),
                settings.level(), model, config.benchmark(), config.covariates());
    }
}
