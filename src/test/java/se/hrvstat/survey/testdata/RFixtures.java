package se.hrvstat.survey.testdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the CSV files that {@code src/test/r/make-survey-fixtures.R} wrote from the test classpath. */
public final class RFixtures {
    private static final Map<String, Map<String, String[]>> CACHE = new HashMap<>();

    private RFixtures() {
    }

    public static List<Map<String, String>> rows(String file) {
        try (InputStream in = RFixtures.class.getResourceAsStream("/r-fixtures/" + file);
             CSVParser parser = CSVParser.builder()
                     .setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                     .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())
                     .get()) {
            List<Map<String, String>> out = new ArrayList<>();
            for (CSVRecord r : parser) {
                out.add(r.toMap());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data set's columns as text, by name. */
    public static synchronized Map<String, String[]> columns(String dataSet) {
        return CACHE.computeIfAbsent(dataSet, d -> {
            List<Map<String, String>> rows = rows(d + ".csv");
            Map<String, String[]> cols = new HashMap<>();
            for (String name : rows.get(0).keySet()) {
                String[] c = new String[rows.size()];
                for (int i = 0; i < c.length; i++) {
                    c[i] = rows.get(i).get(name);
                }
                cols.put(name, c);
            }
            return cols;
        });
    }

    /** A numeric column; empty, NA and NaN are NaN. */
    public static double[] numbers(String dataSet, String column) {
        String[] s = columns(dataSet).get(column);
        if (s == null) {
            throw new IllegalArgumentException("no column " + column + " in " + dataSet);
        }
        double[] out = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = number(s[i]);
        }
        return out;
    }

    public static double number(String s) {
        return s == null || s.isEmpty() || s.equals("NA") || s.equals("NaN") ? Double.NaN : Double.parseDouble(s);
    }

    public static String[] texts(String dataSet, String column) {
        return columns(dataSet).get(column);
    }
}
