package se.hrvstat.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The method and quality chapter laid out under the headings of a quality declaration
 * (kvalitetsdeklaration, SCB-FS 2016:17), from {@value #FILE}: headings {@code heading.<n>} and
 * subheadings {@code heading.<n>.<m>}, each with its fixed text ({@code text.<id>}), then the
 * run's own facts (the report metadata) whose label matches its pattern ({@code match.<id>}), then
 * a block of records the writer made (a table, {@code block.<id>} names it). Facts that match no
 * pattern go under {@code default} (else heading 2).
 *
 * <p>Records for {@code key-value-list.jrxml}: {@code section} (the heading), {@code subsection}
 * (the subheading, empty under a heading's own text), {@code key} and {@code value} (an empty key is
 * running text); the blocks' records add their own fields (e.g. table cells).
 */
final class QualityDeclaration {

    static final String FILE = "kvalitetsdeklaration.properties";
    private static final String DEFAULT_SECTION = "2";
    private static final Comparator<String> BY_NUMBER = (a, b) -> Arrays.compare(numbers(a), numbers(b));

    private QualityDeclaration() {
    }

    /** As {@link #records(Path, Map, String, Map)} without blocks. */
    static List<Map<String, ?>> records(Path templatesDir, Map<String, String> metadata, String level) throws IOException {
        return records(templatesDir, metadata, level, Map.of());
    }

    /**
     * The records in print order. A fixed text's {@code %s} is the run's confidence level in percent
     * ({@code level}); {@code blocks} are the writer's records by name ({@code block.<id>=name}).
     */
    static List<Map<String, ?>> records(Path templatesDir, Map<String, String> metadata, String level,
                                        Map<String, List<Map<String, ?>>> blocks) throws IOException {
        Properties p = load(templatesDir);
        List<String> ids = p.stringPropertyNames().stream().filter(k -> k.startsWith("heading."))
                .map(k -> k.substring("heading.".length())).filter(id -> id.matches("\\d+(\\.\\d+)?"))
                .sorted(BY_NUMBER).toList();
        Map<String, List<Map.Entry<String, String>>> facts = sortFacts(p, ids, metadata);
        List<Map<String, ?>> records = new ArrayList<>();
        for (String id : ids) {
            String top = id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
            String section = p.getProperty("heading." + top, "");
            String subsection = id.contains(".") ? p.getProperty("heading." + id) : "";
            String text = p.getProperty("text." + id);
            if (text != null && !text.isBlank()) {
                records.add(record(section, subsection, "", String.format(Texts.SWEDISH, text, level)));
            } else if (!subsection.isEmpty() || !facts.containsKey(id)) {
                records.add(record(section, subsection, "", "")); // the heading alone
            }
            for (Map.Entry<String, String> e : facts.getOrDefault(id, List.of())) {
                records.add(record(section, subsection, e.getKey(), e.getValue()));
            }
            String block = p.getProperty("block." + id);
            if (block != null) {
                for (Map<String, ?> r : blocks.getOrDefault(block.strip(), List.of())) {
                    Map<String, Object> withHeading = new HashMap<>(r);
                    withHeading.put("section", section);
                    withHeading.put("subsection", subsection);
                    records.add(withHeading);
                }
            }
        }
        if (ids.isEmpty() && metadata != null) {
            metadata.forEach((k, v) -> records.add(record("", "", k, v)));
        }
        return records;
    }

    /** Each fact under the first heading (in print order) whose pattern matches its label, else under the default. */
    private static Map<String, List<Map.Entry<String, String>>> sortFacts(Properties p, List<String> ids,
                                                                        Map<String, String> metadata) {
        Map<String, List<Map.Entry<String, String>>> facts = new HashMap<>();
        if (metadata == null || ids.isEmpty()) {
            return facts;
        }
        String fallback = p.getProperty("default", DEFAULT_SECTION).strip();
        String defaultId = ids.contains(fallback) ? fallback : ids.get(0);
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            String target = defaultId;
            for (String id : ids) {
                String match = p.getProperty("match." + id);
                if (match != null && Pattern.compile(match, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(e.getKey() == null ? "" : e.getKey()).find()) {
                    target = id;
                    break;
                }
            }
            facts.computeIfAbsent(target, k -> new ArrayList<>()).add(e);
        }
        return facts;
    }

    private static Map<String, ?> record(String section, String subsection, String key, String value) {
        return Map.of("section", section, "subsection", subsection, "key", key == null ? "" : key,
                "value", value == null ? "" : value);
    }

    private static int[] numbers(String id) {
        return Arrays.stream(id.split("\\.")).mapToInt(Integer::parseInt).toArray();
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
