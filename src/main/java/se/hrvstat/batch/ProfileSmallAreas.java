package se.hrvstat.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.hrvstat.indicator.IndicatorCatalogue;
import se.hrvstat.result.EstimateRow;
import se.hrvstat.result.MunicipalProfile;
import se.hrvstat.result.ReferenceLists;
import se.hrvstat.result.SmallAreaRow;
import se.hrvstat.result.SmallAreaRule;
import se.hrvstat.result.StatTable;
import se.hrvstat.store.EstimateStore;
import se.hrvstat.store.SmallAreaStore;

/**
 * The municipal profiles of a year with the modelled survey shares of the small-area step
 * (docs/small-area.md) where the year has them: the rows of {@code sae-<year>.csv}, the
 * indicators of {@code small-area.indicators} still in the catalogue, in that order, labelled as
 * in the catalogue. Each carries its class under the publication rule ({@code small-area.publish.*},
 * {@link SmallAreaRule}) and, beside it, the survey's direct estimates of the municipality's county and
 * of the nation as {@code estimates-<year>.csv} publishes them (rows {@code lanskod=NN} and all
 * students of the same wave; no new statistics). Profiles of a year without small-area estimates are
 * returned unchanged.
 */
final class ProfileSmallAreas implements FactSheetSource {
    private final MunicipalPublication municipal;
    private final SmallAreaStore smallAreas;
    private final PipelineSettings settings;
    private final EstimateStore estimates;

    ProfileSmallAreas(MunicipalPublication municipal, SmallAreaStore smallAreas, PipelineSettings settings,
            EstimateStore estimates) {
        this.municipal = municipal;
        this.smallAreas = smallAreas;
        this.settings = settings;
        this.estimates = estimates;
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
        SmallAreaConfig config = SmallAreaConfig.load(settings);
        SmallAreaRule rule = config.rule(settings.level());
        List<String> wanted = config.indicators().stream()
                .filter(name -> catalogue.find(name).isPresent()).toList();
        Map<String, List<MunicipalProfile.Modelled>> byMunicipality = new HashMap<>();
        List<SmallAreaRow> rows = new ArrayList<>(smallAreas.rows(year).stream()
                .filter(r -> wanted.contains(r.indicator())).toList());
        if (rows.isEmpty()) {
            return byMunicipality;
        }
        rows.sort(java.util.Comparator.comparingInt(r -> wanted.indexOf(r.indicator())));
        Map<String, EstimateRow> direct = directRows(year);
        ReferenceLists lists = ReferenceLists.standard();
        for (SmallAreaRow r : rows) {
            String label = catalogue.find(r.indicator()).map(i -> i.label()).orElse(r.indicator());
            String county = lists.countyOf(r.kommunkod());
            byMunicipality.computeIfAbsent(r.kommunkod(), k -> new ArrayList<>())
                    .add(new MunicipalProfile.Modelled(r.indicator(), label, rule, r.estimate(), r.ciLow(),
                            r.ciHigh(), direct(direct.get(key(r.indicator(), r.wave(), county == null ? null : "lanskod=" + county))),
                            direct(direct.get(key(r.indicator(), r.wave(), "")))));
        }
        return byMunicipality;
    }

    /** The year's estimate rows of levels (no change, trend or difference), by indicator, wave and domain. */
    private Map<String, EstimateRow> directRows(int year) {
        Map<String, EstimateRow> rows = new HashMap<>();
        for (EstimateRow e : estimates.load(year)) {
            rows.put(key(e.indicator(), e.wave(), e.domain()), e);
        }
        return rows;
    }

    private static String key(String indicator, int wave, String domain) {
        return domain == null ? null : indicator + "|" + wave + "|" + domain;
    }

    /** A published estimate row as cells in percent: its flag's symbol on the share, never a number it withholds. */
    static MunicipalProfile.Direct direct(EstimateRow e) {
        if (e == null) {
            return MunicipalProfile.Direct.missing();
        }
        if ("suppressed".equals(e.flag()) || e.estimate() == null) {
            return new MunicipalProfile.Direct(StatTable.Cell.suppressed(), StatTable.Cell.suppressed(),
                    StatTable.Cell.suppressed());
        }
        StatTable.Status status = "uncertain".equals(e.flag()) ? StatTable.Status.UNCERTAIN : StatTable.Status.VALUE;
        return new MunicipalProfile.Direct(new StatTable.Cell(100 * e.estimate(), status), percent(e.ciLow()),
                percent(e.ciHigh()));
    }

    private static StatTable.Cell percent(Double share) {
        return share == null ? StatTable.Cell.missing() : StatTable.Cell.of(100 * share);
    }
}
