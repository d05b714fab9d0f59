package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.EstimateRow;
import se.hrvstat.result.IndicatorInfo;

class PdfReportWriterEdgeCasesTest {

    @TempDir
    Path dir;

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
        }
    }

    @Test
    void templates_are_compiled_once_and_reused() throws IOException {
        PdfReportWriter writer = new PdfReportWriter();
        assertThat(writer.template(PdfReportWriter.MAIN_TEMPLATE))
                .isSameAs(new PdfReportWriter().template(PdfReportWriter.MAIN_TEMPLATE));
    }

    @Test
    void a_missing_template_is_an_error_that_names_where_it_was_looked_for() {
        PdfReportWriter writer = new PdfReportWriter(dir.resolve("no-such-folder"));
        assertThatThrownBy(() -> writer.template("no-such-template.jrxml"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no-such-template.jrxml")
                .hasMessageContaining("no-such-folder")
                .hasMessageContaining("classpath /report-templates/no-such-template.jrxml");
    }

    @Test
    void without_the_templates_folder_the_copy_in_the_jar_is_used() throws IOException {
        PdfReportWriter writer = new PdfReportWriter(dir.resolve("no-such-folder"));

        writer.write(TestReports.report(), dir.resolve("r.pdf"));

        assertThat(dir.resolve("r.pdf")).isNotEmptyFile();
    }

    @Test
    void a_report_without_estimates_still_has_its_title_and_method_pages() throws IOException {
        AnnualReport empty = new AnnualReport(2024, List.of(), TestReports.indicators(), Map.of("Urval", "inget"), List.of(),
                Instant.parse("2025-03-14T09:30:00Z"), TestReports.LEVEL);
        Path pdf = dir.resolve("tom.pdf");
        new PdfReportWriter().write(empty, pdf);
        assertThat(text(pdf)).contains("Unga och heder 2024").contains("Inga skattningar").contains("Urval");
    }

    @Test
    void a_long_table_repeats_its_header_on_every_page_and_numbers_every_page() throws IOException {
        List<IndicatorInfo> indicators = new ArrayList<>();
        List<EstimateRow> rows = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            String name = "indikator" + i;
            indicators.add(new IndicatorInfo(name, "Indikator nummer " + i + " med en ganska lång beskrivande etikett",
                    "definition " + i));
            for (String domain : List.of("", "sex=1", "sex=2")) {
                rows.add(TestReports.row(name, 2024, domain, 0.01 * i, 1000 + i));
            }
        }
        AnnualReport report = new AnnualReport(2024, rows, indicators, TestReports.metadata(), List.of(),
                Instant.parse("2025-03-14T09:30:00Z"), TestReports.LEVEL);
        Path pdf = dir.resolve("lang.pdf");
        new PdfReportWriter().write(report, pdf);
        String keep = System.getProperty("hrvstat.publish.keepLongPdf");
        if (keep != null) {
            Files.copy(pdf, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            int tablePages = 0;
            for (int p = 2; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc).replace('\u00A0', ' ');
                assertThat(page).contains("Sida " + p + " av " + pages);
                if (page.contains("Samtliga") && !page.contains("Figur 1")) {
                    assertThat(page).containsPattern("Tabell 1\\.\\d+\\. Indikator nummer").contains("Redovisningsgrupp");
                    tablePages++;
                }
            }
            assertThat(tablePages).isGreaterThanOrEqualTo(2);
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            // a single wave: the summary gives the first main indicators' levels (KeyFindings, rule 3b)
            assertThat(stripper.getText(doc).replace('\u00A0', ' ').replaceAll("\\s+", " "))
                    .contains("Andelen för indikatorn \"Indikator nummer 1 med en ganska lång beskrivande etikett\" var 1,0 % år 2024.")
                    .contains("\"Indikator nummer 4 med en ganska lång beskrivande etikett\" var 4,0 % år 2024.");
        }
    }
}
