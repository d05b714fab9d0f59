package se.hrvstat.result;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The code lists every input is checked against and every result is labelled with: the 290
 * municipalities and 21 counties ({@code /reference/municipalities.csv}, {@code regions.csv} on
 * the classpath, from the shared domain lists).
 */
public final class ReferenceLists {
    private final Map<String, String> municipalityCounty;
    private final Map<String, String> countyNames;
    private final Map<String, String> municipalityNames;

    private ReferenceLists(Map<String, String> municipalityCounty, Map<String, String> municipalityNames,
                           Map<String, String> countyNames) {
        this.municipalityCounty = municipalityCounty;
        this.municipalityNames = municipalityNames;
        this.countyNames = countyNames;
    }

    public static ReferenceLists standard() {
        Map<String, String> county = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (CSVRecord r : read("/reference/municipalities.csv")) {
            county.put(r.get("kommunkod"), r.get("lanskod"));
            names.put(r.get("kommunkod"), r.get("kommun"));
        }
        Map<String, String> counties = new LinkedHashMap<>();
        for (CSVRecord r : read("/reference/regions.csv")) {
            counties.put(r.get("lanskod"), r.get("lan"));
        }
        return new ReferenceLists(Collections.unmodifiableMap(county), Collections.unmodifiableMap(names),
                Collections.unmodifiableMap(counties));
    }

    private static Iterable<CSVRecord> read(String resource) {
        try (InputStream in = ReferenceLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            return format.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isMunicipality(String kommunkod) {
        return municipalityCounty.containsKey(kommunkod);
    }

    public boolean isCounty(String lanskod) {
        return countyNames.containsKey(lanskod);
    }

    public String countyOf(String kommunkod) {
        return municipalityCounty.get(kommunkod);
    }

    public Map<String, String> counties() {
        return countyNames;
    }

    public Map<String, String> municipalities() {
        return municipalityNames;
    }
}
