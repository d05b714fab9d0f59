package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.result.SmallAreaFit;
import se.hrvstat.result.SmallAreaRow;

/** The report's chapter and the workbook's sheet of the model-based municipal estimates. */
class SmallAreaChapterTest {

    // σ̂²_v = 0.01, x'β̂ = 0.1 + 0.5 x
    static final SmallAreaFit FIT = new SmallAreaFit("hedersnormer", 2024, 0.01, 5, "FISHER_SCORING", 3, 0.05, 0.0,
            List.of("share_foreign_background"), List.of(new SmallAreaFit.Coefficient("(Intercept)", 0.1, 0.02),
                    new SmallAreaFit.Coefficient("share_foreign_background", 0.5, 0.1)));

    static SmallAreaRow inModel(String kommunkod, double y, double psi, double x, double estimate, String method) {
        return new SmallAreaRow("hedersnormer", 2024, kommunkod, 50, 0.1, 0.03, y, psi, List.of(x), y, psi / 2,
                estimate, estimate - 0.02, estimate + 0.03, method);
    }

    static final List<SmallAreaRow> ROWS = List.of(
            inModel("0114", 0.30, 0.01, 0.2, 0.08, "fh"),      // x'β̂ 0.2, total 0.02:   γ 0.5,  r 0.1/√0.02 = 0.70711
            inModel("0180", 0.10, 0.03, 0.4, 0.12, "direct"),  // x'β̂ 0.3, total 0.04:   γ 0.25, r −0.2/0.2 = −1
            inModel("0380", 0.60, 0.0025, 0.0, 0.05, "fh"),    // x'β̂ 0.1, total 0.0125: γ 0.8,  r 0.5/√0.0125 = 4.47214
            new SmallAreaRow("hedersnormer", 2024, "0381", null, null, null, null, null, List.of(0.3), 0.25, 0.02,
                    0.06, 0.03, 0.10, "fh"));                  // no sample: not in the diagnostics

    static SmallAreaChapter chapter() {
        return new SmallAreaChapter(2024, List.of(FIT), ROWS, Map.of("hedersnormer", "Lever med hedersnormer"),
                Map.of("0114", "Upplands Väsby", "0180", "Stockholm", "0380", "Uppsala", "0381", "Enköping"),
                k -> k.substring(0, 2));
    }

