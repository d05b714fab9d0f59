package se.hrvstat.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.hrvstat.result.SmallAreaRow;
import se.hrvstat.result.SmallAreaRule;

/**
 * The PX file of the small-area estimates ({@code px/sae-<year>.px}, for PxWeb): STUB = indicator,
 * municipality (with its code in CODES); HEADING = what is shown (the model-based estimate and
 * the ends of its interval, in percent with one decimal). Every figure is a model-based estimate
 * (modellbaserad skattning) and the file's NOTE says so and what it means; words from
 * {@code report-templates/texts.properties} (keys {@code sae.*}). The head and syntax are
 * {@link PxWriter}'s.
 */
public final class SaePxWriter {
    private static final String NOT_SHOWN = "\"..\"";

    private final Texts texts;

    public SaePxWriter(Path templatesDir) {
        this.texts = Texts.load(templatesDir);
    }

    /**
     * Writes the file atomically.
     *
     * @param rows           the rows of sae-&lt;year&gt;.csv, indicator by indicator
     * @param labels         indicator name to its Swedish label
     * @param municipalities kommunkod to the municipality's name
     */
    public void write(int year, List<SmallAreaRow> rows, Map<String, String> labels, Map<String, String> municipalities,
            double level, Instant createdAt, SmallAreaRule rule, Path file) throws IOException {
        String text = text(year, rows, labels, municipalities, level, createdAt, rule);
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }

    String text(int year, List<SmallAreaRow> rows, Map<String, String> labels, Map<String, String> municipalities,
            double level, Instant createdAt) {
        return text(year, rows, labels, municipalities, level, createdAt, SmallAreaRule.showAll(1.959963984540054));
    }

    /**
     * The file's text under the publication rule: a figure shown only as its interval has {@code ".."}
     * for its estimate, one not shown {@code ".."} for all three cells, and the NOTE states the rule.
     */
    String text(int year, List<SmallAreaRow> rows, Map<String, String> labels, Map<String, String> municipalities,
            double level, Instant createdAt, SmallAreaRule rule) {
        Map<String, Map<String, SmallAreaRow>> byIndicator = new LinkedHashMap<>();
        for (SmallAreaRow r : rows) {
            byIndicator.computeIfAbsent(r.indicator(), k -> new LinkedHashMap<>()).put(r.kommunkod(), r);
        }
        List<String> codes = new ArrayList<>(byIndicator.values().iterator().next().keySet());
        String percent = Long.toString(Math.round(level * 100));
        List<String> shown = List.of(texts.get("sae.px.estimate"), texts.get("sae.px.ci.low", percent),
                texts.get("sae.px.ci.high", percent));
        String indicator = texts.get("sae.px.indicator");
        String municipality = texts.get("sae.px.municipality");
        String content = texts.get("sae.px.content");
        String created = PxWriter.created(createdAt);
        PxFile px = PxWriter.head(created, 1, 1, "SAE" + year, texts)
                .text("TITLE", texts.get("sae.px.title", year))
                .text("CONTENTS", texts.get("sae.px.contents"))
                .text("UNITS", texts.get("px.unit.share"))
                .texts("STUB", List.of(), List.of(indicator, municipality))
                .texts("HEADING", List.of(), List.of(content))
                .texts("VALUES", List.of(indicator), byIndicator.keySet().stream().map(n -> labels.getOrDefault(n, n))
                        .toList())
                .texts("VALUES", List.of(municipality), codes.stream()
                        .map(c -> c + " " + municipalities.getOrDefault(c, c)).toList())
                .texts("CODES", List.of(municipality), codes)
                .texts("VALUES", List.of(content), shown);
        String note = texts.get("sae.px.note", percent);
        if (Double.isFinite(rule.bandMax())) {
            note += " " + texts.get("sae18b.px.rule", Math.round(100 * rule.shownMax()), Math.round(100 * rule.bandMax()));
        }
        PxWriter.provenance(px, created, texts.get("sae.px.source"), texts).text("NOTE", note);
        List<String> cells = new ArrayList<>();
        for (Map<String, SmallAreaRow> ofIndicator : byIndicator.values()) {
            for (String code : codes) {
                SmallAreaRow r = ofIndicator.get(code);
                SmallAreaRule.Publication publication = r == null ? SmallAreaRule.Publication.WITHHELD : rule.classOf(r);
                cells.add(publication == SmallAreaRule.Publication.SHOWN ? PxWriter.number(100 * r.estimate(), 1) : NOT_SHOWN);
                for (int end = 0; end < 2; end++) {
                    cells.add(publication == SmallAreaRule.Publication.WITHHELD ? NOT_SHOWN
                            : PxWriter.number(100 * (end == 0 ? r.ciLow() : r.ciHigh()), 1));
                }
            }
        }
        return px.data(cells, shown.size()).toString();
    }
}
