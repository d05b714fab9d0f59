package se.hrvstat.publish.web;

import java.util.ArrayList;
import java.util.List;

/**
 * One accessible table: a {@code <caption>}, column headers with {@code scope="col"}, the first
 * cell of each row a header with {@code scope="row"}; in a region that scrolls sideways on a
 * narrow screen and can be reached with the keyboard. Cells are HTML already made safe.
 */
final class HtmlTable {
    private final String caption;
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param caption plain text; @param columns plain texts, the first heading the row headers */
    HtmlTable(String caption, List<String> columns) {
        this.caption = caption;
        this.columns = columns;
    }

    /** A row: its header (plain text) and its cells (HTML). */
    HtmlTable row(String header, List<String> cells) {
        List<String> r = new ArrayList<>();
        r.add(Html.esc(header));
        r.addAll(cells);
        rows.add(r);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String html() {
        StringBuilder sb = new StringBuilder(256 + rows.size() * 96);
        sb.append("<div class=\"tabell\" role=\"region\" tabindex=\"0\" aria-label=\"").append(Html.esc(caption))
                .append("\">\n<table>\n<caption>").append(Html.esc(caption)).append("</caption>\n<thead><tr>");
        for (String c : columns) {
            sb.append("<th scope=\"col\">").append(Html.esc(c)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            sb.append("<tr><th scope=\"row\">").append(r.get(0)).append("</th>");
            for (int i = 1; i < r.size(); i++) {
                sb.append("<td>").append(r.get(i)).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>\n</div>\n").toString();
    }
}
