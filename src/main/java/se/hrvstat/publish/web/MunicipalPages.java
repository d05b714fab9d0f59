package se.hrvstat.publish.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.hrvstat.publish.Texts;
import se.hrvstat.result.FactSheet;
import se.hrvstat.result.StatTable;

/**
 * The municipal part of the site: the index of municipalities grouped by county (no search
 * needed), one page per municipality with its figures beside its county's and the nation's, and
 * the page of every municipal table.
 */
final class MunicipalPages {
    private final WebTexts w;
    private final Texts texts;
    private final Cells cells;

    MunicipalPages(WebTexts w, Texts texts) {
        this.w = w;
        this.texts = texts;
        this.cells = new Cells(w);
    }

    static String file(FactSheet sheet) {
        return "kommun/" + sheet.municipalityCode() + ".html";
    }

    String index(List<FactSheet> sheets, int year) {
        Map<String, List<FactSheet>> byCounty = new TreeMap<>();
        for (FactSheet s : sheets) {
            byCounty.computeIfAbsent(s.municipalityCode().substring(0, 2) + " " + s.countyName(), k -> new ArrayList<>()).add(s);
        }
        StringBuilder main = new StringBuilder(sheets.size() * 64 + 512);
        main.append("<h1>").append(w.get("web.municipalities.title", year)).append("</h1>\n<p>")
                .append(w.get("web.municipalities.intro", sheets.size())).append("</p>\n");
        for (List<FactSheet> county : byCounty.values()) {
            main.append("<h2>").append(Html.esc(county.get(0).countyName())).append("</h2>\n<ul class=\"kolumner\">\n");
            for (FactSheet s : county) {
                main.append("<li><a href=\"").append(file(s)).append("\">").append(Html.esc(s.municipalityName()))
                        .append("</a></li>\n");
            }
            main.append("</ul>\n");
        }
        if (sheets.isEmpty()) {
            main.append("<p>").append(w.get("web.municipalities.none")).append("</p>\n");
        }
        return main.toString();
    }

    String page(FactSheet s) {
        StringBuilder main = new StringBuilder(4096);
        main.append("<h1>").append(Html.esc(s.municipalityName())).append("</h1>\n<p>")
                .append(w.get("web.municipality.intro", s.municipalityName(), s.countyName(), s.year())).append("</p>\n");
        Map<String, List<FactSheet.Line>> groups = new LinkedHashMap<>();
        s.lines().forEach(l -> groups.computeIfAbsent(l.group(), k -> new ArrayList<>()).add(l));
        List<String> columns = List.of(w.raw("web.col.figure"), s.municipalityName(), s.countyName(), w.raw("web.col.nation"));
        for (Map.Entry<String, List<FactSheet.Line>> g : groups.entrySet()) {
            main.append("<h2>").append(Html.esc(g.getKey())).append("</h2>\n");
            HtmlTable t = new HtmlTable(w.raw("web.municipality.table", g.getKey(), s.municipalityName()), columns);
            for (FactSheet.Line l : g.getValue()) {
                t.row(l.label(), List.of(cells.cell(l.municipality(), l.decimals()), cells.cell(l.county(), l.decimals()),
                        cells.cell(l.nation(), l.decimals())));
            }
            main.append(t.html());
        }
        if (groups.isEmpty()) {
            main.append("<p>").append(w.get("web.municipality.empty")).append("</p>\n");
        }
        legend(main);
        if (!s.notes().isEmpty()) {
            main.append("<h2>").append(w.get("web.notes")).append("</h2>\n<ul>\n");
            s.notes().forEach(n -> main.append("<li>").append(Html.esc(n)).append("</li>\n"));
            main.append("</ul>\n");
        }
        main.append("<p><a href=\"../kommuner.html\">").append(w.get("web.municipality.back")).append("</a></p>\n");
        return main.toString();
    }

    String tables(List<StatTable> tables, int year) {
        StringBuilder main = new StringBuilder(65536);
        main.append("<h1>").append(w.get("web.tables.title", year)).append("</h1>\n");
        if (tables.isEmpty()) {
            main.append("<p>").append(w.get("web.tables.none")).append("</p>\n");
        }
        for (StatTable t : tables) {
            main.append("<h2>").append(Html.esc(t.title())).append("</h2>\n");
            List<String> columns = new ArrayList<>();
            columns.add(t.stubTitle());
            columns.addAll(t.heading());
            HtmlTable h = new HtmlTable(w.raw("web.tables.caption", t.title(), t.unit()), columns);
            for (int r = 0; r < t.stub().size(); r++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < t.heading().size(); c++) {
                    row.add(cells.cell(t.cells().get(r).get(c), t.decimals(c)));
                }
                h.row(t.stub().get(r), row);
            }
            main.append(h.html());
            if (!t.footnotes().isEmpty() || t.source() != null) {
                main.append("<ul class=\"noter\">\n");
                t.footnotes().forEach(n -> main.append("<li>").append(Html.esc(n)).append("</li>\n"));
                if (t.source() != null) {
                    main.append("<li>").append(Html.esc(t.source())).append("</li>\n");
                }
                main.append("</ul>\n");
            }
        }
        legend(main);
        return main.toString();
    }

    private void legend(StringBuilder main) {
        main.append("<h2>").append(w.get("web.legend")).append("</h2>\n<ul>\n");
        for (String key : List.of("legend.suppressed", "legend.uncertain", "legend.missing")) {
            main.append("<li>").append(Html.esc(texts.get(key))).append("</li>\n");
        }
        main.append("</ul>\n");
    }
}