    @Test
    void shrinkageAndStandardisedResidualsAreThoseOfTheMunicipalitiesInTheModel() {
        SmallAreaDiagnostics d = SmallAreaDiagnostics.of(FIT, ROWS);
        assertThat(d.areasInModel()).isEqualTo(3);
        assertThat(d.shrinkMedian()).isCloseTo(0.5, within(1e-12));
        assertThat(d.shrinkMin()).isCloseTo(0.25, within(1e-12));
        assertThat(d.shrinkMax()).isCloseTo(0.8, within(1e-12));
        // mean of 0.70711, −1, 4.47214 = 1.39308; sd (divisor 2) 2.79982 (python statistics.stdev)
        assertThat(d.residualMean()).isCloseTo(1.3930809120620424, within(1e-12));
        assertThat(d.residualSd()).isCloseTo(2.7998193439349945, within(1e-12));
        assertThat(d.residualBeyond()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void theFigureOrdersMunicipalitiesByCountyThenEstimateAndItsAltTextCarriesTheFigures() {
        Texts texts = Texts.load(Path.of("report-templates"));
        assertThat(chapter().ordered("hedersnormer")).extracting(SmallAreaRow::kommunkod)
                .containsExactly("0114", "0180", "0380", "0381"); // 01: 8 %, 12 %; 03: 5 %, 6 %
        String alt = (String) chapter().chartRecords(texts, "95").get(0).get("alt");
        assertThat(alt).contains("4 kommuner", "Lägst av de skattningar som redovisas med siffra Uppsala (5,0 %), högst Stockholm (12,0 %), median 7,0 %",
                "1 kommuner redovisas med sin egen skattning", "bredd är i median 5,0 procentenheter",
                "AB 10,0 %, C 5,5 %", "tabell 4.1");
    }

    /**
     * Relative RMSE (ci_high − ci_low) / 3.919928 / estimate: 0114 0.05/3.919928/0.08 = 0.1594, 0180 /0.12 = 0.1063,
     * 0380 /0.05 = 0.2551, 0381 0.07/3.919928/0.06 = 0.2976. With limits 0.20 and 0.28: two shown, 0380 a band,
     * 0381 withheld.
     */
    static SmallAreaChapter ruled() {
        return new SmallAreaChapter(2024, List.of(FIT), ROWS, Map.of("hedersnormer", "Lever med hedersnormer"),
                Map.of("0114", "Upplands Väsby", "0180", "Stockholm", "0380", "Uppsala", "0381", "Enköping"),
                k -> k.substring(0, 2), new se.hrvstat.result.SmallAreaRule(0.20, 0.28, 1.959963984540054));
    }

    @Test
    void underThePublicationRuleTheAltTextNamesOnlyShownFiguresAndTheMethodCountsTheClasses() {
        Texts texts = Texts.load(Path.of("report-templates"));
        String alt = (String) ruled().chartRecords(texts, "95").get(0).get("alt");
        assertThat(alt).contains("Lägst av de skattningar som redovisas med siffra Upplands Väsby (8,0 %), högst Stockholm (12,0 %)")
                .doesNotContain("Uppsala").doesNotContain("Enköping");
        assertThat(ruled().methodRecords(texts, "95")).anyMatch(r -> r.get("value").toString().contains(
                "Av de 4 skattningarna redovisas 2 med intervall, 1 bara som intervall och 1 inte alls"));
    }

    @Test
    void underThePublicationRuleTheWorkbookHidesTheBandsEstimateAndTheWithheldFigure() throws IOException {
        try (Workbook wb = new WorkbookWriter(Path.of("report-templates")).withSmallAreas(ruled())
                .build(TestReports.report())) {
            Sheet sheet = wb.getSheet("4.1 Kommuner, modell");
            // rows 3..6: 0114, 0180 (county 01), 0380, 0381 (county 03)
            assertThat(sheet.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(0.08);
            assertThat(sheet.getRow(3).getCell(9).getStringCellValue()).isEqualTo("skattning med intervall");
            assertThat(sheet.getRow(5).getCell(4).getStringCellValue()).isEqualTo("..");
            assertThat(sheet.getRow(5).getCell(5).getNumericCellValue()).isCloseTo(0.03, within(1e-12));
            assertThat(sheet.getRow(5).getCell(9).getStringCellValue()).isEqualTo("bara intervall (osäker)");
            for (int c = 4; c <= 6; c++) {
                assertThat(sheet.getRow(6).getCell(c).getStringCellValue()).isEqualTo("..");
            }
            assertThat(sheet.getRow(6).getCell(9).getStringCellValue()).isEqualTo("redovisas inte (för osäker)");
        }
    }

    @Test
    void theReportHasTheChapterWithTheFigureAndTheTablesOfTheFit(@TempDir Path tmp) throws IOException {
        Path pdf = tmp.resolve("r.pdf");
        new PdfReportWriter().withSmallAreas(chapter()).write(TestReports.report(), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Modellbaserade skattningar per kommun", "Figur 3. Modellbaserad skattning",
                    "Tabell 4.2. Modellens anpassning", "Tabell 4.3. Regressionskoefficienter",
                    "Tabell 4.4. Standardiserade residualer", "0,01000", "0,50", "0,25–0,80", "1,39", "2,80");
            // the chapter is in the contents and comes before "Om statistiken"
            assertThat(text.indexOf("Modellbaserade skattningar per kommun")).isLessThan(text.indexOf("Om statistiken"));
            // the panel is a tagged Figure whose /Alt gives its figures
            List<PdfStructureTree> figures = PdfStructureTree.all(PdfStructureTree.read(doc),
                    n -> n.type().equals("Figure") && n.alt() != null && n.alt().startsWith("Punktdiagram"));
            assertThat(figures).hasSize(1);
            assertThat(figures.get(0).alt()).contains("Uppsala (5,0 %)");
        }
    }

    @Test
    void theWorkbookHasTable41WithEveryMunicipality() throws IOException {
        try (Workbook wb = new WorkbookWriter(Path.of("report-templates")).withSmallAreas(chapter())
                .build(TestReports.report())) {
            Sheet sheet = wb.getSheet("4.1 Kommuner, modell");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Tabell 4.1. Modellbaserad skattning");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Upplands Väsby");
            assertThat(sheet.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(0.08);
            assertThat(sheet.getRow(4).getCell(7).getStringCellValue()).isEqualTo("kommunens egna svar");
            assertThat(sheet.getRow(6).getCell(8)).isNull(); // no sample, no n
        }
    }
}
