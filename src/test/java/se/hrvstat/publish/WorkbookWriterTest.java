package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.EstimateRow;
import se.hrvstat.result.IndicatorInfo;
import se.hrvstat.result.StatTable;

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

    /** The row of one wave and domain on an indicator's sheet (domain code in column 2, year in 3). */
    private static Row waveRow(Sheet sheet, double wave, String domain) {
        for (Row row : sheet) {
            Cell d = row.getCell(2);
            Cell w = row.getCell(3);
            if (w != null && d != null && w.getCellType() == CellType.NUMERIC && w.getNumericCellValue() == wave
                    && domain.equals(d.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + wave + " " + domain + " on " + sheet.getSheetName());
    }

    private static List<String> sheetNames(Workbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** Sheet names of the five indicators of TestReports: their labels, cut at a word with "…" past 31 characters. */
    static final List<String> INDICATOR_SHEETS = List.of("1.1 Lever med hedersnormer", "1.2 Begränsningar i vardagen",
            "1.3 Utsatt för hedersrelaterat…", // 35 characters: cut at the last space within 30
            "1.4 Oro för att bli tvingad…", // 41 characters: cut at the last space within 30 ("…att" would make 32)
            "1.5 Vet vart man kan vända sig…");

    @Test
    void the_workbook_has_contents_tables_definitions_and_metadata_sheets() throws IOException {
        try (Workbook wb = writeAndOpen(TestReports.report())) {
            List<String> expected = new ArrayList<>(List.of("Innehåll"));
            expected.addAll(INDICATOR_SHEETS);
            expected.addAll(List.of("Förändringar", "Definitioner", "Metadata"));
            assertThat(sheetNames(wb)).containsExactlyElementsOf(expected);
            Sheet contents = wb.getSheet("Innehåll");
            for (String name : expected.subList(1, expected.size())) {
                assertThat(findRow(contents, 0, name).getCell(0).getHyperlink().getAddress()).isEqualTo("'" + name + "'!A1");
            }
            assertThat(findRow(contents, 0, "1.1 Lever med hedersnormer").getCell(1).getStringCellValue())
                    .startsWith("Tabell 1.1. Lever med hedersnormer: andel elever");
        }
    }

    @Test
    void each_indicator_sheet_has_title_source_frozen_header_and_numeric_shares() throws IOException {
        try (Workbook wb = writeAndOpen(TestReports.report())) {
            Sheet sheet = wb.getSheet("1.1 Lever med hedersnormer");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Tabell 1.1. Lever med hedersnormer: andel elever efter redovisningsgrupp och undersökningsår."
                            + " Procent med 95 % konfidensintervall.");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("Källa: Unga och heder 2024");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Indikator: hedersnormer. Definition: Oskuldsnorm (q03) och minst en av q01, q02, q10");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("Andel (%)");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 4);

            // all students first, then by sex; each group's waves in order
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Samtliga");
            assertThat(sheet.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(2022.0);
            assertThat(sheet.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(2024.0);
            Row row = waveRow(sheet, 2024, "sex=1");
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Kön");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Flickor");
            Cell share = row.getCell(4);
            assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(share.getNumericCellValue()).isEqualTo(0.1234 * 1.15);
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(row.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            findRow(sheet, 0, BundledTexts.TEXTS.get("legend.suppressed"));
        }
    }

    @Test
    void suppressed_cells_show_the_symbol_and_the_legend_explains_it() throws IOException {
        try (Workbook wb = writeAndOpen(TestReports.report())) {
            Sheet sheet = wb.getSheet(INDICATOR_SHEETS.get(2));
            Row row = waveRow(sheet, 2024, "sex=2");
            for (int c = 4; c <= 7; c++) {
                assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(c).getStringCellValue()).isEqualTo("..");
            }
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(3.0);
            findRow(sheet, 0, BundledTexts.TEXTS.get("legend.suppressed"));
            Row uncertain = waveRow(wb.getSheet(INDICATOR_SHEETS.get(3)), 2024, "sex=3");
            assertThat(uncertain.getCell(4).getNumericCellValue()).isEqualTo(0.21);
            assertThat(uncertain.getCell(10).getStringCellValue()).isEqualTo("*");
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
        rows.add(new EstimateRow("q01", 2024, "=cmd|' /C calc'!A0", 0.5, 0.01, 0.48, 0.52, 1.0, 100L, ""));
        AnnualReport report = new AnnualReport(2024, rows, indicators, meta, List.of(), TestReports.report().createdAt(), TestReports.LEVEL);
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
            Sheet q01Sheet = wb.getSheet("1.6 q01 =1+2"); // its table number, a question's code and label
            assertThat(q01Sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Tabell 1.6. =1+2: andel elever");
            Row q01 = waveRow(q01Sheet, 2024, "=cmd|' /C calc'!A0");
            assertThat(q01.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void changes_are_stored_in_percentage_points() throws IOException {
        try (Workbook wb = writeAndOpen(TestReports.report())) {
            Sheet sheet = wb.getSheet("Förändringar");
            // the indicator's name under "Indikatorns namn", its code under "Indikator"
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Indikatorns namn");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Indikator");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Tabell 2.1. Förändring");
            Row row = findRow(sheet, 1, "hedersnormer:change");
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Lever med hedersnormer");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Förändring från föregående undersökning");
            assertThat(row.getCell(6).getNumericCellValue()).isCloseTo(0.54, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void differences_of_the_latest_wave_get_their_own_sheet_with_p_and_suppressed_ones_show_the_symbol()
            throws IOException {
        List<EstimateRow> rows = new ArrayList<>(TestReports.estimates());
        rows.add(new EstimateRow("hedersnormer:diff", 2024, "sex=1-sex=2", 0.031, 0.005, 0.021, 0.041, null, 1500L, "",
                1.5e-9));
        rows.add(new EstimateRow("hedersnormer:diff", 2024, "sex=1-sex=3", null, null, null, null, null, 760L,
                "suppressed"));
        rows.add(new EstimateRow("hedersnormer:diff", 2022, "sex=1-sex=2", 0.02, 0.005, 0.01, 0.03, null, 1400L, "",
                6e-5));
        AnnualReport base = TestReports.report();
        AnnualReport report = new AnnualReport(2024, rows, base.indicators(), base.metadata(), List.of(),
                base.createdAt(), base.level());
        try (Workbook wb = writeAndOpen(report)) {
            Sheet sheet = wb.getSheet("Skillnader");
            assertThat(sheetNames(wb)).containsSubsequence("Förändringar", "Skillnader", "Definitioner");
            Row girlsBoys = findRow(sheet, 4, "sex=1-sex=2");
            assertThat(girlsBoys.getCell(1).getStringCellValue()).isEqualTo("hedersnormer:diff");
            assertThat(girlsBoys.getCell(5).getNumericCellValue()).isCloseTo(3.1, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(girlsBoys.getCell(9).getNumericCellValue()).isEqualTo(1.5e-9);
            assertThat(girlsBoys.getCell(10).getNumericCellValue()).isEqualTo(1500);
            Row hidden = findRow(sheet, 4, "sex=1-sex=3");
            assertThat(hidden.getCell(5).getStringCellValue()).isEqualTo("..");
            assertThat(hidden.getCell(9).getStringCellValue()).isEqualTo("..");
            // the latest wave only: 2022's difference is in the CSV, not on the sheet
            int differences = 0;
            for (Row row : sheet) {
                Cell name = row.getCell(1);
                differences += name != null && name.getCellType() == CellType.STRING
                        && name.getStringCellValue().endsWith(":diff") ? 1 : 0;
            }
            assertThat(differences).isEqualTo(2);
        }
    }

    @Test
    void the_metadata_sheet_lists_the_run_facts_in_order() throws IOException {
        // the run's facts also hold the reference year (method.year.label), as the annual run's do
        Map<String, String> meta = new LinkedHashMap<>(TestReports.metadata());
        meta.put("Referensår", "2024");
        AnnualReport base = TestReports.report();
        AnnualReport report = new AnnualReport(2024, base.estimates(), base.indicators(), meta, base.tables(),
                base.createdAt(), base.level());
        try (Workbook wb = writeAndOpen(report)) {
            Sheet sheet = wb.getSheet("Metadata");
            Row first = findRow(sheet, 0, "Undersökning");
            Row next = sheet.getRow(first.getRowNum() + 1);
            assertThat(next.getCell(0).getStringCellValue()).isEqualTo("Urval");
            assertThat(findRow(sheet, 0, "Referensår").getCell(1).getNumericCellValue()).isEqualTo(2024.0);
            int years = 0;
            for (Row row : sheet) {
                Cell fact = row.getCell(0);
                years += fact != null && fact.getCellType() == CellType.STRING
                        && fact.getStringCellValue().equals("Referensår") ? 1 : 0;
            }
            assertThat(years).as("Referensår once, though it is also one of the run's facts").isEqualTo(1);
        }
    }

    @Test
    void each_stat_table_gets_a_sheet_with_numbers_symbols_frozen_header_and_a_contents_link() throws IOException {
        try (Workbook wb = writeAndOpen(TestReports.widenedReport())) {
            List<String> names = sheetNames(wb);
            // the two tables of TestReports have no sheet name of their own: their titles, cut at a word
            // the municipal tables are chapter 3 of the shared numbering (TableNumbers)
            assertThat(names.subList(names.size() - 4, names.size())).containsExactly("3.1 Kända personer efter…",
                    "3.2 Kända personer per 10 000…", "Definitioner", "Metadata");
            assertThat(findRow(wb.getSheet("Innehåll"), 0, "3.1 Kända personer efter…").getCell(1).getStringCellValue())
                    .isEqualTo("Tabell 3.1. Kända personer efter kommun och sektor, 2024");
            Sheet sheet = wb.getSheet("3.1 Kända personer efter…");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Tabell 3.1. Kända personer efter kommun och sektor, 2024");
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
            // "..", "–" and "*" all occur: each has its legend line
            findRow(sheet, 0, BundledTexts.TEXTS.get("legend.suppressed"));
            findRow(sheet, 0, BundledTexts.TEXTS.get("legend.missing"));
            findRow(sheet, 0, BundledTexts.TEXTS.get("legend.uncertain"));
            Row stockholm = findRow(wb.getSheet("3.2 Kända personer per 10 000…"), 0, "01 Stockholms län");
            assertThat(stockholm.getCell(1).getNumericCellValue()).isEqualTo(4.256);
            assertThat(stockholm.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
        }
    }

    @Test
    void sheet_names_are_short_clean_and_unique() {
        SheetNames names = new SheetNames("Tabell", List.of("Innehåll", "Metadata"));
        assertThat(names.claim("Svarsfrekvens kartläggning")).isEqualTo("Svarsfrekvens kartläggning");
        assertThat(names.claim("Svarsfrekvens kartläggning")).isEqualTo("Svarsfrekvens kartläggning (2)");
        assertThat(names.claim("metadata")).isEqualTo("metadata (2)"); // Excel compares names without case
        assertThat(names.claim("en/mycket:lång*tabell?[som]")).isEqualTo("en mycket lång tabell som");
        assertThat(names.claim("'citerad'")).isEqualTo("citerad");
        assertThat(names.claim("Begränsningar i vardagen (minst två av fem)")).isEqualTo("Begränsningar i vardagen");
        assertThat(names.claim("History")).isEqualTo("History (2)"); // reserved by Excel
        // a space 16 characters in would lose too much: the long word is cut instead
        assertThat(names.claim("Får inte delta i fritidsaktiviteter som man vill")).isEqualTo("Får inte delta i fritidsaktivi…");
        String cut = names.claim("Kända personer per 10 000 invånare efter sektor, kön och ålder, riket, 2024");
        assertThat(cut).isEqualTo("Kända personer per 10 000…").hasSizeLessThanOrEqualTo(31);
        assertThat(names.claim("Kända personer per 10 000 invånare efter län, 2024")).isEqualTo("Kända personer per 10 000… (2)");
    }

    @Test
    void a_stat_table_column_keeps_its_own_decimals_in_its_display_format() throws IOException {
        StatTable t = new StatTable("tackning", "Täckning", "Täckning", "Län", List.of("01 Stockholms län"), "Uppgift",
                List.of("Kommuner", "Andel kommuner (%)"), List.of(List.of(StatTable.Cell.of(26), StatTable.Cell.of(84.6153))),
                "antal respektive procent", List.of(0, 1), "Källa", List.of());
        AnnualReport report = new AnnualReport(2024, TestReports.estimates(), TestReports.indicators(), TestReports.metadata(),
                List.of(t), TestReports.report().createdAt(), TestReports.LEVEL);
        try (Workbook wb = writeAndOpen(report)) {
            Row row = findRow(wb.getSheet("3.1 Täckning"), 0, "01 Stockholms län");
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(84.6153); // stored unrounded
            // no cell shows a symbol, so the sheet explains none (a Cell Key count table has no "..")
            for (String legend : List.of("legend.suppressed", "legend.missing", "legend.uncertain")) {
                assertThatThrownBy(() -> findRow(wb.getSheet("3.1 Täckning"), 0, BundledTexts.TEXTS.get(legend)))
                        .as(legend).isInstanceOf(AssertionError.class);
            }
        }
    }
}
