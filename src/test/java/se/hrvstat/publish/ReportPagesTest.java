package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.result.ResponseRates;

/**
 * Reads every page of one rendered report and checks what a reader must never meet: {@code null},
 * {@code SNAPSHOT}, numbers in e-notation, a hyphen for a minus sign, a legend for a symbol no cell
 * shows, a near-empty page. The report is rendered once: the hand-made report of
 * {@link TestReports#widenedReport()} (with municipal tables and response rates), or the PDF given
 * as {@code -Dhrvstat.report.pdf=out/2024/rapport-2024.pdf} (e.g. the sample run's report).
 */
class ReportPagesTest {

    /** A page whose body text ends above this share of the body's height is near-empty. */
    static final double MIN_BODY_SHARE = 0.2;

    @TempDir
    static Path dir;
    static ReportPages report;

    @BeforeAll
    static void renderTheReportOnce() throws IOException {
        String given = System.getProperty("hrvstat.report.pdf");
        Path pdf;
        if (given != null) {
            pdf = Path.of(given);
        } else {
            pdf = dir.resolve("rapport-2024.pdf");
            List<ResponseRates.Rate> rates = ResponseRates.of(List.of(
                    new ResponseRates.SampledClass(2024, "01-GR", "01", 9, "A", 2, 25, 20),
                    new ResponseRates.SampledClass(2024, "12-GY", "12", 11, "B", 2, 30, 0)));
            new PdfReportWriter().withResponseRates(rates).write(TestReports.widenedReport(), pdf);
        }
        assertThat(pdf).isRegularFile();
        report = ReportPages.read(pdf);
        String keep = System.getProperty("hrvstat.report.keepPdf");
        if (keep != null && given == null) {
            Files.copy(pdf, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void no_page_prints_null_or_snapshot() {
        assertThat(report.find(Pattern.compile("\\bnull\\b"))).isEmpty();
        assertThat(report.find(Pattern.compile("SNAPSHOT"))).isEmpty();
    }

    @Test
    void no_number_is_in_e_notation_and_no_formula_is_code() {
        // a number such as 3.6e-09 or 2,0E-7, not a checksum such as f08125e66162
        assertThat(report.find(Pattern.compile("(?<!\\p{Alnum})\\d+([.,]\\d+)?[eE][-+−]?\\d+(?!\\p{Alnum})"))).isEmpty();
        assertThat(report.find(Pattern.compile("sqrt\\("))).isEmpty();
    }

    @Test
    void negative_numbers_take_the_minus_sign_not_a_hyphen() {
        // a hyphen-minus right before a digit, not inside a word or a range such as 2020-2024
        assertThat(report.find(Pattern.compile("(^|[\\s(;:])-\\d", Pattern.MULTILINE))).isEmpty();
    }

    @Test
    void a_table_explains_only_the_symbols_its_cells_show() {
        assertThat(report.legendsWithoutSymbol()).isEmpty();
    }

    @Test
    void each_page_of_the_results_tables_explains_the_symbols_its_rows_show_and_no_other() {
        assertThat(report.pages()).anyMatch(p -> p.text().contains("Tabell 1.1. "));
        assertThat(report.pageLegendsNotMatchingSymbols("Redovisningsgrupp")).isEmpty();
    }

    @Test
    void the_results_tables_and_the_municipal_tables_carry_the_workbooks_numbers() {
        // TableNumbers: 1.n a main indicator's table, 3.n a municipal table; no table of the PDF is "Tabell 2."
        assertThat(report.find(Pattern.compile("Tabell 1\\.1\\. "))).isNotEmpty();
        assertThat(report.find(Pattern.compile("Tabell 3\\.1\\. "))).isNotEmpty();
        assertThat(report.find(Pattern.compile("Tabell \\d+\\. "))).isEmpty();
    }

    @Test
    void no_page_is_near_empty_except_the_designed_ones() {
        // page 1 is the title page (full by design), page 2 the contents
        assertThat(report.nearlyEmpty(MIN_BODY_SHARE, List.of(1, 2))).isEmpty();
    }

    @Test
    void no_table_is_split_into_a_part_of_a_single_value_column() {
        // 6 columns were split 5 + 1 ("del 2 av 2" of one column); now 3 + 3
        assertThat(StatTableView.partSizes(6)).containsExactly(3, 3);
        assertThat(StatTableView.partSizes(11)).containsExactly(4, 4, 3);
        for (int columns = 1; columns <= 16; columns++) {
            List<Integer> parts = StatTableView.partSizes(columns);
            assertThat(parts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(columns);
            assertThat(parts).allMatch(n -> n <= StatTableView.COLUMNS);
            if (columns > 1) {
                assertThat(parts).as("%d columns in parts %s", columns, parts).allMatch(n -> n >= 2);
            }
        }
    }

    @Test
    void the_checks_see_what_they_are_meant_to_see() {
        assertThat(ReportPages.legendSymbol(".. Uppgift redovisas inte: för få svarande")).isEqualTo("..");
        assertThat(ReportPages.legendSymbol("\"–\" = kommunen har inte lämnat uppgifter.")).isEqualTo("–");
        assertThat(ReportPages.legendSymbol("* Osäker skattning (få svarande)")).isEqualTo("*");
        assertThat(ReportPages.legendSymbol("Källa: Kartläggningen 2024.")).isNull();
    }
}
