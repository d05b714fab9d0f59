package se.hrvstat.publish.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.hrvstat.publish.DefinitionText;
import se.hrvstat.publish.DomainLabels;
import se.hrvstat.publish.PdfReportWriter;
import se.hrvstat.publish.ReportData;
import se.hrvstat.publish.SwedishFormat;
import se.hrvstat.publish.Texts;
import se.hrvstat.result.EstimateRow;
import se.hrvstat.result.IndicatorInfo;

/**
 * The page of one indicator: its definition and the questions it is made of, the latest wave
 * for all students and for every breakdown with intervals, the change and trend, a chart of the
 * waves with the same figures as a table beside it, and the notes on quality and suppression.
 */
final class IndicatorPage {
    private final WebTexts w;
    private final Texts texts;
    private final Cells cells;
    private final DomainLabels domains;

    IndicatorPage(WebTexts w, Texts texts) {
        this.w = w;
        this.texts = texts;
        this.cells = new Cells(w);
        this.domains = new DomainLabels(texts);
    }

    static String file(IndicatorInfo info) {
        return "indikator/" + info.name().replaceAll("[^A-Za-z0-9_-]", "_") + ".html";
    }

    String html(ReportData data, IndicatorInfo info, int wave, String level) {
        String label = data.label(info.name());
        StringBuilder main = new StringBuilder(8192);
        main.append("<h1>").append(Html.esc(label)).append("</h1>\n");
        definition(main, data, info);
        main.append("<h2>").append(w.get("web.indicator.latest", wave)).append("</h2>\n");
        breakdowns(main, data, info.name(), wave, level);
        main.append("<h2>").append(w.get("web.indicator.series")).append("</h2>\n");
        series(main, data, info, label, level);
        changes(main, data, info.name(), wave, level);
        List<String> legend = Cells.legendOf(main.toString());
        main.append("<h2>").append(w.get("web.indicator.quality")).append("</h2>\n");
        if (!legend.isEmpty()) { // the symbols that occur on the page, as the PDF's tables explain theirs
            main.append("<ul>\n");
            legend.forEach(key -> main.append("<li>").append(Html.esc(texts.get(key))).append("</li>\n"));
            main.append("</ul>\n");
        }
        main.append("<p>").append(w.get("web.indicator.quality.more")).append(" <a href=\"../metod.html\">")
                .append(w.get("web.nav.method")).append("</a>.</p>\n");
        return main.toString();
    }

    /** The definition in the words of the PDF's method chapter ({@link DefinitionText}): the sentence and the questions' texts. */
    private void definition(StringBuilder main, ReportData data, IndicatorInfo info) {
        main.append("<h2>").append(w.get("web.indicator.definition")).append("</h2>\n<p>")
                .append(Html.esc(new DefinitionText(texts, data).of(info))).append("</p>\n");
    }

    private void breakdowns(StringBuilder main, ReportData data, String indicator, int wave, String level) {
        Map<String, List<EstimateRow>> byBreakdown = new LinkedHashMap<>();
        data.levelRows().stream().filter(r -> r.indicator().equals(indicator) && r.wave() == wave)
                .sorted(PdfReportWriter.DOMAIN_ORDER)
                .forEach(r -> byBreakdown.computeIfAbsent(breakdown(r.domain()), k -> new ArrayList<>()).add(r));
        if (byBreakdown.isEmpty()) {
            main.append("<p>").append(w.get("web.indicator.none", wave)).append("</p>\n");
            return;
        }
        List<String> columns = List.of(w.raw("web.col.group"), w.raw("web.col.share"), w.raw("web.col.interval", level),
                w.raw("web.col.n"));
        for (Map.Entry<String, List<EstimateRow>> e : byBreakdown.entrySet()) {
            String by = e.getKey().isEmpty() ? domains.all() : domains.breakdown(e.getKey());
            String caption = e.getKey().isEmpty() ? w.raw("web.indicator.table.all", data.label(indicator), wave)
                    : w.raw("web.indicator.table", data.label(indicator), by.toLowerCase(SwedishFormat.LOCALE), wave);
            HtmlTable t = new HtmlTable(caption, columns);
            for (EstimateRow r : e.getValue()) {
                t.row(domains.label(r.domain()), List.of(cells.estimate(r), cells.interval(r), cells.n(r)));
            }
            main.append(t.html());
        }
    }

    private void series(StringBuilder main, ReportData data, IndicatorInfo info, String label, String level) {
        List<EstimateRow> waves = data.levelRows().stream()
                .filter(r -> r.indicator().equals(info.name()) && r.domain().isBlank())
                .sorted(java.util.Comparator.comparingInt(EstimateRow::wave)).toList();
        if (waves.isEmpty()) {
            return;
        }
        main.append(new BarChart(w).figure("diagram-" + info.name().replaceAll("[^A-Za-z0-9_-]", "_"), label, waves, level));
        HtmlTable t = new HtmlTable(w.raw("web.indicator.series.table", label),
                List.of(w.raw("web.col.wave"), w.raw("web.col.share"), w.raw("web.col.interval", level), w.raw("web.col.n")));
        for (EstimateRow r : waves) {
            t.row(Integer.toString(r.wave()), List.of(cells.estimate(r), cells.interval(r), cells.n(r)));
        }
        main.append(t.html());
    }

    private void changes(StringBuilder main, ReportData data, String indicator, int wave, String level) {
        HtmlTable t = new HtmlTable(w.raw("web.indicator.change.table", data.label(indicator), wave),
                List.of(w.raw("web.col.measure"), w.raw("web.col.change"), w.raw("web.col.interval", level),
                        w.raw("web.col.p")));
        for (String kind : List.of("change", "trend")) {
            data.find(indicator + ":" + kind, wave, "").ifPresent(r -> t.row(w.raw("web.change." + kind),
                    List.of(cells.change(r), cells.changeInterval(r), pValue(r))));
        }
        if (!t.isEmpty()) {
            main.append(t.html()).append("<p>").append(w.get("web.change.note")).append("</p>\n");
        }
    }

    private String pValue(EstimateRow r) {
        if (Cells.isSuppressed(r) || !SwedishFormat.isPresent(r.p())) {
            return cells.suppressed();
        }
        return r.p() < 0.001 ? "&lt;\u00A00,001" : Html.number(SwedishFormat.decimal(r.p(), 3));
    }

    /** {@code sex;grade} for {@code sex=1;grade=9}; empty for all students. */
    static String breakdown(String domain) {
        if (domain == null || domain.isBlank()) {
            return "";
        }
        List<String> vars = new ArrayList<>();
        for (String part : domain.split(";")) {
            vars.add(part.split("=", 2)[0].trim());
        }
        return String.join(";", vars);
    }
}
