package se.hrvstat.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The reference lists of municipalities (kommuner) and counties (län), read from the classpath
 * ({@code /reference/municipalities.csv} and {@code /reference/regions.csv}), both sorted by code.
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

    /** Loads both lists from the classpath. */
    public static ReferenceData load() {
        List<Municipality> ms = new ArrayList<>();
        for (CSVRecord r : read("/reference/municipalities.csv")) {
            ms.add(new Municipality(r.get("kommunkod"), r.get("kommun"), r.get("lanskod"), r.get("lan")));
        }
        List<County> cs = new ArrayList<>();
        for (CSVRecord r : read("/reference/regions.csv")) {
            cs.add(new County(r.get("lanskod"), r.get("lan")));
        }
        ms.sort(Comparator.comparing(Municipality::kommunkod));
        cs.sort(Comparator.comparing(County::lanskod));
        return new ReferenceData(ms, cs);
    }

    private static List<CSVRecord> read(String resource) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CSVFormat fmt = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            return fmt.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
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
