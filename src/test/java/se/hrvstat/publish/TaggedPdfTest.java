package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static se.hrvstat.publish.PdfStructureTree.squash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.hrvstat.result.MunicipalProfile;
import se.hrvstat.result.StatTable.Cell;

/**
 * The report and a fact sheet are tagged PDFs (PDF/UA-style structure; issue 7, item 2): a
 * structure tree under one Document in Swedish, headings, tables with header cells, charts as
 * Figures with alternative text, page footers as artifacts, embedded fonts; and PDF/A-1a.
 */
class TaggedPdfTest {

    @TempDir
    static Path dir;
    static Path report;
    static Path factSheet;

    @BeforeAll
    static void writeOnce() throws IOException {
        report = dir.resolve("rapport-2024.pdf");
        new PdfReportWriter().write(TestReports.widenedReport(), report);
        factSheet = new FactSheetWriter(Path.of("report-templates")).precompile().write(malmo(), dir);
        String keep = System.getProperty("hrvstat.publish.keepTaggedPdf");
        if (keep != null) {
            Files.copy(report, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Malmö's profile: known persons beside Skåne län, the nation and 2023; one effort; coverage. */
    static MunicipalProfile malmo() {
        MunicipalProfile.Rate own = new MunicipalProfile.Rate(Cell.of(533), Cell.of(14.6), Cell.of(13.4), Cell.of(15.9));
        MunicipalProfile.Rate county = new MunicipalProfile.Rate(Cell.of(909), Cell.of(7.5), Cell.of(7.0), Cell.of(8.0));
        MunicipalProfile.Rate nation = new MunicipalProfile.Rate(Cell.of(5544), Cell.of(6.0), Cell.of(5.9), Cell.of(6.2));
        MunicipalProfile.Share share = new MunicipalProfile.Share(31, 33, 97.8);
        return new MunicipalProfile(2024, "1280", "Malmö", "Skåne län", 2023, 0.95,
                new MunicipalProfile.Persons(own, county, nation, MunicipalProfile.Rate.missing()),
                List.of(new MunicipalProfile.Effort("Handlingsplan", true, Cell.of(100), Cell.of(0), Cell.of(45.2),
                        Cell.of(52.4))),
                new MunicipalProfile.Coverage(share, share), List.of());
    }

    static Path pdf(String which) {
        return which.equals("report") ? report : factSheet;
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "factSheet"})
    void the_pdf_is_marked_swedish_and_has_one_document_root(String which) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(which).toFile())) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("sv-SE");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            List<PdfStructureTree> roots = PdfStructureTree.read(doc);
            assertThat(roots).extracting(PdfStructureTree::type).containsExactly("Document");
            assertThat(PdfStructureTree.all(roots, n -> n.type().equals("H1"))).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "factSheet"})
    void the_pdf_claims_pdf_a_1a_and_passes_pdfbox_preflight(String which) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf(which).toFile())) {
            assertThat(doc.getVersion()).isEqualTo(1.4f);
            XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(1);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
        }
        // PDFBox preflight checks PDF/A-1b (ISO 19005-1 level B); level A adds the tagging tested above
        assertThat(PdfAPreflight.errors(pdf(which).toFile())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "factSheet"})
    void every_font_is_embedded(String which) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(which).toFile())) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "factSheet"})
    void page_footers_are_artifacts_not_content(String which) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(which).toFile())) {
            String tagged = PdfStructureTree.read(doc).get(0).fullText();
            // report footer "Sida 2 av 6", profile footer "Kommunprofil 2024 · Malmö · ..."
            assertThat(tagged).doesNotContain("Sida ").doesNotContain("Kommunprofil 2024 ·");
        }
    }

    @Test
    void the_report_headings_follow_the_chapters_in_reading_order() throws IOException {
        try (PDDocument doc = Loader.loadPDF(report.toFile())) {
            List<String> headings = PdfStructureTree.all(PdfStructureTree.read(doc), n -> n.type().matches("H[1-6]"))
                    .stream().map(n -> n.type() + " " + n.text()).toList();
            // the heading texts of report-templates/annual-report.jrxml and key-value-list.jrxml
            assertThat(headings).containsSubsequence("H1 Unga och heder 2024", "H2 Kort om resultaten", "H1 Resultat",
                    "H2 Diagram", "H1 Kartläggning och samhällets insatser", "H1 Om statistiken", "H2 Metod och kvalitet",
                    "H3 1 Relevans", "H3 Indikatorernas definitioner");
        }
    }

    @Test
    void the_charts_are_figures_whose_alternative_text_gives_their_figures() throws IOException {
        try (PDDocument doc = Loader.loadPDF(report.toFile())) {
            List<PdfStructureTree> figures = PdfStructureTree.all(PdfStructureTree.read(doc), n -> n.type().equals("Figure"));
            // figure 1 and figure 2 in two panels each by level: indicators under 20 %, and vet_hjalp at 61–65 %
            assertThat(figures).hasSize(4).allSatisfy(f -> assertThat(f.alt()).isNotBlank());
            // TestReports: hedersnormer 2024 p = 0.1234 overall -> 12,3; girls 0.1234 * 1.15 = 0.14191 -> 14,2;
            // boys 0.1234 * 0.85 = 0.10489 -> 10,5; 2022 overall 0.118 -> 11,8. hedersvald 2024 boys suppressed.
            assertThat(figures.get(0).alt()).startsWith("Stapeldiagram: andel elever i procent per indikator")
                    .contains("Lever med hedersnormer: samtliga 12,3 %, flickor 14,2 %, pojkar 10,5 %.")
                    .contains("Utsatt för hedersrelaterat våld: samtliga 3,9 %, flickor 4,5 %.").doesNotContain("Vet vart man");
            // the bars' second panel: vet_hjalp 2024 overall 0.6543 -> 65,4
            assertThat(figures.get(1).alt()).startsWith("Stapeldiagram: andel elever i procent per indikator")
                    .contains("Vet vart man kan vända sig för att få hjälp: samtliga 65,4 %").doesNotContain("Lever med");
            assertThat(figures.get(2).alt()).startsWith("Linjediagram:")
                    .contains("Lever med hedersnormer: 2022 11,8 %, 2024 12,3 %.").doesNotContain("Vet vart man");
            // 0.612 -> 61,2; 0.6543 -> 65,4
            assertThat(figures.get(3).alt()).startsWith("Linjediagram:")
                    .contains("Vet vart man kan vända sig för att få hjälp: 2022 61,2 %, 2024 65,4 %.");
        }
    }

    @Test
    void table_1_has_a_header_row_and_data_rows_in_reading_order() throws IOException {
        try (PDDocument doc = Loader.loadPDF(report.toFile())) {
            // table 1.n is the first Table whose first row has the cell "Redovisningsgrupp" (a table of
            // contents, if any, is a table too)
            List<PdfStructureTree> tables = PdfStructureTree.all(PdfStructureTree.read(doc), n -> n.type().equals("Table")
                    && !n.kids().isEmpty() && n.kids().get(0).kids().stream()
                            .anyMatch(c -> squash(c.fullText()).equals("Redovisningsgrupp")));
            assertThat(tables).isNotEmpty();
            List<PdfStructureTree> rows = tables.get(0).kids();
            assertThat(rows).allSatisfy(r -> assertThat(r.type()).isEqualTo("TR"));
            List<PdfStructureTree> header = rows.get(0).kids();
            assertThat(header).allSatisfy(c -> assertThat(c.type()).isEqualTo("TH"));
            assertThat(header).extracting(c -> squash(c.fullText())).contains("Redovisningsgrupp", "Antalsvarande(n)");
            // the overall row of hedersnormer 2024: 12,3 %, interval 11,1–13,5, n = 4512 + 300 = 4 812
            assertThat(rows).anySatisfy(r -> assertThat(r.kids()).extracting(c -> c.type() + " " + squash(c.fullText()))
                    .containsSubsequence("TD Samtliga", "TD 12,3", "TD 11,1–13,5", "TD 4812"));
            // the indicator names its table in the title above it, not in a row of the table
            assertThat(rows).noneSatisfy(r -> assertThat(r.kids()).extracting(c -> c.type() + " " + c.fullText())
                    .containsExactly("TH Lever med hedersnormer"));
        }
    }

    @Test
    void the_profile_has_its_title_and_a_table_headed_by_municipality_county_nation_last_year_and_the_change() throws IOException {
        try (PDDocument doc = Loader.loadPDF(factSheet.toFile())) {
            List<PdfStructureTree> roots = PdfStructureTree.read(doc);
            assertThat(PdfStructureTree.all(roots, n -> n.type().equals("H1"))).extracting(PdfStructureTree::text)
                    .containsExactly("Malmö: hedersrelaterat våld och förtryck 2024");
            List<PdfStructureTree> tables = PdfStructureTree.all(roots, n -> n.type().equals("Table"));
            assertThat(tables).isNotEmpty();
            assertThat(tables.get(0).kids().get(0).kids()).extracting(c -> c.type() + " " + c.fullText())
                    .containsExactly("TH Uppgift", "TH Malmö 2024", "TH Malmö 2023", "TH Skåne län", "TH Riket",
                            "TH Förändringsedan 2023"); // fullText joins the lines of a wrapped heading
            assertThat(PdfStructureTree.all(roots, n -> n.type().equals("Figure"))).isEmpty();
        }
    }
}
