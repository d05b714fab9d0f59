package se.hrvstat.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.hrvstat.result.ResponseRates;

/**
 * The method and quality chapter for every publication that prints it, the PDF and the web
 * edition: the quality declaration of {@code kvalitetsdeklaration.properties}
 * ({@link QualityDeclaration}) with the run's facts under their headings, the response rates
 * ({@link ResponseRateRows}) and whom to ask ({@link PublicationContact}) in their blocks.
 */
public final class MethodChapter {
    private MethodChapter() {
    }

    /**
     * One line of the chapter under its heading and subheading: {@code kind} is {@code text}
     * (running text in {@code value}), {@code fact} ({@code key} and {@code value}), or a line of a
     * table block: {@code caption} or {@code note} (in {@code value}), {@code th} or {@code td}
     * (the cells).
     */
    public record Line(String section, String subsection, String kind, String key, String value, List<String> cells) {
    }

    /** The records of {@code key-value-list.jrxml} in print order. */
    static List<Map<String, ?>> records(Path templatesDir, Map<String, String> metadata, String level,
                                        List<ResponseRates.Rate> rates, Texts texts) throws IOException {
        return QualityDeclaration.records(templatesDir, metadata, level,
                Map.of(ResponseRateRows.BLOCK, new ResponseRateRows(texts).rows(rates),
                        PublicationContact.BLOCK, PublicationContact.records(texts)));
    }

    /** The chapter's lines in print order ({@code level}: the confidence level in percent, e.g. "95"). */
    public static List<Line> lines(Path templatesDir, Map<String, String> metadata, String level,
                                   List<ResponseRates.Rate> rates, Texts texts) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (Map<String, ?> r : records(templatesDir, metadata, level, rates, texts)) {
            String key = text(r, "key");
            String kind = r.get("kind") != null ? text(r, "kind") : key.isEmpty() ? "text" : "fact";
            List<String> cells = new ArrayList<>();
            for (int c = 1; r.get("c" + c) != null; c++) {
                cells.add(text(r, "c" + c));
            }
            lines.add(new Line(text(r, "section"), text(r, "subsection"), kind, key, text(r, "value"), List.copyOf(cells)));
        }
        return lines;
    }

    private static String text(Map<String, ?> record, String field) {
        Object v = record.get(field);
        return v == null ? "" : v.toString();
    }
}
