package se.hrvstat.publish.web;

import java.util.List;

/**
 * The frame every page shares: {@code lang="sv"}, a skip link, the header with the site's
 * navigation, {@code <main>} with the page's content (which begins with its one {@code <h1>}) and
 * the footer. {@code root} is the way back to the site's folder ("" or "../").
 */
final class Page {
    /** The site's navigation: file (from the site's folder) and the key of its name in web.properties. */
    static final List<String[]> NAVIGATION = List.of(
            new String[] {"index.html", "web.nav.start"},
            new String[] {"kommuner.html", "web.nav.municipalities"},
            new String[] {"tabeller.html", "web.nav.tables"},
            new String[] {"metod.html", "web.nav.method"},
            new String[] {"nedladdning.html", "web.nav.downloads"},
            new String[] {"tillganglighet.html", "web.nav.accessibility"});

    private Page() {
    }

    /**
     * The whole document.
     *
     * @param file the page's path from the site's folder, e.g. {@code kommun/0180.html}
     * @param title the page's own title (the site's name is added)
     * @param main the content of {@code <main>}, its {@code <h1>} first
     */
    static String of(WebTexts w, int year, String file, String title, String main) {
        String root = file.contains("/") ? "../" : "";
        StringBuilder sb = new StringBuilder(main.length() + 2048);
        sb.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.esc(title)).append(" \u2013 ").append(w.get("web.site", year))
                .append("</title>\n<link rel=\"stylesheet\" href=\"").append(root).append("stil.css\">\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#innehall\">").append(w.get("web.skip")).append("</a>\n")
                .append("<header>\n<p class=\"site\"><a href=\"").append(root).append("index.html\">")
                .append(w.get("web.site", year)).append("</a></p>\n<nav aria-label=\"").append(w.get("web.nav.label"))
                .append("\">\n<ul>\n");
        for (String[] item : NAVIGATION) {
            sb.append("<li><a href=\"").append(root).append(item[0]).append('"')
                    .append(item[0].equals(file) ? " aria-current=\"page\"" : "").append('>')
                    .append(w.get(item[1])).append("</a></li>\n");
        }
        sb.append("</ul>\n</nav>\n</header>\n<main id=\"innehall\" tabindex=\"-1\">\n").append(main)
                .append("</main>\n<footer>\n<p>").append(w.get("web.footer", year)).append("</p>\n</footer>\n</body>\n</html>\n");
        return sb.toString();
    }
}
