package se.hrvstat.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The method and quality chapter laid out under the headings of a quality declaration
 * (kvalitetsdeklaration), from {@value #FILE}: each heading's fixed text, then the run's own
 * facts (the report metadata) whose label matches the heading's pattern, in metadata order.
 * Facts that match no pattern go under heading 2 (Tillförlitlighet).
 */
final class QualityDeclaration {

    static final String FILE = "kvalitetsdeklaration.properties";
    private static final int DEFAULT_SECTION = 2;

    private QualityDeclaration() {
    }

    /**
     * Records for the key-value list: fields section, key, value (the heading's text has an empty
     * key). A fixed text's {@code %s} is the run's confidence level in percent ({@code level}).
     */
    static List<Map<String, ?>> records(Path templatesDir, Map<String, String> metadata, String level) throws IOException {
        Properties p = load(templatesDir);
        List<Integer> sections = new ArrayList<>();
        for (int n = 1; n <= 20; n++) {
            if (p.getProperty("heading." + n) != null) {
                sections.add(n);
            }
        }
        Map<Integer, List<Map.Entry<String, String>>> facts = new HashMap<>();
        if (metadata != null) {
            for (Map.Entry<String, String> e : metadata.entrySet()) {
                int section = sections.contains(DEFAULT_SECTION) ? DEFAULT_SECTION : sections.isEmpty() ? 0 : sections.get(0);
                for (int n : sections) {
                    String match = p.getProperty("match." + n);
                    if (match != null && Pattern.compile(match, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                            .matcher(e.getKey()).find()) {
                        section = n;
                        break;
                    }
                }
                facts.computeIfAbsent(section, k -> new ArrayList<>()).add(e);
            }
        }
        List<Map<String, ?>> records = new ArrayList<>();
        for (int n : sections) {
            String heading = p.getProperty("heading." + n);
            String text = p.getProperty("text." + n) == null ? null
                    : String.format(Texts.SWEDISH, p.getProperty("text." + n), level);
            if (text != null && !text.isBlank()) {
                records.add(Map.of("section", heading, "key", "", "value", text));
            }
            for (Map.Entry<String, String> e : facts.getOrDefault(n, List.of())) {
                records.add(Map.of("section", heading, "key", e.getKey() == null ? "" : e.getKey(),
                        "value", e.getValue() == null ? "" : e.getValue()));
            }
        }
        if (sections.isEmpty() && metadata != null) {
            metadata.forEach((k, v) -> records.add(Map.of("section", "", "key", k, "value", v == null ? "" : v)));
        }
        return records;
    }

    private static Properties load(Path templatesDir) throws IOException {
        Properties p = new Properties();
        Path file = templatesDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return p;
        }
        try (InputStream in = QualityDeclaration.class.getResourceAsStream("/report-templates/" + FILE)) {
            if (in != null) {
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            }
        }
        return p;
    }
}
