package se.hrvstat.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import se.hrvstat.result.ValidationReport;

/**
 * Writes the validation report {@code valideringsrapport-<year>.xlsx} beside the publications:
 * a sheet per file (rows read, accepted, rejected), a sheet of rejects per rule and a sheet of
 * the rejected rows with file, line, column, rule and masked value. Streams the rows (POI's
 * SXSSF keeps only a window in memory). Every value from the data is written as a string cell,
 * never as a formula; text that a spreadsheet could take for one gets the quote prefix.
 */
public final class ValidationReportWriter {
    /** Rejected rows listed at most; the per-rule counts always cover them all. */
    public static final int MAX_LISTED_REJECTS = 200_000;
    private final Texts texts;

    /** Takes its words from {@code report-templates/} in the working directory, else from the jar. */
    public ValidationReportWriter() {
        this(PdfReportWriter.DEFAULT_TEMPLATES);
    }

    /** Takes its words ({@code validation.*} of {@link Texts}) from {@code templatesDir}, else from the jar. */
    public ValidationReportWriter(Path templatesDir) {
        this.texts = Texts.load(templatesDir);
    }

    public static String fileName(int year) {
        return "valideringsrapport-" + year + ".xlsx";
    }

    public void write(ValidationReport report, Path target) throws IOException {
        AtomicFiles.write(target, tmp -> {
            SXSSFWorkbook wb = new SXSSFWorkbook(500);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                Styles st = new Styles(wb);
                files(wb.createSheet(texts.get("validation.files.sheet")), st, report);
                rules(wb.createSheet(texts.get("validation.rules.sheet")), st, report);
                rejects(wb.createSheet(texts.get("validation.rejects.sheet")), st, report);
                wb.write(out);
            } finally {
                wb.close();
            }
        });
    }

    private void files(Sheet sheet, Styles st, ValidationReport report) {
        header(sheet, st, "validation.column.file", "validation.files.dialect", "validation.files.read",
                "validation.files.accepted", "validation.files.rejected", "validation.files.share");
        int r = 1;
        for (ValidationReport.FileCounts f : report.files()) {
            Row row = sheet.createRow(r++);
            text(row, 0, f.file(), st);
            text(row, 1, dialect(f.dialect()), st);
            number(row, 2, f.read());
            number(row, 3, f.accepted());
            number(row, 4, f.rejected());
            row.createCell(5).setCellValue(f.read() == 0 ? 0 : Math.round(1000.0 * f.rejected() / f.read()) / 10.0);
        }
        widths(sheet, 60, 40, 12, 12, 12, 18);
    }

    private void rules(Sheet sheet, Styles st, ValidationReport report) {
        header(sheet, st, "validation.column.file", "validation.column.rule", "validation.rules.count",
                "validation.rules.explanation");
        int r = 1;
        for (ValidationReport.RuleCount c : report.rules()) {
            Row row = sheet.createRow(r++);
            text(row, 0, c.file(), st);
            text(row, 1, c.rule(), st);
            number(row, 2, c.count());
            text(row, 3, explanation(c.rule()), st);
        }
        if (report.rules().isEmpty()) {
            text(sheet.createRow(1), 0, texts.get("validation.rules.none"), st);
        }
        widths(sheet, 60, 30, 18, 80);
    }

    private void rejects(Sheet sheet, Styles st, ValidationReport report) {
        header(sheet, st, "validation.column.file", "validation.rejects.line", "validation.rejects.column",
                "validation.column.rule", "validation.rejects.value", "validation.rejects.message",
                "validation.rejects.detail");
        int[] r = {1};
        long[] total = {0};
        report.rejects().forEach(reject -> {
            total[0]++;
            if (r[0] > MAX_LISTED_REJECTS) {
                return;
            }
            Row row = sheet.createRow(r[0]++);
            text(row, 0, reject.file(), st);
            number(row, 1, reject.line());
            text(row, 2, reject.column(), st);
            text(row, 3, reject.rule(), st);
            text(row, 4, reject.value(), st);
            text(row, 5, explanation(reject.rule()), st);
            text(row, 6, reject.message(), st);
        });
        if (total[0] > MAX_LISTED_REJECTS) {
            text(sheet.createRow(r[0] + 1), 0, texts.get("validation.rejects.cut", MAX_LISTED_REJECTS, total[0]), st);
        }
        widths(sheet, 60, 8, 20, 28, 24, 70, 70);
    }

    /** The Swedish explanation of a rule ({@code validation.rule.<rule>}, else {@code validation.rule.other}). */
    String explanation(String rule) {
        String key = "validation.rule." + rule;
        return texts.find(key).orElseGet(() -> texts.get("validation.rule.other", rule));
    }

    /**
     * A file's format, as {@code CsvFormat.describe()} stored it in English ("RFC 4180 (comma, UTF-8,
     * decimal mark '.')"), in Swedish words; a text of another form is shown as it is.
     */
    String dialect(String described) {
        java.util.regex.Matcher m = DESCRIBED.matcher(described == null ? "" : described);
        if (!m.matches()) {
            return described;
        }
        String kind = switch (m.group(1)) {
            case "Swedish Excel dialect (semicolon" -> texts.get("validation.dialect.semicolon");
            case "RFC 4180 (comma" -> texts.get("validation.dialect.comma");
            case "tab-separated (tab" -> texts.get("validation.dialect.tab");
            default -> texts.get("validation.dialect.other", m.group(1).replaceFirst("^custom \\(separator ", ""));
        };
        return texts.get("validation.dialect", kind, m.group(2), m.group(3) == null ? "" : texts.get("validation.dialect.bom"),
                m.group(4));
    }

    private static final java.util.regex.Pattern DESCRIBED =
            java.util.regex.Pattern.compile("^(.*?), ([^ ,]+)( with BOM)?, decimal mark ('.')\\)$");

    /** The header row: the texts of {@code keys}. */
    private void header(Sheet sheet, Styles st, String... keys) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(texts.get(keys[i]));
            cell.setCellStyle(st.bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void number(Row row, int column, long value) {
        row.createCell(column).setCellValue(value);
    }

    /** A string cell, never a formula; formula-like text is quote-prefixed so Excel shows it as text. */
    private static void text(Row row, int column, String value, Styles st) {
        Cell cell = row.createCell(column);
        String s = value == null ? "" : value;
        cell.setCellValue(s);
        if (!s.isEmpty() && "=+-@\t\r\n".indexOf(s.charAt(0)) >= 0) {
            cell.setCellStyle(st.quoted);
        }
    }

    private static void widths(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle quoted;

        Styles(Workbook wb) {
            Font font = wb.createFont();
            font.setBold(true);
            bold = wb.createCellStyle();
            bold.setFont(font);
            quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
    }
}
