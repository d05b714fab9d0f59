package se.hrvstat.municipal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Municipalities and counties in publication order (code order).
 *
 * @param municipalities kommunkod to name
 * @param countyOf       kommunkod to lanskod
 * @param counties       lanskod to county name
 */
public record Geography(Map<String, String> municipalities, Map<String, String> countyOf, Map<String, String> counties) {
    public Geography {
        municipalities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(municipalities));
        countyOf = Map.copyOf(countyOf);
        counties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counties));
        for (String kod : municipalities.keySet()) {
            if (!counties.containsKey(countyOf.get(kod))) {
                throw new IllegalArgumentException("municipality " + kod + " has no county");
            }
        }
    }

    public String county(String kommunkod) {
        String lan = countyOf.get(kommunkod);
        if (lan == null) {
            throw new IllegalArgumentException("unknown municipality " + kommunkod);
        }
        return lan;
    }

    /**
     * A county as a row label of the published tables: code and name ("01 Stockholms län"), as
     * municipalities are labelled "0180 Stockholm", so that readers and the fact sheets can match
     * a municipality with its county.
     */
    public String countyLabel(String lanskod) {
        return lanskod + " " + counties.get(lanskod);
    }

    /** Every county's row label, in code order. */
    public List<String> countyLabels() {
        return counties.keySet().stream().map(this::countyLabel).toList();
    }

    public List<String> municipalitiesOf(String lanskod) {
        return municipalities.keySet().stream().filter(k -> countyOf.get(k).equals(lanskod)).toList();
    }
}
