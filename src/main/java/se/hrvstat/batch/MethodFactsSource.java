package se.hrvstat.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.hrvstat.indicator.Indicator;
import se.hrvstat.indicator.QualityRule;
import se.hrvstat.indicator.VersionRule;
import se.hrvstat.result.MethodFacts;
import se.hrvstat.result.ProgramVersion;
import se.hrvstat.result.RecordedIndicatorVersion;
import se.hrvstat.result.ResponseRates;
import se.hrvstat.store.IndicatorVersionStore;
import se.hrvstat.store.InputFileStore;
import se.hrvstat.store.SurveyWaveStore;

/**
 * The method facts of a reference year, gathered from the store (weighting summaries, indicator
 * versions, input files) and the run's settings.
 */
@Component
public class MethodFactsSource {
    private final SurveyWaveStore waves;
    private final IndicatorVersionStore versions;
    private final YearInputs inputs;
    private final PipelineSettings settings;

    public MethodFactsSource(SurveyWaveStore waves, IndicatorVersionStore versions, YearInputs inputs,
                             PipelineSettings settings) {
        this.waves = waves;
        this.versions = versions;
        this.inputs = inputs;
        this.settings = settings;
    }

    public MethodFacts facts(int year) {
        ProgramVersion version = Version.release();
        return new MethodFacts(year, version.name(), waves.weightings(year), newSeries(year),
                QualityRule.MIN_TREND_WAVES, settings.level(), settings.intervalMethod(), settings.minNPublished(),
                settings.minNReliable(), settings.maxRse(), inputs(year), version.release(),
                ResponseRates.of(waves.sampledClassCounts(year)), DisclosureSettings.read(settings).facts());
    }

    /** The indicators whose current version starts a new series (VersionRule.seriesStart). */
    private List<MethodFacts.NewSeries> newSeries(int year) {
        List<Integer> available = waves.waves(year);
        int latest = available.isEmpty() ? year : available.get(available.size() - 1);
        List<RecordedIndicatorVersion> recorded = versions.all();
        List<MethodFacts.NewSeries> out = new ArrayList<>();
        for (Indicator indicator : EstimateTasklet.catalogue(settings).indicators()) {
            int start = VersionRule.seriesStart(indicator, recorded, latest);
            if (start != Integer.MIN_VALUE) {
                out.add(new MethodFacts.NewSeries(indicator.name(), indicator.version(), start));
            }
        }
        return out;
    }

    /** The year's input files. */
    private List<MethodFacts.InputFile> inputs(int year) {
        List<MethodFacts.InputFile> out = new ArrayList<>();
        for (InputFileStore.YearInput input : inputs.of(year)) {
            InputFileStore.Registered file = input.file();
            out.add(new MethodFacts.InputFile(file.kind(), file.period(), Path.of(input.path()).getFileName().toString(),
                    file.rowsLoaded(), file.rowsRejected() == null ? 0 : file.rowsRejected(), file.checksum()));
        }
        return out;
    }
}
