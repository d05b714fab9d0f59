package se.hrvstat.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.hrvstat.result.ResponseRates;
import se.hrvstat.result.ResponseRates.Breakdown;
import se.hrvstat.result.ResponseRates.Rate;

/**
 * The response rates as table rows of the method chapter ({@code key-value-list.jrxml}, kind
 * {@code caption}, {@code th}, {@code td}, {@code note}): every wave for all students and each
 * grade, then each county of the latest wave; words from {@code texts.properties}
 * ({@code method.response.*}).
 */
final class ResponseRateRows {
    /** The name of the block in {@code kvalitetsdeklaration.properties} ({@code block.<id>=response-rates}). */
    static final String BLOCK = "response-rates";

    private final Texts texts;
    private final DomainLabels domains;

    ResponseRateRows(Texts texts) {
        this.texts = texts;
        this.domains = new DomainLabels(texts);
    }

    /** The rows; none when there are no rates. */
    List<Map<String, ?>> rows(List<Rate> rates) {
        List<Map<String, ?>> rows = new ArrayList<>();
        if (rates.isEmpty()) {
            return rows;
        }
        int latest = rates.stream().mapToInt(Rate::wave).max().getAsInt();
        rows.add(line("caption", texts.get("method.response.caption", latest)));
        rows.add(header(texts.get("method.response.group")));
        for (Rate r : rates) {
            if (r.breakdown() == Breakdown.ALL) {
                rows.add(cells(texts.get("method.response.wave", r.wave()), r));
            } else if (r.breakdown() == Breakdown.GRADE) {
                rows.add(cells(texts.get("method.response.grade", domains.label("grade=" + r.code())), r));
            }
        }
        rows.add(header(texts.get("method.response.counties", latest)));
        rates.stream().filter(r -> r.wave() == latest && r.breakdown() == Breakdown.COUNTY)
                .forEach(r -> rows.add(cells(domains.label("lanskod=" + r.code()), r)));
        rows.add(line("note", texts.get("method.response.note")));
        return rows;
    }

    private Map<String, ?> header(String first) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", "th");
        m.put("block", BLOCK);
        m.put("c1", first);
        m.put("c2", texts.get("method.response.schools"));
        m.put("c3", texts.get("method.response.classes"));
        m.put("c4", texts.get("method.response.students"));
        m.put("c5", texts.get("method.response.respondents"));
        return m;
    }

    private static Map<String, ?> cells(String label, Rate r) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", "td");
        m.put("block", BLOCK);
        m.put("c1", label);
        m.put("c2", SwedishFormat.percent(r.schoolRate()));
        m.put("c3", SwedishFormat.percent(r.classRate()));
        m.put("c4", SwedishFormat.percent(r.studentRate()));
        m.put("c5", SwedishFormat.integer(r.respondents()));
        return m;
    }

    private static Map<String, ?> line(String kind, String text) {
        return Map.of("kind", kind, "key", "", "value", text, "block", BLOCK);
    }
}
