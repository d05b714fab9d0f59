package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.result.ValidationReport;

/** valideringsrapport-<year>.xlsx: counts per file and rule, the rejected rows, never a formula. */
class ValidationReportWriterTest {
    @TempDir
    Path temp;

    private XSSFWorkbook written(ValidationReport report) throws Exception {
        Path file = temp.resolve(ValidationReportWriter.fileName(report.year()));
        new ValidationReportWriter().write(report, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static ValidationReport report(List<ValidationReport.RejectLine> rejects) {
        return new ValidationReport(2024,
                List.of(new ValidationReport.FileCounts("survey/2024/responses.csv", "RFC 4180", 12, 10, 2)),
                List.of(new ValidationReport.RuleCount("survey/2024/responses.csv", "code", 2)),
                sink -> rejects.forEach(sink));
    }

    @Test
    void theSheetsCarrySwedishHeadingsAndTheCountsPerFileAndRule() throws Exception {
        try (XSSFWorkbook wb = written(report(List.of()))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Filer");
            assertThat(wb.getSheetName(1)).isEqualTo("Regler");
            assertThat(wb.getSheetName(2)).isEqualTo("Avvisade rader");
            Row file = wb.getSheet("Filer").getRow(1);
            assertThat(wb.getSheet("Filer").getRow(0).getCell(2).getStringCellValue()).isEqualTo("Lästa rader");
            assertThat(file.getCell(2).getNumericCellValue()).isEqualTo(12);
            assertThat(file.getCell(4).getNumericCellValue()).isEqualTo(2);
            // 2 of 12 = 16.666.. % shown with one decimal
            assertThat(file.getCell(5).getNumericCellValue()).isEqualTo(16.7);
            assertThat(wb.getSheet("Regler").getRow(1).getCell(1).getStringCellValue()).isEqualTo("code");
        }
    }

    @Test
    void aRejectedRowIsListedWithFileLineColumnRuleAndMaskedValue() throws Exception {
        try (XSSFWorkbook wb = written(report(List.of(new ValidationReport.RejectLine("survey/2024/responses.csv", 7,
                "resp_id", "personal_identity_number", "XXXXXX-XXXX", "looks like a personal identity number"))))) {
            Row row = wb.getSheet("Avvisade rader").getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("survey/2024/responses.csv");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(7);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("resp_id");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("personal_identity_number");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("XXXXXX-XXXX");
            // the explanation in Swedish under "Förklaring", the program's English message beside it, named as such
            Row header = wb.getSheet("Avvisade rader").getRow(0);
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Förklaring");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo(
                    "Ett fält ser ut som ett person- eller samordningsnummer; värdet är maskerat och sparas aldrig.");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Programmets meddelande (engelska)");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("looks like a personal identity number");
        }
    }

    @Test
    void everyRuleGetsASwedishExplanationAndTheFileFormatIsNamedInSwedish() {
        ValidationReportWriter writer = new ValidationReportWriter(java.nio.file.Path.of("report-templates"));
        assertThat(writer.explanation("code")).isEqualTo("Värdet är inte en giltig kod enligt kodboken (jobs/codebook.csv).");
        // a rule of jobs/rules.csv has no text of its own
        assertThat(writer.explanation("sampled_within_population"))
                .isEqualTo("Raden bryter mot regeln sampled_within_population i jobs/rules.csv (se jobs/rules.md).");
        assertThat(writer.dialect("Swedish Excel dialect (semicolon, UTF-8 with BOM, decimal mark ',')")).isEqualTo(
                "Svensk Excel-dialekt (semikolon), teckenkodning UTF-8, med byteordningsmarkering (BOM), decimaltecken ','");
        assertThat(writer.dialect("RFC 4180 (comma, UTF-8, decimal mark '.')"))
                .isEqualTo("RFC 4180 (komma), teckenkodning UTF-8, decimaltecken '.'");
        assertThat(writer.dialect("Excel form")).isEqualTo("Excel form");
    }

    @Test
    void aValueThatLooksLikeAFormulaIsWrittenAsTextNeverAsAFormula() throws Exception {
        String formula = "=HYPERLINK(\"http://example.invalid\",\"klicka\")";
        try (XSSFWorkbook wb = written(report(List.of(new ValidationReport.RejectLine("f.csv", 3, "class_id", "format",
                formula, "class_id '" + formula + "' does not match"))))) {
            Cell value = wb.getSheet("Avvisade rader").getRow(1).getCell(4);
            assertThat(value.getCellType()).isEqualTo(CellType.STRING);
            assertThat(value.getStringCellValue()).isEqualTo(formula);
            assertThat(value.getCellStyle().getQuotePrefixed()).isTrue();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }
}
