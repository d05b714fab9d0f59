package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.PaneInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookWriterTest {

    @TempDir
    Path dir;

    private Workbook writeAndOpen(AnnualReport report) throws IOException {
        Path file = dir.resolve("tabeller-2024.xlsx");
        new WorkbookWriter().write(report, file);
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }

    private static Row findRow(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell c = row.getCell(column);
            if (c != null && c.getCellType() == CellType.STRING && text.equals(c.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text + " in column " + column + " of " + sheet.getSheetName());
    }

    private static Row findRow(Sheet sheet, String name, double wave, String domain) {
        for (Row row : sheet) {
            Cell n = row.getCell(1);
            Cell w = row.getCell(2);
            Cell d = row.getCell(4);
            if (n != null && w != null && d != null && w.getCellType() == CellType.NUMERIC
                    && name.equals(n.getStringCellValue()) && w.getNumericCellValue() == wave
                    && domain.equals(d.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + name + " " + wave + " " + domain);
    }

    @Test
    void the_workbook_has_contents_tables_definitions_and_metadata_sheets() throws IOException {
        try (Workbook wb = writeAndOpen(TestReports.report())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Innehåll", "Indikatorer", "Förändringar", "Definitioner", "Metadata");
            Sheet contents = wb.getSheet("Innehåll");
            assertThat(findRow(contents, 0, "Indikatorer").getCell(0).getHyperlink().getAddress())
                    .isEqualTo("'Indikatorer'!A1");
        }
    }

    @Test
    void the_indicator_table_has_title_source_frozen_header_and_numeric_shares() throws IOException {
        try (Workbook wb = writeAndOpen(TestReports.report())) {
            Sheet sheet = wb.getSheet("Indikatorer");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Tabell 1. Andel elever");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("Källa: Unga och heder 2024");
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).isEqualTo("Andel (%)");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 4);

            Row row = findRow(sheet, "hedersnormer", 2024, "sex=1");
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Lever med hedersnormer");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Flickor");
            Cell share = row.getCell(5);
            assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(share.getNumericCellValue()).isEqualTo(0.1234 * 1.15);
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }
    }

    @Test
    void suppressed_cells_show_the_symbol_and_the_legend_explains_it() throws IOException {
        try (Workbook wb = writeAndOpen(TestReports.report())) {
            Sheet sheet = wb.getSheet("Indikatorer");
            Row row = findRow(sheet, "hedersvald", 2024, "sex=2");
            for (int c = 5; c <= 8; c++) {
                assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(c).getStringCellValue()).isEqualTo("..");
            }
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(3.0);
            findRow(sheet, 0, SwedishFormat.LEGEND_SUPPRESSED);
            Row uncertain = findRow(sheet, "oro_tvang", 2024, "sex=3");
            assertThat(uncertain.getCell(5).getNumericCellValue()).isEqualTo(0.21);
            assertThat(uncertain.getCell(11).getStringCellValue()).isEqualTo("*");
        }
    }

    @Test
    void text_that_looks_like_a_formula_is_stored_as_text_never_as_a_formula() throws IOException {
        String evil = "=HYPERLINK(\"http://evil.example\",\"klicka\")";
        Map<String, String> meta = new LinkedHashMap<>(TestReports.metadata());
        meta.put("Kommentar", evil);
        meta.put("+cmd", "-2+3");
        meta.put("@SUM(A1)", "\t=1+1");
        List<IndicatorInfo> indicators = new ArrayList<>(TestReports.indicators());
        indicators.add(new IndicatorInfo("q01", "=1+2", "@A1"));
        List<EstimateRow> rows = new ArrayList<>(TestReports.estimates());
        rows.add(new EstimateRow("q01", 2024, "=cmd|' /C calc'!A0", 0.5, 0.01, 0.48, 0.52, 1.0, 100, ""));
        AnnualReport report = new AnnualReport(2024, rows, indicators, meta, List.of(), TestReports.report().createdAt());
        try (Workbook wb = writeAndOpen(report)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            Cell comment = findRow(wb.getSheet("Metadata"), 0, "Kommentar").getCell(1);
            assertThat(comment.getCellType()).isEqualTo(CellType.STRING);
            assertThat(comment.getStringCellValue()).isEqualTo(evil);
            assertThat(comment.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(findRow(wb.getSheet("Metadata"), 0, "+cmd").getCell(1).getStringCellValue()).isEqualTo("-2+3");
            Row q01 = findRow(wb.getSheet("Indikatorer"), "q01", 2024, "=cmd|' /C calc'!A0");
            assertThat(q01.getCell(0).getStringCellValue()).isEqualTo("=1+2");
            assertThat(q01.getCell(4).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void changes_are_stored_in_percentage_points() throws IOException {
        try (Workbook wb = writeAndOpen(TestReports.report())) {
            Sheet sheet = wb.getSheet("Förändringar");
            Row row = findRow(sheet, 1, "hedersnormer:change");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Förändring från föregående undersökning");
            assertThat(row.getCell(6).getNumericCellValue()).isCloseTo(0.54, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void the_metadata_sheet_lists_the_run_facts_in_order() throws IOException {
        try (Workbook wb = writeAndOpen(TestReports.report())) {
            Sheet sheet = wb.getSheet("Metadata");
            Row first = findRow(sheet, 0, "Undersökning");
            Row next = sheet.getRow(first.getRowNum() + 1);
            assertThat(next.getCell(0).getStringCellValue()).isEqualTo("Urval");
            assertThat(findRow(sheet, 0, "Referensår").getCell(1).getNumericCellValue()).isEqualTo(2024.0);
        }
    }

    @Test
    void each_stat_table_gets_a_sheet_with_numbers_symbols_frozen_header_and_a_contents_link() throws IOException {
        try (Workbook wb = writeAndOpen(TestReports.widenedReport())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Innehåll", "Indikatorer", "Förändringar", "kanda-personer-kommun",
                    "kanda-personer-lan-takt", "Definitioner", "Metadata");
            assertThat(findRow(wb.getSheet("Innehåll"), 0, "kanda-personer-kommun").getCell(1).getStringCellValue())
                    .isEqualTo("Kända personer efter kommun och sektor, 2024");
            Sheet sheet = wb.getSheet("kanda-personer-kommun");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kända personer efter kommun och sektor, 2024");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("Källa: Kartläggning");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Socialtjänst");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            Row vasby = findRow(sheet, 0, "0114 Upplands Väsby");
            assertThat(vasby.getCell(1).getNumericCellValue()).isEqualTo(12.0);
            assertThat(vasby.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(vasby.getCell(2).getStringCellValue()).isEqualTo("..");
            Row malmo = findRow(sheet, 0, "1280 Malmö");
            assertThat(malmo.getCell(2).getNumericCellValue()).isEqualTo(37.0);
            assertThat(malmo.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0\" *\"");
            assertThat(findRow(sheet, 0, "2584 Kiruna").getCell(3).getStringCellValue()).isEqualTo("\u2013");
            findRow(sheet, 0, "Personer som fler än en sektor känner till räknas en gång i Totalt.");
            Row stockholm = findRow(wb.getSheet("kanda-personer-lan-takt"), 0, "01 Stockholms län");
            assertThat(stockholm.getCell(1).getNumericCellValue()).isEqualTo(4.256);
            assertThat(stockholm.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
        }
    }

    @Test
    void sheet_names_of_tables_are_cut_cleaned_and_unique() {
        StatTable t = TestReports.rateTable();
        StatTable a = new StatTable("en/mycket:lang*tabell-som-inte-far-plats-i-excel", t.title(), t.stubTitle(), t.stub(),
                t.headingTitle(), t.heading(), t.cells(), t.unit(), 1, t.source(), t.footnotes());
        assertThat(WorkbookWriter.statSheetNames(List.of(a, a, TestReports.rateTable())))
                .containsExactly("en-mycket-lang-tabell-som-in", "en-mycket-lang-tabell-som-in-2", "kanda-personer-lan-takt");
    }
}
