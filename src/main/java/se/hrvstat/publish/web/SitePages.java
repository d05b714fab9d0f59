package se.hrvstat.publish.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import se.hrvstat.publish.KeyFindingsText;
import se.hrvstat.publish.PublicationContact;
import se.hrvstat.publish.ReportData;
import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.IndicatorInfo;

/** The site's single pages: start, method and quality, downloads, accessibility statement. */
final class SitePages {
    private final WebTexts w;

    SitePages(WebTexts w) {
        this.w = w;
    }

    /** The start page: the year's message as the report's summary words it, then the way on. */
    String start(KeyFindingsText.Summary summary, List<IndicatorInfo> indicators, ReportData data, int year) {
        StringBuilder main = new StringBuilder(4096);
        main.append("<h1>").append(w.get("web.start.title", year)).append("</h1>\n<p>").append(w.get("web.start.intro"))
                .append("</p>\n<h2>").append(w.get("web.start.findings")).append("</h2>\n<p><strong>")
                .append(Html.esc(Html.number(summary.headline()))).append("</strong></p>\n");
        if (!summary.standfirst().isBlank()) {
            main.append("<p>").append(Html.esc(Html.number(summary.standfirst()))).append("</p>\n");
        }
        main.append("<ul>\n");
        summary.findings().forEach(f -> main.append("<li>").append(Html.esc(Html.number(f))).append("</li>\n"));
        main.append("</ul>\n");
        if (!summary.note().isBlank()) {
            main.append("<p>").append(Html.esc(summary.note())).append("</p>\n");
        }
        main.append("<h2>").append(w.get("web.start.indicators")).append("</h2>\n<ul>\n");
        for (IndicatorInfo info : indicators) {
            main.append("<li><a href=\"").append(IndicatorPage.file(info)).append("\">").append(Html.esc(data.label(info.name())))
                    .append("</a></li>\n");
        }
        main.append("</ul>\n<h2>").append(w.get("web.start.more")).append("</h2>\n<ul>\n");
        for (String[] item : Page.NAVIGATION.subList(1, Page.NAVIGATION.size())) {
            main.append("<li><a href=\"").append(item[0]).append("\">").append(w.get(item[1] + ".long", year)).append("</a></li>\n");
        }
        return main.append("</ul>\n").toString();
    }

    String downloads(List<String> files) {
        StringBuilder main = new StringBuilder(2048);
        main.append("<h1>").append(w.get("web.downloads.heading")).append("</h1>\n<p>").append(w.get("web.downloads.intro"))
                .append("</p>\n<ul>\n");
        for (String f : files) {
            String kind = f.startsWith("px/") ? "px" : f.substring(f.lastIndexOf('.') + 1);
            String what = f.startsWith("rapport-") ? "pdf" : f.startsWith("tabeller-") ? "xlsx" : f.startsWith("sae-") ? "sae"
                    : kind;
            main.append("<li><a href=\"../").append(Html.esc(f)).append("\" download>").append(Html.esc(f)).append("</a> \u2013 ")
                    .append(w.get("web.downloads." + what)).append("</li>\n");
        }
        return main.append("</ul>\n").toString();
    }

    /**
     * The accessibility statement: its parts in the order of Digg's model statement, the date it
     * was made (in "tested") and whom to contact ({@link PublicationContact}, in "feedback").
     */
    String accessibility(AnnualReport report, String contact) {
        String date = LocalDate.ofInstant(report.createdAt(), ZoneId.of("Europe/Stockholm")).toString();
        StringBuilder main = new StringBuilder(4096);
        main.append("<h1>").append(w.get("web.a11y.title")).append("</h1>\n");
        for (String part : List.of("intro", "status", "limits", "tested", "feedback", "supervision")) {
            main.append("<h2>").append(w.get("web.a11y." + part + ".heading")).append("</h2>\n<p>")
                    .append(w.get("web.a11y." + part, part.equals("feedback") ? contact : date)).append("</p>\n");
        }
        return main.toString();
    }
}
