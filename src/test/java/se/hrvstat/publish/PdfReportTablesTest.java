package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report with the widened estimates and StatTables (municipal mapping, efforts). */
class PdfReportTablesTest {

    @TempDir
    static Path dir;
    static String text;

    @BeforeAll
    static void writeOnce() throws IOException {
        Path pdf = dir.resolve("rapport-2024.pdf");
        new PdfReportWriter().write(TestReports.widenedReport(), pdf);
        String keep = System.getProperty("hrvstat.publish.keepPdf");
        if (keep != null) {
            Files.copy(pdf, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
        }
    }

    @Test
    void the_tables_chapter_prints_each_stat_table_with_its_number_title_and_unit() {
        assertThat(text).contains("Kartläggning och samhällets insatser")
                .contains("Tabell 3.1. Kända personer efter kommun och sektor, 2024. Antal personer")
                .contains("Tabell 3.2. Kända personer per 10 000 invånare 0–25 år efter län, 2024")
                .contains("0180 Stockholm").contains("Socialtjänst");
    }

    @Test
    void table_cells_use_swedish_numbers_and_the_symbols_of_the_legend() {
        assertThat(text).contains("37*")   // uncertain
                .contains("4,3")           // 4.256 with one decimal, decimal comma
                .contains("3,1")           // 3.05 rounded half up
                // "–" explained in 4.2 Presentation (the hand-made table has no note of its own for it)
                .contains("\u2013 uppgift saknas")
                .contains("Personer som fler än en sektor känner till räknas en gång i Totalt.");
    }

    @Test
    void the_results_table_shows_every_breakdown() {
        assertThat(text).contains("Årskurs 9").contains("Gymnasiet år 2").contains("Född utomlands")
                .contains("Med funktionsnedsättning").contains("Hbtqi").contains("Norrbottens län").doesNotContain("Län 01")
                .contains("Flickor, årskurs 9").contains("Pojkar, gymnasiet år 2")
                .containsPattern("Tabell 1\\.\\d+\\. Lever med hedersnormer: andel elever efter\\s+redovisningsgrupp,\\s+2024\\.\\s+Procent");
    }

    @Test
    void the_method_chapter_follows_the_quality_declaration_headings_with_the_run_facts_under_them() {
        assertThat(text).contains("1 Relevans").contains("2 Tillförlitlighet").contains("3 Aktualitet och punktlighet")
                .contains("4 Tillgänglighet och tydlighet").contains("5 Jämförbarhet och samanvändbarhet")
                // the subheadings of SCB-FS 2016:17 under Tillförlitlighet, precision apart from disclosure control
                .contains("2.2 Urval").contains("2.3 Ramtäckning").contains("2.4 Mätning").contains("2.5 Bortfall")
                .contains("2.6 Bearbetning").contains("2.7 Modellantaganden").contains("2.8 Precisionsregler")
                .contains("4.4 Röjandekontroll")
                .contains("6 Spårbarhet: indata och programversion");
        // facts of TestReports.metadata() under their headings, in order
        // (lastIndexOf: the headings are also listed in the table of contents on page 2)
        assertThat(text.indexOf("Svarsfrekvens")).isBetween(text.lastIndexOf("2 Tillförlitlighet"), text.lastIndexOf("3 Aktualitet"));
        assertThat(text.indexOf("Programversion")).isGreaterThan(text.lastIndexOf("6 Spårbarhet"));
    }

    @Test
    void the_chart_says_it_shows_intervals() {
        assertThat(text.replaceAll("\\s+", " ")).contains("Linjerna visar 95-procentiga konfidensintervall.");
    }

    @Test
    void the_summary_gives_the_change_and_whether_it_is_within_the_margin_of_error() {
        // hedersnormer:change 2024 = +0.0054, 95 % interval -0.0024..0.0132 contains 0 (TestReports)
        assertThat(text.replace('\u00A0', ' ').replaceAll("\\s+", " "))
                .contains("Andelen elever som lever med hedersnormer var 12,3 % år 2024, ingen säkerställd förändring sedan 2022 (då 11,8 %).");
    }

    @Test
    void a_trend_chart_follows_when_there_are_several_waves() {
        assertThat(text).contains("Figur 2. Andel elever per indikator och undersökningsår, samtliga elever. Procent");
    }
}
