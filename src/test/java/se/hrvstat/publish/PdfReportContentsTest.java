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

/**
 * The table of contents and the PDF outline of the annual report, checked against the text layer:
 * a page number in the contents is right when the heading is a line of that page's text.
 */
class PdfReportContentsTest {

    /** The chapters and sections that the widened test report has (TestReports.widenedReport()). */
    static final List<String> HEADINGS = List.of("Resultat", "Diagram", "Kartläggning och samhällets insatser",
            "Tabell 2. Kända personer efter kommun och sektor, 2024", "Om statistiken", "Metod och kvalitet",
            "1 Relevans", "6 Spårbarhet: indata och programversion");
    /** A contents line: the heading, spaces, the page number. */
    static final Pattern ENTRY = Pattern.compile("^(\\S.*?)\\s+(\\d+)$");

    @TempDir
    static Path dir;
    static Path pdf;
    static List<String> pages = new ArrayList<>();

    @BeforeAll
    static void writeOnce() throws IOException {
        pdf = dir.resolve("rapport-2024.pdf");
        new PdfReportWriter().write(TestReports.widenedReport(), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).replace('\u00A0', ' '));
            }
        }
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
            // a table's heading goes on with its unit ("Tabell 2. ..., 2024. Antal personer"); the contents leave it out
            assertThat(lines(page)).as("page " + page + " should carry the heading '" + heading + "'")
                    .anyMatch(line -> line.equals(heading) || line.startsWith(heading + ". "));
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
        }
    }

    private static int pageNumber(PDDocument doc, PDOutlineItem item) throws IOException {
        PDPage page = item.findDestinationPage(doc);
        return doc.getPages().indexOf(page) + 1;
    }
}
