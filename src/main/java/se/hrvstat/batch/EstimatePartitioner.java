package se.hrvstat.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import se.hrvstat.indicator.Indicator;
import se.hrvstat.indicator.IndicatorCatalogue;
import se.hrvstat.indicator.VersionRule;
import se.hrvstat.result.RecordedIndicatorVersion;
import se.hrvstat.store.EstimateStore;
import se.hrvstat.store.IndicatorVersionStore;
import se.hrvstat.store.SurveyWaveStore;

/**
 * Splits the estimate step into one partition per indicator of the catalogue, after checking
 * the versioning rule: a definition changed under an unchanged version stops the run; a new
 * version is recorded with the wave its series starts at. Also removes the year's rows of
 * indicators no longer in the catalogue.
 *
 * <p>Everything here is idempotent, because Spring Batch calls it again on a restart (then only
 * the partitions that did not complete run again; each replaces its own indicator's rows).
 */
class EstimatePartitioner implements Partitioner {
    static final String INDICATOR = "indicator";
    static final String FINGERPRINT = "fingerprint";
    static final String SERIES_START = "seriesStart";
    static final String SEQ_BASE = "seqBase";
    /** Rows of one indicator are numbered within a block of this size (catalogue order across blocks). */
    static final int SEQ_BLOCK = 100_000;

    private final RunParameters run;
    private final PipelineSettings settings;
    private final SurveyWaveStore waves;
    private final EstimateStore estimates;
    private final IndicatorVersionStore versions;
    private final YearInputs inputs;

    EstimatePartitioner(RunParameters run, PipelineSettings settings, SurveyWaveStore waves, EstimateStore estimates,
                        IndicatorVersionStore versions, YearInputs inputs) {
        this.run = run;
        this.settings = settings;
        this.waves = waves;
        this.estimates = estimates;
        this.versions = versions;
        this.inputs = inputs;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        inputs.require(run.year());
        settings.rejectObsoleteEstimateKeys();
        IndicatorCatalogue catalogue = EstimateTasklet.catalogue(settings);
        List<RecordedIndicatorVersion> recorded = versions.all();
        List<String> violations = VersionRule.violations(catalogue, recorded);
        if (!violations.isEmpty()) {
            throw new IllegalStateException(settings.jobsDir().resolve("indicators.ini") + ": "
                    + String.join("; ", violations));
        }
        List<Integer> available = waves.waves(run.year());
        requireWeights(waves.answeredWaves(run.year()), available);
        int latest = available.isEmpty() ? run.year() : available.get(available.size() - 1);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        int index = 0;
        for (Indicator indicator : catalogue.indicators()) {
            int start = VersionRule.seriesStart(indicator, recorded, latest);
            versions.recordIfNew(indicator.name(), indicator.version(), indicator.fingerprint(),
                    indicator.canonicalDefinition(), latest, run.year());
            ExecutionContext context = new ExecutionContext();
            context.putString(INDICATOR, indicator.name());
            context.putString(FINGERPRINT, indicator.fingerprint());
            context.putInt(SERIES_START, start);
            context.putInt(SEQ_BASE, ++index * SEQ_BLOCK);
            partitions.put(indicator.name(), context);
            names.add(indicator.name());
        }
        estimates.retainIndicators(run.year(), names);
        return partitions;
    }

    /** Every wave with answers among the year's inputs must be weighted, or it would be left out unsaid. */
    private void requireWeights(List<Integer> answered, List<Integer> weighted) {
        List<Integer> unweighted = answered.stream().filter(w -> !weighted.contains(w)).toList();
        if (!unweighted.isEmpty()) {
            boolean one = unweighted.size() == 1;
            throw new IllegalStateException((one ? "wave " : "waves ")
                    + unweighted.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " of the "
                    + run.year() + " inputs " + (one ? "has" : "have") + " answers but no weights; run the weight step first");
        }
    }
}
