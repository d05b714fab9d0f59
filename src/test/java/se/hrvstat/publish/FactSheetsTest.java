package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.result.FactSheet;
import se.hrvstat.result.StatTable;

class FactSheetsTest {

    @TempDir
    Path dir;

    /** Municipalities, their counties and the nation in one table, as the municipal statistics publish it. */
    static StatTable withCountiesAndNation() {
        StatTable m = TestReports.municipalTable();
        return new StatTable(m.id(), m.sheetName(), m.title(), m.stubTitle(),
                List.of("Riket", "01 Stockholms län", "0114 Upplands Väsby", "0180 Stockholm", "12 Skåne län", "1280 Malmö",
                        "2584 Kiruna"),
                m.headingTitle(), m.heading(),
                List.of(List.of(StatTable.Cell.of(2104), StatTable.Cell.of(1032), StatTable.Cell.of(2790)),
                        List.of(StatTable.Cell.of(512), StatTable.Cell.of(240), StatTable.Cell.of(690)),
                        m.cells().get(0), m.cells().get(1),
                        List.of(StatTable.Cell.of(301), StatTable.Cell.of(122), StatTable.Cell.of(389)),
                        m.cells().get(2), m.cells().get(3)),
                m.unit(), m.decimals(), m.source(), m.footnotes());
    }

    @Test
    void every_municipality_that_returned_gets_a_sheet_with_its_county_and_the_nation() {
        List<FactSheet> sheets = FactSheets.fromTables(2024, List.of(withCountiesAndNation(), TestReports.rateTable()), BundledTexts.TEXTS);
        // Kiruna (2584) has only missing cells: it did not return
        assertThat(sheets).extracting(FactSheet::municipalityCode).containsExactly("0114", "0180", "1280");
        FactSheet vasby = sheets.get(0);
        assertThat(vasby.municipalityName()).isEqualTo("Upplands Väsby");
        assertThat(vasby.countyName()).isEqualTo("Stockholms län");
        FactSheet.Line school = vasby.lines().get(1);
        assertThat(school.label()).isEqualTo("Skola");
        assertThat(school.municipality().status()).isEqualTo(StatTable.Status.SUPPRESSED);
        assertThat(school.county().value()).isEqualTo(240.0);
        assertThat(school.nation().value()).isEqualTo(1032.0);
        assertThat(sheets.get(2).countyName()).isEqualTo("Skåne län");
    }

    @Test
    void municipalities_and_counties_published_as_two_tables_are_compared_from_the_county_table() {
        StatTable both = withCountiesAndNation();
        // the municipal statistics publish a municipality table and a county table with the same columns
        StatTable municipalities = new StatTable("kommun", both.title(), "Kommun",
                List.of("0114 Upplands Väsby", "0180 Stockholm"), both.headingTitle(), both.heading(),
                List.of(both.cells().get(2), both.cells().get(3)), both.unit(), 0, both.source(), List.of());
        StatTable counties = new StatTable("lan", "Per län", "Län", List.of("01 Stockholms län", "Riket"),
                both.headingTitle(), both.heading(), List.of(both.cells().get(1), both.cells().get(0)), both.unit(), 0,
                both.source(), List.of());

        FactSheet vasby = FactSheets.fromTables(2024, List.of(municipalities, counties), BundledTexts.TEXTS).get(0);

        assertThat(vasby.countyName()).isEqualTo("Stockholms län");
        FactSheet.Line school = vasby.lines().get(1);
        assertThat(school.county().value()).isEqualTo(240.0);
        assertThat(school.nation().value()).isEqualTo(1032.0);
    }

    @Test
    void the_sheet_pdf_shows_the_figures_symbols_and_metadata() throws IOException {
        FactSheet malmo = FactSheets.fromTables(2024, List.of(withCountiesAndNation()), BundledTexts.TEXTS).get(2);
        Path pdf = new FactSheetWriter(Path.of("report-templates")).precompile().write(malmo, dir);
        assertThat(pdf.getFileName().toString()).isEqualTo("1280-malmo.pdf");
        String keep = System.getProperty("hrvstat.publish.keepFactSheet");
        if (keep != null) {
            Files.copy(pdf, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
            assertThat(text).contains("Malmö – faktablad 2024").contains("Kommunkod 1280 · Skåne län")
                    .contains("Kända personer efter kommun och sektor, 2024 (antal personer)")
                    .contains("37*").contains("144").contains("301").contains("2 104")
                    .contains("Uppgift redovisas inte");
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Faktablad 2024: Malmö");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo(BundledTexts.TEXTS.get("publisher"));
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
        }
    }
}
