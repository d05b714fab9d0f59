package se.hrvstat.sampledata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.hrvstat.result.ReferenceLists;

/**
 * The reference lists of municipalities (kommuner) and counties (län) as the generator uses them:
 * records, both sorted by code.
 */
public final class ReferenceData {

    /** One municipality as listed in {@code municipalities.csv}. */
    public record Municipality(String kommunkod, String kommun, String lanskod, String lan) {
    }

    /** One county as listed in {@code regions.csv}. */
    public record County(String lanskod, String lan) {
    }

    private final List<Municipality> municipalities;
    private final List<County> counties;

    private ReferenceData(List<Municipality> municipalities, List<County> counties) {
        this.municipalities = List.copyOf(municipalities);
        this.counties = List.copyOf(counties);
    }

    /** Both lists, from the project's reference lists ({@link ReferenceLists#standard()}). */
    public static ReferenceData load() {
        ReferenceLists lists = ReferenceLists.standard();
        List<Municipality> ms = new ArrayList<>();
        lists.municipalities().forEach((kommunkod, kommun) -> {
            String lanskod = lists.countyOf(kommunkod);
            ms.add(new Municipality(kommunkod, kommun, lanskod, lists.counties().get(lanskod)));
        });
        List<County> cs = new ArrayList<>();
        lists.counties().forEach((lanskod, lan) -> cs.add(new County(lanskod, lan)));
        ms.sort(Comparator.comparing(Municipality::kommunkod));
        cs.sort(Comparator.comparing(County::lanskod));
        return new ReferenceData(ms, cs);
    }

    /** The 290 municipalities sorted by kommunkod. */
    public List<Municipality> municipalities() {
        return municipalities;
    }

    /** The 21 counties sorted by lanskod. */
    public List<County> counties() {
        return counties;
    }

    /** Municipalities grouped by county code, both levels sorted. */
    public Map<String, List<Municipality>> municipalitiesByCounty() {
        Map<String, List<Municipality>> m = new TreeMap<>();
        for (Municipality mu : municipalities) {
            m.computeIfAbsent(mu.lanskod(), k -> new ArrayList<>()).add(mu);
        }
        return m;
    }
}
