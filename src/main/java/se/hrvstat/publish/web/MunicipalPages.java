package se.hrvstat.publish.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.hrvstat.publish.ProfileLines;
import se.hrvstat.publish.Texts;
import se.hrvstat.result.MunicipalProfile;
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

    static String file(MunicipalProfile profile) {
        return "kommun/" + profile.code() + ".html";
    }

    String index(List<MunicipalProfile> profiles, int year) {
        Map<String, List<MunicipalProfile>> byCounty = new TreeMap<>();
        for (MunicipalProfile p : profiles) {
            byCounty.computeIfAbsent(p.code().substring(0, 2) + " " + p.county(), k -> new ArrayList<>()).add(p);
        }
        StringBuilder main = new StringBuilder(profiles.size() * 64 + 512);
        main.append("<h1>").append(w.get("web.municipalities.title", year)).append("</h1>\n<p>")
                .append(w.get("web.municipalities.intro", profiles.size())).append("</p>\n");
        for (List<MunicipalProfile> county : byCounty.values()) {
            main.append("<h2>").append(Html.esc(county.get(0).county())).append("</h2>\n<ul class=\"kolumner\">\n");
            for (MunicipalProfile p : county) {
                main.append("<li><a href=\"").append(file(p)).append("\">").append(Html.esc(p.name()))
                        .append("</a></li>\n");
            }
            main.append("</ul>\n");
        }
        if (profiles.isEmpty()) {
            main.append("<p>").append(w.get("web.municipalities.none")).append("</p>\n");
        }
        return main.toString();
    }

    /**
     * The page of one municipality: the sections of its PDF profile ({@link ProfileLines}, the same
     * figures and words), each as a table, then the legend of the symbols that occur and the sources.
     */
    String page(MunicipalProfile p) {
        ProfileLines lines = new ProfileLines(p, texts);
        StringBuilder main = new StringBuilder(4096);
        main.append("<h1>").append(Html.esc(p.name())).append("</h1>\n<p>")
                .append(w.get("web.municipality.intro", p.name(), p.county(), p.year())).append("</p>\n");
        for (ProfileLines.Section section : lines.sections()) {
            main.append("<h2>").append(Html.esc(section.group())).append("</h2>\n");
            if (section.note() != null && !section.note().isBlank()) {
                main.append("<p>").append(Html.esc(section.note())).append("</p>\n");
            }
            main.append(table(section, p.name()));
        }
        main.append("<h2>").append(w.get("web.notes")).append("</h2>\n<ul>\n");
        lines.notes().forEach(n -> main.append("<li>").append(Html.esc(n)).append("</li>\n"));
        main.append("</ul>\n");
        main.append("<p><a href=\"../kommuner.html\">").append(w.get("web.municipality.back")).append("</a></p>\n");
        return main.toString();
    }

    /** A section as a table; columns without a head (and so without values) are left out. */
    private String table(ProfileLines.Section section, String municipality) {
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < section.heads().size(); i++) {
            if (!section.heads().get(i).isBlank()) {
                used.add(i);
            }
        }
        List<String> columns = new ArrayList<>();
        columns.add(texts.get("profile.column.what"));
        used.forEach(i -> columns.add(section.heads().get(i)));
        HtmlTable t = new HtmlTable(w.raw("web.municipality.table", section.group(), municipality), columns);
        for (ProfileLines.Row row : section.rows()) {
            t.row(row.label(), used.stream().map(i -> cells.printed(row.values().get(i))).toList());
        }
        return t.html();
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

    /** The legend of the symbols that occur on the page. */
    private void legend(StringBuilder main) {
        List<String> keys = Cells.legendOf(main.toString());
        if (keys.isEmpty()) {
            return;
        }
        main.append("<h2>").append(w.get("web.legend")).append("</h2>\n<ul>\n");
        for (String key : keys) {
            main.append("<li>").append(Html.esc(texts.get(key))).append("</li>\n");
        }
        main.append("</ul>\n");
    }
}
