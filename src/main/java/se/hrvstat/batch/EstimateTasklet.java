package se.hrvstat.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import se.hrvstat.indicator.Codes;
import se.hrvstat.indicator.Indicator;
import se.hrvstat.indicator.IndicatorCatalogue;
import se.hrvstat.publish.EstimateRow;
import se.hrvstat.store.EstimateStore;
import se.hrvstat.store.SurveyWaveStore;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.estimate.Estimate;
import se.hrvstat.survey.estimate.Estimators;
import se.hrvstat.survey.estimate.IntervalMethod;

/**
 * Estimates every indicator of the catalogue for every wave up to the reference year, for all
 * students and each domain of the configured breakdowns, with design-based standard errors
 * (stratified two-stage design: schools within strata, classes within schools, FPC at both
 * stages), and the change since the previous wave. Replaces the year's estimates whole.
 */
class EstimateTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(EstimateTasklet.class);
    private static final int DEMOGRAPHIC_MISSING = 9;

    private final RunParameters run;
    private final SurveyWaveStore waves;
    private final EstimateStore estimates;
    private final PipelineSettings settings;
    private final WaveWeighting weighting;

    EstimateTasklet(RunParameters run, SurveyWaveStore waves, EstimateStore estimates, PipelineSettings settings,
                    WaveWeighting weighting) {
        this.run = run;
        this.waves = waves;
        this.estimates = estimates;
        this.settings = settings;
        this.weighting = weighting;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        IndicatorCatalogue catalogue = catalogue(settings);
        QualityRule quality = new QualityRule(settings.minNPublished(), settings.minNReliable(), settings.maxRse());
        IntervalMethod method = IntervalMethod.valueOf(settings.intervalMethod().toUpperCase(Locale.ROOT));
        List<EstimateRow> rows = new ArrayList<>();
        Map<String, EstimateRow> previous = new LinkedHashMap<>();
        for (int wave : waves.waves(run.year())) {
            SurveyWaveStore.SurveyWave data = waves.load(wave, Codes.MISSING);
            SurveyDesign design = design(data);
            Map<String, EstimateRow> current = new LinkedHashMap<>();
            for (Indicator indicator : catalogue.indicators()) {
                double[] y = indicator.evaluate(data.codes(), data.size());
                for (Map.Entry<String, boolean[]> domain : domains(data).entrySet()) {
                    Estimate e = Estimators.proportion(design, y, domain.getValue(), method, settings.level());
                    if (method == IntervalMethod.LOGIT && (e.estimate() == 0.0 || e.estimate() == 1.0)) {
                        e = Estimators.proportion(design, y, domain.getValue(), IntervalMethod.BETA, settings.level());
                    }
                    EstimateRow row = quality.apply(indicator.name(), wave, domain.getKey(), e);
                    rows.add(row);
                    current.put(indicator.name() + "|" + domain.getKey(), row);
                }
            }
            rows.addAll(changes(previous, current, quality));
            previous = current;
            LOG.info("wave {}: {} respondents, {} indicators estimated", wave, data.size(), catalogue.indicators().size());
        }
        estimates.replace(run.year(), rows);
        contribution.incrementWriteCount(rows.size());
        return RepeatStatus.FINISHED;
    }

    /**
     * The wave's design: strata, schools, classes, FPC at both stages; with calibrated weights
     * its variances use the calibration residuals (recomputed by the same weighting chain).
     */
    private SurveyDesign design(SurveyWaveStore.SurveyWave data) {
        SurveyDesign design = SurveyDesign.builder(data.weight()).strata(data.stratum())
                .clusters(data.school(), data.schoolClass()).fpc(data.schoolsInStratum(), data.classesInSchool())
                .nest(true).lonelyPsu(settings.lonelyPsu()).build();
        WaveWeighting.WaveWeights weights = weighting.compute(data.wave());
        if (!java.util.Arrays.equals(weights.respIds(), data.respId())) {
            throw new IllegalStateException("wave " + data.wave() + ": the stored weights do not match the answers; "
                    + "run the weight step again");
        }
        return weights.calibrated() ? design.calibrated(data.weight(), weights.residuals()::of) : design;
    }

    static IndicatorCatalogue catalogue(PipelineSettings settings) {
        try (Reader in = settings.open("indicators.ini")) {
            return IndicatorCatalogue.parse(in, settings.jobsDir().resolve("indicators.ini").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All students (empty label) and each domain of each breakdown, in a stable order. */
    private Map<String, boolean[]> domains(SurveyWaveStore.SurveyWave data) {
        Map<String, boolean[]> domains = new LinkedHashMap<>();
        domains.put("", null);
        for (List<String> breakdown : settings.breakdowns()) {
            TreeSet<String> labels = new TreeSet<>();
            for (int i = 0; i < data.size(); i++) {
                String label = label(data, breakdown, i);
                if (label != null) {
                    labels.add(label);
                }
            }
            for (String label : labels) {
                boolean[] member = new boolean[data.size()];
                for (int i = 0; i < data.size(); i++) {
                    member[i] = label.equals(label(data, breakdown, i));
                }
                domains.put(label, member);
            }
        }
        return domains;
    }

    private static String label(SurveyWaveStore.SurveyWave data, List<String> breakdown, int row) {
        StringBuilder label = new StringBuilder();
        for (String column : breakdown) {
            String value;
            if ("lanskod".equals(column)) {
                value = data.lanskod()[row];
            } else {
                int code = data.codes().get(column)[row];
                if (code == Codes.MISSING || code == DEMOGRAPHIC_MISSING) {
                    return null;
                }
                value = Integer.toString(code);
            }
            label.append(label.length() == 0 ? "" : ";").append(column).append('=').append(value);
        }
        return label.toString();
    }

    /**
     * Change since the previous wave: difference of the two estimates; the samples are
     * independent, so its variance is the sum of their variances; normal interval.
     */
    private List<EstimateRow> changes(Map<String, EstimateRow> previous, Map<String, EstimateRow> current,
                                      QualityRule quality) {
        List<EstimateRow> rows = new ArrayList<>();
        double z = new org.apache.commons.math3.distribution.NormalDistribution()
                .inverseCumulativeProbability(0.5 + settings.level() / 2);
        for (Map.Entry<String, EstimateRow> entry : current.entrySet()) {
            EstimateRow now = entry.getValue();
            EstimateRow before = previous.get(entry.getKey());
            if (before != null) {
                rows.add(quality.change(now, before, z));
            }
        }
        return rows;
    }
}
