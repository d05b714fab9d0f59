package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportWriterTest {

    @TempDir
    static Path dir;
    static Path pdf;
    static String text;

    @BeforeAll
    static void writeTheReportOnce() throws IOException {
        pdf = dir.resolve("rapport-2024.pdf");
        new PdfReportWriter().write(TestReports.report(), pdf);
        String keep = System.getProperty("hrvstat.publish.keepPdf");
        if (keep != null) {
            Files.copy(pdf, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
        }
    }

    @Test
    void the_title_page_names_the_report_and_the_centre_in_swedish() {
        assertThat(text).contains("Unga och heder 2024")
                .contains("Hedersrelaterat våld och förtryck – årsrapport 2024")
                .contains("Nationellt centrum mot hedersrelaterat våld och förtryck")
                .contains("Andelen elever som lever med hedersnormer var 12,3 % år 2024");
    }

    @Test
    void the_table_shows_percentages_with_a_decimal_comma_and_intervals_and_n() {
        assertThat(text).containsPattern("Tabell 1\\.\\d+\\. Lever med hedersnormer: andel elever efter\\s+redovisningsgrupp,\\s+2024\\.\\s+Procent")
                .contains("Lever med hedersnormer")
                .contains("Flickor").contains("Pojkar")
                .contains("12,3")
                .contains("11,1–13,5")
                .contains("4 812");
    }

    @Test
    void suppressed_values_show_the_symbol_and_the_legend() {
        assertThat(text).contains("..").contains("Uppgift redovisas inte");
    }

    @Test
    void the_method_section_lists_the_metadata() {
        assertThat(text).contains("Om statistiken").contains("Metod och kvalitet")
                .contains("Svarsfrekvens").contains("71,4 %").contains("Programversion");
    }

    @Test
    void pages_are_numbered_sida_x_av_y() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            assertThat(text).contains("Sida 2 av " + pages);
        }
    }

    @Test
    void every_font_is_embedded_dejavu_sans() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void the_document_has_swedish_language_title_and_author() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Unga och heder 2024");
            assertThat(doc.getDocumentInformation().getAuthor())
                    .isEqualTo("Nationellt centrum mot hedersrelaterat våld och förtryck");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void nothing_but_the_report_is_left_in_the_folder() throws IOException {
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("rapport-2024.pdf");
        }
    }
}
