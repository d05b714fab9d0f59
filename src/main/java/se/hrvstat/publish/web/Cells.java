package se.hrvstat.publish.web;

import java.util.ArrayList;
import java.util.List;

import se.hrvstat.publish.SwedishFormat;
import se.hrvstat.result.EstimateRow;
import se.hrvstat.result.StatTable;

/**
 * Table cells as the PDF prints them, with the symbols spelt out for those who cannot see them:
 * {@code ..} (not published), {@code –} (missing) and {@code *} (uncertain) are each an
 * {@code <abbr>} with a visually hidden explanation. A suppressed cell is the symbol and nothing
 * else: its value never reaches the page, not even in an attribute.
 */
final class Cells {
    private final WebTexts w;

    Cells(WebTexts w) {
        this.w = w;
    }

    String suppressed() {
        return symbol(SwedishFormat.SYMBOL_SUPPRESSED, "web.symbol.suppressed");
    }

    String missing() {
        return symbol("\u2013", "web.symbol.missing");
    }

    String uncertain() {
        return symbol(SwedishFormat.SYMBOL_UNCERTAIN, "web.symbol.uncertain");
    }

    private String symbol(String symbol, String key) {
        return "<abbr title=\"" + w.get(key) + "\">" + Html.esc(symbol) + "</abbr><span class=\"vh\"> " + w.get(key)
                + "</span>";
    }

    /**
     * A figure as the PDF printed it ({@code 5,2}, {@code 4,8–5,7}, {@code Ja}), its symbols
     * ({@code ..}, {@code –}) spelt out.
     */
    String printed(String text) {
        if (SwedishFormat.SYMBOL_SUPPRESSED.equals(text)) {
            return suppressed();
        }
        if ("\u2013".equals(text)) {
            return missing();
        }
        return Html.esc(Html.number(text));
    }

    /** A cell of a statistical table with its decimals. */
    String cell(StatTable.Cell cell, int decimals) {
        return switch (cell.status()) {
            case SUPPRESSED -> suppressed();
            case MISSING -> missing();
            case UNCERTAIN -> Html.number(SwedishFormat.decimal(cell.value(), decimals)) + uncertain();
            case VALUE -> Html.number(SwedishFormat.decimal(cell.value(), decimals));
        };
    }

    /**
     * The keys of the legend's lines ({@code legend.*} in {@code texts.properties}) of the symbols
     * that occur in {@code html} (made by these cells), in the legend's order: a page explains only
     * the symbols it shows, as the PDF's tables do.
     */
    static List<String> legendOf(String html) {
        List<String> keys = new ArrayList<>();
        if (html.contains(">" + SwedishFormat.SYMBOL_SUPPRESSED + "</abbr>")) {
            keys.add("legend.suppressed");
        }
        if (html.contains(">" + Html.esc(SwedishFormat.SYMBOL_UNCERTAIN) + "</abbr>")) {
            keys.add("legend.uncertain");
        }
        if (html.contains(">\u2013</abbr>")) {
            keys.add("legend.missing");
        }
        return keys;
    }

    static boolean isSuppressed(EstimateRow row) {
        return SwedishFormat.FLAG_SUPPRESSED.equals(row.flag()) || !SwedishFormat.isPresent(row.estimate());
    }

    /** The estimate in percent ({@code 12,3}), marked when uncertain, the symbol when suppressed. */
    String estimate(EstimateRow row) {
        if (isSuppressed(row)) {
            return suppressed();
        }
        String s = Html.number(SwedishFormat.percent(row.estimate()));
        return SwedishFormat.FLAG_UNCERTAIN.equals(row.flag()) ? s + uncertain() : s;
    }

    /** A change in percentage points with its sign ({@code +0,5}, {@code −1,2}). */
    String change(EstimateRow row) {
        if (isSuppressed(row)) {
            return suppressed();
        }
        String s = Html.number(SwedishFormat.percentagePoints(row.estimate()));
        return SwedishFormat.FLAG_UNCERTAIN.equals(row.flag()) ? s + uncertain() : s;
    }

    /** The interval in percent ({@code 11,1–13,6}); the symbol when suppressed or undefined. */
    String interval(EstimateRow row) {
        if (isSuppressed(row) || !SwedishFormat.isPresent(row.ciLow()) || !SwedishFormat.isPresent(row.ciHigh())) {
            return suppressed();
        }
        return Html.number(SwedishFormat.percent(row.ciLow())) + "\u2013" + Html.number(SwedishFormat.percent(row.ciHigh()));
    }

    /** The interval of a change in percentage points. */
    String changeInterval(EstimateRow row) {
        if (isSuppressed(row) || !SwedishFormat.isPresent(row.ciLow()) || !SwedishFormat.isPresent(row.ciHigh())) {
            return suppressed();
        }
        return Html.number(SwedishFormat.percentagePoints(row.ciLow())) + " \u2013 "
                + Html.number(SwedishFormat.percentagePoints(row.ciHigh()));
    }

    /** The number of respondents where it is published. */
    String n(EstimateRow row) {
        return row.hasN() ? Html.number(SwedishFormat.integer(row.n())) : suppressed();
    }
}
