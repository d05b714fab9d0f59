package se.hrvstat.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The pages of a rendered report as PDFBox reads them, and the checks of {@code ReportPagesTest}
 * as plain functions that list what they find (an empty list passes): text that must never be
 * printed, hyphens before numbers, legends of symbols no cell shows, near-empty pages.
 */
final class ReportPages {

    /** One page: its number, its text (no-break spaces as spaces) and how far down its body text reaches. */
    record Page(int number, String text, double bodyShare) {
    }

    /** The page footer's line ("Unga och heder 2024 · ... Sida 3 av 28"): not content. */
    private static final Pattern FOOTER = Pattern.compile(".*Sida \\d+ av \\d+\\s*$");
    /** Top and bottom of the body on an A4 page of annual-report.jrxml (topMargin 50, pageFooter from 842 − 40 − 24). */
    private static final double BODY_TOP = 50;
    private static final double BODY_BOTTOM = 842 - 40 - 24;

    private final List<Page> pages;

    private ReportPages(List<Page> pages) {
        this.pages = pages;
    }

    static ReportPages read(Path pdf) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                BodyExtent extent = new BodyExtent();
                extent.setStartPage(p);
                extent.setEndPage(p);
                String text = extent.getText(doc).replace('\u00A0', ' ');
                pages.add(new Page(p, text, extent.share()));
            }
        }
        return new ReportPages(pages);
    }

    List<Page> pages() {
        return pages;
    }

    /** "page n: context" for every match of {@code pattern}. */
    List<String> find(Pattern pattern) {
        List<String> found = new ArrayList<>();
        for (Page page : pages) {
            Matcher m = pattern.matcher(page.text());
            while (m.find()) {
                int from = Math.max(0, m.start() - 30);
                int to = Math.min(page.text().length(), m.end() + 30);
                found.add("page " + page.number() + ": …" + page.text().substring(from, to).replace('\n', ' ') + "…");
            }
        }
        return found;
    }

    /**
     * Pages whose body text ends above {@code minShare} of the body's height, other than
     * {@code designed} (e.g. a title page); the last page of a chapter may be short, a page with
     * a table's last row and its notes alone may not.
     */
    List<String> nearlyEmpty(double minShare, List<Integer> designed) {
        List<String> found = new ArrayList<>();
        for (Page page : pages) {
            if (!designed.contains(page.number()) && page.bodyShare() < minShare) {
                found.add("page " + page.number() + " is " + Math.round(100 * page.bodyShare()) + " % full: "
                        + page.text().strip().replace('\n', ' '));
            }
        }
        return found;
    }

    /**
     * Legends of a symbol no table cell shows: the text of each numbered table ("Tabell n. ...",
     * all its pages and parts) without its legend lines must show every symbol its legend explains.
     */
    List<String> legendsWithoutSymbol() {
        Map<String, StringBuilder> tables = new LinkedHashMap<>();
        String current = null;
        for (Page page : pages) {
            for (String line : page.text().split("\n")) {
                Matcher title = Pattern.compile("^Tabell (\\d+(?:\\.\\d+)*)\\. ").matcher(line);
                if (title.find()) {
                    current = title.group(1);
                } else if (line.startsWith("Figur ") || line.matches("^(Diagram|Om statistiken|Kartläggning och samhällets insatser)\\s*$")) {
                    current = null;
                }
                if (current != null && !FOOTER.matcher(line).matches()) {
                    tables.computeIfAbsent(current, k -> new StringBuilder()).append(line).append('\n');
                }
            }
        }
        List<String> found = new ArrayList<>();
        tables.forEach((number, text) -> {
            if (number.startsWith("1.")) {
                return; // the results' tables share one legend a page: pageLegendsNotMatchingSymbols checks it
            }
            StringBuilder body = new StringBuilder();
            List<String> legends = new ArrayList<>();
            for (String line : text.toString().split("\n")) {
                String symbol = legendSymbol(line);
                if (symbol == null) {
                    body.append(line).append('\n');
                } else {
                    legends.add(symbol);
                }
            }
            for (String symbol : legends) {
                if (!shows(body.toString(), symbol)) {
                    found.add("Tabell " + number + " explains \"" + symbol + "\" but no cell shows it");
                }
            }
        });
        return found;
    }

    /**
     * Pages of the results' tables (the header cell {@code stubHeader} on the page) whose legend does not
     * explain exactly the symbols ({@code ..}, {@code *}) the page's rows show: each page's legend is its own.
     */
    List<String> pageLegendsNotMatchingSymbols(String stubHeader) {
        List<String> found = new ArrayList<>();
        for (Page page : pages) {
            if (!page.text().contains(stubHeader)) {
                continue;
            }
            StringBuilder body = new StringBuilder();
            List<String> legends = new ArrayList<>();
            for (String line : page.text().split("\n")) {
                String symbol = legendSymbol(line);
                if (symbol == null) {
                    body.append(line).append('\n');
                } else {
                    legends.add(symbol);
                }
            }
            for (String symbol : List.of("..", "*")) {
                boolean shown = shows(body.toString(), symbol);
                if (shown != legends.contains(symbol)) {
                    found.add("page " + page.number() + (shown ? " shows \"" + symbol + "\" without its legend"
                            : " explains \"" + symbol + "\" but no row on it shows it"));
                }
            }
        }
        return found;
    }

    /** The symbol a legend line explains (".. Uppgift ...", "\"–\" = kommunen ..."), or null. */
    static String legendSymbol(String line) {
        Matcher m = Pattern.compile("^\"?(\\.\\.|–|\\*)\"?( =)? \\p{Lu}|^\"(\\.\\.|–|\\*)\" = ").matcher(line.strip());
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(3);
    }

    private static boolean shows(String body, String symbol) {
        return switch (symbol) {
            case ".." -> Pattern.compile("(^|\\s)\\.\\.(\\s|$)", Pattern.MULTILINE).matcher(body).find();
            case "–" -> Pattern.compile("(^|\\s)–(\\s|$)", Pattern.MULTILINE).matcher(body).find();
            default -> Pattern.compile("\\d\\*").matcher(body).find();
        };
    }

    /** Collects how far down the page the body text reaches (the footer left out). */
    private static final class BodyExtent extends PDFTextStripper {
        private double lowest = BODY_TOP;

        BodyExtent() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition t : positions) {
                double y = t.getYDirAdj();
                if (y <= BODY_BOTTOM && !t.getUnicode().isBlank()) {
                    lowest = Math.max(lowest, y);
                }
            }
            super.writeString(text, positions);
        }

        double share() {
            return (lowest - BODY_TOP) / (BODY_BOTTOM - BODY_TOP);
        }
    }
}
