package se.hrvstat.publish.web;

import java.util.ArrayList;
import java.util.List;

import se.hrvstat.publish.DefinitionText;
import se.hrvstat.publish.MethodChapter;
import se.hrvstat.publish.ReportData;
import se.hrvstat.publish.Texts;
import se.hrvstat.result.IndicatorInfo;

/**
 * The page of method and quality: the PDF's method chapter ({@link MethodChapter}, the quality
 * declaration under SCB-FS 2016:17's headings with the run's facts, the response rates and whom to
 * ask) in its words, headings as {@code h2}/{@code h3}, facts as a description list, the response
 * rates as tables; then each indicator's definition in the words of the PDF ({@link DefinitionText}).
 */
final class MethodPage {
    private final WebTexts w;
    private final Texts texts;
    private final StringBuilder main = new StringBuilder(16384);
    private final List<MethodChapter.Line> facts = new ArrayList<>();
    private String caption;
    private HtmlTable table;
    private final List<String> notes = new ArrayList<>();
    private int tablesInBlock;

    MethodPage(WebTexts w, Texts texts) {
        this.w = w;
        this.texts = texts;
    }

    String html(List<MethodChapter.Line> chapter, List<IndicatorInfo> indicators, ReportData data) {
        main.append("<h1>").append(w.get("web.method.title")).append("</h1>\n<p>").append(w.get("web.method.intro"))
                .append("</p>\n");
        String section = null;
        String subsection = "";
        for (MethodChapter.Line line : chapter) {
            if (!line.section().equals(section)) {
                flush();
                section = line.section();
                subsection = "";
                if (!section.isEmpty()) {
                    main.append("<h2>").append(Html.esc(section)).append("</h2>\n");
                }
            }
            if (!line.subsection().equals(subsection)) {
                flush();
                subsection = line.subsection();
                if (!subsection.isEmpty()) {
                    main.append(section.isEmpty() ? "<h2>" : "<h3>").append(Html.esc(subsection))
                            .append(section.isEmpty() ? "</h2>\n" : "</h3>\n");
                }
            }
            add(line);
        }
        flush();
        definitions(indicators, data);
        return main.toString();
    }

    private void add(MethodChapter.Line line) {
        switch (line.kind()) {
            case "fact" -> {
                flushTable();
                facts.add(line);
            }
            case "caption" -> {
                flush();
                caption = line.value();
            }
            case "th" -> { // a header row: the first opens the table, a later one (the counties) a table of its own
                flushTable();
                List<String> columns = line.cells();
                table = new HtmlTable(tableCaption(columns.get(0)), columns);
            }
            case "td" -> {
                List<String> cells = new ArrayList<>();
                line.cells().subList(1, line.cells().size()).forEach(c -> cells.add(Html.esc(Html.number(c))));
                table.row(line.cells().get(0).strip(), cells);
            }
            case "note" -> notes.add(line.value());
            default -> {
                flush();
                if (!line.value().isBlank()) {
                    main.append("<p>").append(Html.esc(line.value())).append("</p>\n");
                }
            }
        }
    }

    /** The block's caption for its first table; a later table adds its first heading ("Län 2024"). */
    private String tableCaption(String firstHeading) {
        tablesInBlock++;
        if (caption == null) {
            return firstHeading;
        }
        return tablesInBlock == 1 ? caption : caption + " \u2013 " + firstHeading;
    }

    private void flushTable() {
        if (table != null) {
            main.append(table.html());
            table = null;
        }
    }

    private void flush() {
        flushTable();
        if (!facts.isEmpty()) {
            main.append("<dl class=\"fakta\">\n");
            for (MethodChapter.Line f : facts) {
                main.append("<dt>").append(Html.esc(f.key())).append("</dt>\n<dd>").append(Html.esc(f.value())).append("</dd>\n");
            }
            main.append("</dl>\n");
            facts.clear();
        }
        notes.forEach(n -> main.append("<p>").append(Html.esc(n)).append("</p>\n"));
        notes.clear();
        caption = null;
        tablesInBlock = 0;
    }

    private void definitions(List<IndicatorInfo> indicators, ReportData data) {
        main.append("<h2>").append(w.get("web.method.definitions")).append("</h2>\n<p>")
                .append(Html.esc(texts.get("definition.intro"))).append("</p>\n<dl>\n");
        DefinitionText words = new DefinitionText(texts, data);
        for (IndicatorInfo info : indicators) {
            main.append("<dt><a href=\"").append(IndicatorPage.file(info)).append("\">").append(Html.esc(data.label(info.name())))
                    .append("</a></dt>\n<dd>").append(Html.esc(words.of(info))).append("</dd>\n");
        }
        main.append("</dl>\n");
    }
}
