package se.hrvstat.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import se.hrvstat.indicator.Indicator;
import se.hrvstat.indicator.IndicatorCatalogue;
import se.hrvstat.indicator.QualityRule;
import se.hrvstat.indicator.VersionRule;
import se.hrvstat.result.RecordedIndicatorVersion;
import se.hrvstat.store.EstimateStore;
import se.hrvstat.store.IndicatorVersionStore;
import se.hrvstat.store.SurveyWaveStore;

/**
 * Splits the estimate step into one partition per indicator of the catalogue, after checking
 * the versioning rule: a definition changed under an unchanged version stops the run; a new
 * version is recorded with the wave its series starts at. Also removes the year's rows of
 * indicators no longer in the catalogue and states the trend method in the run's facts.
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

    EstimatePartitioner(RunParameters run, PipelineSettings settings, SurveyWaveStore waves, EstimateStore estimates,
                        IndicatorVersionStore versions) {
        this.run = run;
        this.settings = settings;
        this.waves = waves;
        this.estimates = estimates;
        this.versions = versions;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        settings.rejectObsoleteEstimateKeys();
        IndicatorCatalogue catalogue = EstimateTasklet.catalogue(settings);
        List<RecordedIndicatorVersion> recorded = versions.all();
        List<String> violations = VersionRule.violations(catalogue, recorded);
        if (!violations.isEmpty()) {
            throw new IllegalStateException(settings.jobsDir().resolve("indicators.ini") + ": "
                    + String.join("; ", violations));
        }
        List<Integer> available = waves.waves(run.year());
        int latest = available.isEmpty() ? run.year() : available.get(available.size() - 1);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        List<String> newSeries = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int index = 0;
        for (Indicator indicator : catalogue.indicators()) {
            int start = VersionRule.seriesStart(indicator, recorded, latest);
            versions.recordIfNew(indicator.name(), indicator.version(), indicator.fingerprint(),
                    indicator.canonicalDefinition(), latest, run.year());
            if (start != Integer.MIN_VALUE) {
                newSeries.add(indicator.name() + " version " + indicator.version() + " från " + start);
            }
            ExecutionContext context = new ExecutionContext();
            context.putString(INDICATOR, indicator.name());
            context.putString(FINGERPRINT, indicator.fingerprint());
            context.putInt(SERIES_START, start);
            context.putInt(SEQ_BASE, ++index * SEQ_BLOCK);
            partitions.put(indicator.name(), context);
            names.add(indicator.name());
        }
        estimates.retainIndicators(run.year(), names);
        estimates.putFacts(run.year(), 200, facts(newSeries));
        return partitions;
    }

    /** The method of changes and trends, in Swedish for the report's method chapter. */
    private Map<String, String> facts(List<String> newSeries) {
        Map<String, String> facts = new LinkedHashMap<>();
        String level = String.format(Locale.ROOT, "%d %%", Math.round(100 * settings.level()));
        facts.put("Förändring och trend", "Förändring sedan föregående våg: skillnaden mellan vågornas skattningar "
                + "med medelfelet sqrt(se1² + se2²) (oberoende urval) och ett tvåsidigt z-test; förändringen är "
                + "statistiskt säkerställd på " + level + "-nivån när konfidensintervallet inte innehåller 0. "
                + "Linjär trend per år över alla vågor i serien: viktad minsta kvadratmetod på vågornas skattningar med "
                + "vikterna 1/varians, medelfel 1/sqrt(Σ w (x − x̄)²) och tvåsidigt z-test; redovisas när serien har "
                + "minst " + QualityRule.MIN_TREND_WAVES + " vågor. Förändring och trend på en undertryckt skattning "
                + "undertrycks; på en osäker skattning markeras de osäkra.");
        facts.put("Indikatorserier", newSeries.isEmpty()
                ? "Alla indikatorer har oförändrad definition i alla vågor."
                : "Ny definition (ny version) som startar en ny tidsserie: " + String.join("; ", newSeries)
                        + ". Tidigare vågor med den gamla definitionen ingår inte i förändring och trend.");
        return facts;
    }
}
