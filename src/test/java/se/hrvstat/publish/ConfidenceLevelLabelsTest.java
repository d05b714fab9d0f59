package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.MethodFacts;

/**
 * The intervals are labelled with the run's confidence level ({@code estimate.level}), not a
 * fixed 95 %: the same report published at 0.90 says "90" wherever it names the level, in the
 * workbook, the PX files and the PDF report, and never "95 %".
 */
class ConfidenceLevelLabelsTest {

    @TempDir
    Path dir;

    /**
     * The test report with its intervals at level 0.90 and the method chapter of a run at 0.90
     * (the numbers do not matter to the labels).
     */
    private static AnnualReport atNinetyPercent() {
        AnnualReport r = TestReports.widenedReport();
        MethodFacts facts = new MethodFacts(r.year(), "test", List.of(), List.of(), 3, 0.90, "logit", 30, 50, 0.3,
                List.of());
        Map<String, String> method = MethodText.of(facts, PdfReportWriter.DEFAULT_TEMPLATES);
        return new AnnualReport(r.year(), r.estimates(), r.indicators(), method, r.tables(), r.createdAt(), 0.90);
    }

    @Test
    void the_workbook_of_a_run_at_90_percent_labels_every_interval_90_percent() throws IOException {
        Path file = dir.resolve("tabeller.xlsx");
        new WorkbookWriter().write(atNinetyPercent(), file);
        String text = workbookText(file);
        assertThat(text).contains("Procent med 90 % konfidensintervall.", "90 % KI, nedre (%)", "90 % KI, övre (%)",
                "90 % KI, nedre\n", "90 % KI, övre\n");
        assertThat(text).doesNotContain("95 %", "95-procent");
    }

    @Test
    void the_px_files_of_a_run_at_90_percent_label_every_interval_90_percent() throws IOException {
        List<Path> files = new PxWriter().write(atNinetyPercent(), dir.resolve("px"));
        StringBuilder all = new StringBuilder();
        for (Path p : files) {
            all.append(Files.readString(p, StandardCharsets.UTF_8));
        }
        assertThat(all.toString()).contains("Konfidensintervall 90 %, nedre gräns", "Konfidensintervall 90 %, övre gräns",
                "konfidensintervallen är 90-procentiga.");
        assertThat(all.toString()).doesNotContain("95 %", "95-procent");
    }

    @Test
    void the_report_of_a_run_at_90_percent_labels_every_interval_90_percent() throws IOException {
        Path pdf = dir.resolve("rapport.pdf");
        new PdfReportWriter().write(atNinetyPercent(), pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        // table 1's column, its introduction, the chart's source line, the quality declaration, the method chapter
        assertThat(text).contains("90 %, logit-metoden", "statistiskt säkerställd (på 90-procentig nivå", "90 % konfidensintervall", "med ett 90-procentigt konfidensintervall",
                "Linjerna visar 90-procentiga konfidensintervall", "designbaserade medelfel och 90-procentiga");
        assertThat(text).doesNotContain("95 %", "95-procent");
    }

    @Test
    void a_level_prints_in_percent_without_needless_decimals() {
        assertThat(SwedishFormat.levelPercent(0.95)).isEqualTo("95");
        assertThat(SwedishFormat.levelPercent(0.90)).isEqualTo("90");
        assertThat(SwedishFormat.levelPercent(0.975)).isEqualTo("97,5");
    }

    private static String workbookText(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return String.join("\n", texts) + "\n";
    }
}
