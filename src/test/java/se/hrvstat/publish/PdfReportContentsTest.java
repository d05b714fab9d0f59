package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.EstimateRow;
import se.hrvstat.result.IndicatorInfo;
import se.hrvstat.result.StatTable;

/**
 * The table of contents and the PDF outline of the annual report, checked against the text layer:
 * a page number in the contents is right when the heading is a line of that page's text.
 */
class PdfReportContentsTest {

    /** The chapters and sections that the widened test report has (TestReports.widenedReport()). */
    static final List<String> HEADINGS = List.of("Resultat", "Diagram", "Kartläggning och samhällets insatser",
            "Tabell 3.1. Kända personer efter kommun och sektor, 2024", "Om statistiken", "Metod och kvalitet",
            "1 Relevans", "6 Spårbarhet: indata och programversion");
    /** A contents line: the heading, spaces, the page number. */
    static final Pattern ENTRY = Pattern.compile("^(\\S.*?)\\s+(\\d+)$");

    @TempDir
    static Path dir;
    static Path pdf;
    static List<String> pages = new ArrayList<>();
    /** Reports of 1 to 24 indicators of varied height by count, written at first use ({@link #variedReport}). */
    static final Map<Integer, Path> VARIED = new java.util.HashMap<>();

    @BeforeAll
    static void writeOnce() throws IOException {
        pdf = dir.resolve("rapport-2024.pdf");
        AnnualReport widened = TestReports.widenedReport();
        List<StatTable> tables = new ArrayList<>(widened.tables());
        tables.add(sevenColumns());
        new PdfReportWriter().write(new AnnualReport(widened.year(), widened.estimates(), widened.indicators(),
                widened.metadata(), tables, widened.createdAt(), widened.level()), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).replace('\u00A0', ' '));
            }
        }
    }

    /** Tabell 3.3: seven value columns, printed in two parts; only the first is a heading of the contents. */
    static StatTable sevenColumns() {
        List<String> heading = List.of("a", "b", "c", "d", "e", "f", "g");
        return new StatTable("sju", "Sju kolumner", "Sju kolumner, 2024", "Län", List.of("01 Stockholms län"), "Uppgift",
                heading, List.of(heading.stream().map(h -> StatTable.Cell.of(1)).toList()), "antal",
                StatTable.decimalsOf(7, 0), "Källa", List.of());
    }

    /** Lines of page {@code number} (1-based), trimmed. */
    static List<String> lines(int number) {
        return pages.get(number - 1).lines().map(String::strip).toList();
    }

    /** Heading to page number, from the contents page. */
    static Map<String, Integer> contents() {
        Map<String, Integer> entries = new LinkedHashMap<>();
        for (String line : lines(2)) {
            Matcher m = ENTRY.matcher(line);
            if (m.matches() && !line.startsWith("Sida ") && !line.contains(" · ")) {
                entries.put(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        return entries;
    }

    @Test
    void the_contents_page_follows_the_title_page() {
        assertThat(lines(1)).doesNotContain("Innehåll");
        assertThat(lines(2)).contains("Innehåll");
    }

    @Test
    void every_chapter_and_section_is_listed_with_the_page_its_heading_is_printed_on() {
        Map<String, Integer> contents = contents();
        assertThat(contents.keySet()).containsAll(HEADINGS);
        contents.forEach((heading, page) -> {
            assertThat(page).as(heading).isBetween(3, pages.size());
            // a table's heading goes on with its part and unit ("Tabell 3.3. ..., 2024 (del 1 av 2). Antal"); the contents
            // leave them out
            assertThat(lines(page)).as("page " + page + " should carry the heading '" + heading + "'")
                    .anyMatch(line -> line.equals(heading) || line.startsWith(heading + ". ") || line.startsWith(heading + " (del 1 "));
        });
    }

    @Test
    void chapters_are_listed_in_the_order_of_their_pages() {
        List<Integer> order = new ArrayList<>(contents().values());
        assertThat(order).isSorted();
    }

    @Test
    void the_pdf_outline_has_the_chapters_on_the_same_pages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Map<String, Integer> outline = new LinkedHashMap<>();
            for (PDOutlineItem chapter : doc.getDocumentCatalog().getDocumentOutline().children()) {
                outline.put(chapter.getTitle(), pageNumber(doc, chapter));
            }
            Map<String, Integer> contents = contents();
            assertThat(outline.keySet()).containsExactly("Resultat", "Kartläggning och samhällets insatser", "Om statistiken");
            outline.forEach((title, page) -> assertThat(page).as(title).isEqualTo(contents.get(title)));
            List<String> tables = new ArrayList<>();
            for (PDOutlineItem chapter : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (chapter.getTitle().startsWith("Kartläggning")) {
                    chapter.children().forEach(t -> tables.add(t.getTitle()));
                }
            }
            // one entry a table, also for the table printed in two parts
            assertThat(tables).containsExactly("Tabell 3.1. Kända personer efter kommun och sektor, 2024",
                    "Tabell 3.2. Kända personer per 10 000 invånare 0–25 år efter län, 2024", "Tabell 3.3. Sju kolumner, 2024");
        }
    }

    @Test
    void long_key_figures_stay_on_the_title_page_and_the_contents_is_page_2(@TempDir Path tmp) throws IOException {
        // nine indicators with long labels, each with a change since 2022: two lines a key figure on the title page,
        // more than the title band had room for before it was fixed (an empty page 2 followed)
        List<IndicatorInfo> indicators = new ArrayList<>();
        List<EstimateRow> rows = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            String name = "indikator" + i;
            indicators.add(new IndicatorInfo(name, "Indikator nummer " + i + " med en ganska lång beskrivande etikett", "def"));
            for (int wave : new int[] {2022, 2024}) {
                rows.add(TestReports.row(name, wave, "", 0.01 * i + 0.001 * (wave - 2022), 1000 + i));
            }
            rows.add(new EstimateRow(name + ":change", 2024, "", 0.002, 0.004, -0.006, 0.01, null, 2000L, ""));
        }
        AnnualReport report = new AnnualReport(2024, rows, indicators, TestReports.metadata(), List.of(),
                java.time.Instant.parse("2025-03-14T09:30:00Z"), TestReports.LEVEL);
        Path file = tmp.resolve("lang-titel.pdf");
        new PdfReportWriter().write(report, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            // the summary names the other eight in its finding "Ingen säkerställd förändring ... för övriga indikatorer"
            assertThat(stripper.getText(doc)).contains("indikator nummer 9").contains("Publicerad 14 mars 2025");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(doc).lines().map(String::strip)).contains("Innehåll");
        }
    }

    @Test
    void no_page_of_table_1_carries_headings_without_rows() throws IOException {
        // reports of 1 to 24 indicators of varied height end table 1 at many heights of the last page: none may
        // leave a page with the repeated headings and the legend but no row of figures (an orphan)
        Pattern figure = Pattern.compile("\\d,\\d"); // every row has an estimate with a decimal comma
        for (int count = 1; count <= 24; count++) {
            try (PDDocument doc = Loader.loadPDF(variedReport(count).toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                for (int p = 3; p <= doc.getNumberOfPages(); p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    String page = stripper.getText(doc);
                    if (page.contains("Redovisningsgrupp")) {
                        assertThat(figure.matcher(page.replace("2024", "")).find())
                                .as("%d indicators: page %d has table 1's headings but no row", count, p).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void the_diagram_heading_figure_title_and_chart_source_share_a_page() throws IOException {
        // for table 1 ending at many heights, Figur 1's section heading, title and the source line under its chart
        // stand on one page, so the chart between them is with them. (Letting the summary band split, splitType
        // Immediate, filled the near-empty page after table 1 but parted title and chart with 3 indicators.)
        for (int count = 1; count <= 24; count++) {
            try (PDDocument doc = Loader.loadPDF(variedReport(count).toFile())) {
                int title = pageWith(doc, "Figur 1.");
                assertThat(title).as("%d indicators: Figur 1 is printed", count).isPositive();
                assertThat(pageWith(doc, "Linjerna visar 95-procentiga")).as("%d indicators: chart source", count)
                        .isEqualTo(title);
                assertThat(pageWith(doc, "Diagram\n")).as("%d indicators: heading", count).isEqualTo(title);
            }
        }
    }

    /** First page (1-based) whose text matches {@code regex}, or 0. */
    private static int pageWith(PDDocument doc, String regex) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        Pattern pattern = Pattern.compile(regex);
        for (int p = 3; p <= doc.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            if (pattern.matcher(stripper.getText(doc).replace("\r", "")).find()) {
                return p;
            }
        }
        return 0;
    }

    /**
     * A report of {@code count} indicators of varied height (all, girls, boys and 0 to 4 county rows), so that
     * reports of 1 to 24 indicators end table 1 at many heights of its last page; written once, shared by tests.
     */
    private static Path variedReport(int count) throws IOException {
        Path file = VARIED.get(count);
        if (file != null) {
            return file;
        }
        List<IndicatorInfo> indicators = new ArrayList<>();
        List<EstimateRow> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            indicators.add(new IndicatorInfo("ind" + i, "Indikator " + i, "def"));
            List<String> domains = new ArrayList<>(List.of("", "sex=1", "sex=2"));
            for (int county = 1; county <= i % 5; county++) { // 0 to 4 county rows: indicators of varied height
                domains.add("lanskod=" + county);
            }
            for (String domain : domains) {
                rows.add(TestReports.row("ind" + i, 2024, domain, 0.01 * i, 1000 + i));
            }
        }
        file = dir.resolve("varied-" + count + ".pdf");
        new PdfReportWriter().write(new AnnualReport(2024, rows, indicators, TestReports.metadata(), List.of(),
                java.time.Instant.parse("2025-03-14T09:30:00Z"), TestReports.LEVEL), file);
        VARIED.put(count, file);
        return file;
    }

    private static int pageNumber(PDDocument doc, PDOutlineItem item) throws IOException {
        PDPage page = item.findDestinationPage(doc);
        return doc.getPages().indexOf(page) + 1;
    }
}
