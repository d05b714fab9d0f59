package se.hrvstat.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.hrvstat.indicator.IndicatorCatalogue;
import se.hrvstat.result.MunicipalProfile;
import se.hrvstat.result.SmallAreaRow;
import se.hrvstat.store.SmallAreaStore;

/**
 * The municipal profiles of a year with the modelled survey shares of the small-area step
 * (docs/small-area.md) where the year has them: the rows of {@code sae-<year>.csv}, the
 * indicators of {@code small-area.indicators} still in the catalogue, in that order, labelled as
 * in the catalogue. Profiles of a year without small-area estimates are returned unchanged.
 */
final class ProfileSmallAreas implements FactSheetSource {
    private final MunicipalPublication municipal;
    private final SmallAreaStore smallAreas;
    private final PipelineSettings settings;

    ProfileSmallAreas(MunicipalPublication municipal, SmallAreaStore smallAreas, PipelineSettings settings) {
        this.municipal = municipal;
        this.smallAreas = smallAreas;
        this.settings = settings;
    }

    @Override
    public List<MunicipalProfile> sheets(int year) {
        List<MunicipalProfile> profiles = municipal.profiles(year);
        Map<String, List<MunicipalProfile.Modelled>> modelled = modelled(year);
        if (modelled.isEmpty()) {
            return profiles;
        }
        return profiles.stream().map(p -> p.withModelled(modelled.getOrDefault(p.code(), List.of()))).toList();
    }

    private Map<String, List<MunicipalProfile.Modelled>> modelled(int year) {
        IndicatorCatalogue catalogue = EstimateTasklet.catalogue(settings);
        List<String> wanted = SmallAreaConfig.load(settings).indicators().stream()
                .filter(name -> catalogue.find(name).isPresent()).toList();
        Map<String, List<MunicipalProfile.Modelled>> byMunicipality = new HashMap<>();
        List<SmallAreaRow> rows = new ArrayList<>(smallAreas.rows(year).stream()
                .filter(r -> wanted.contains(r.indicator())).toList());
        rows.sort(java.util.Comparator.comparingInt(r -> wanted.indexOf(r.indicator())));
        for (SmallAreaRow r : rows) {
            String label = catalogue.find(r.indicator()).map(i -> i.label()).orElse(r.indicator());
            byMunicipality.computeIfAbsent(r.kommunkod(), k -> new ArrayList<>())
                    .add(new MunicipalProfile.Modelled(r.indicator(), label, r.estimate(), r.ciLow(), r.ciHigh()));
        }
        return byMunicipality;
    }
}
