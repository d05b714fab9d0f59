package se.hrvstat.ingest.form;

import static se.hrvstat.ingest.form.MunicipalForm.SHEET_CASES;
import static se.hrvstat.ingest.form.MunicipalForm.SHEET_DETAILS;
import static se.hrvstat.ingest.form.MunicipalForm.SHEET_INSTRUCTIONS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the form as an .xlsx file: the blank template or a filled form. The file depends on
 * nothing but the content (not on the clock): the same content gives the same bytes.
 */
final class FormWriter {

    /** Fixed zip entry time and document date of the blank template (the output never depends on the clock). */
    private static final OffsetDateTime TEMPLATE_DATE = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private FormWriter() {
    }

    /**
     * Writes the form filled in with {@code content}, or the blank template when it is {@code null}.
     * The document date and the zip entry times are the submission time (the template's: {@link #TEMPLATE_DATE}).
     */
    static void write(Path file, FormContent content) {
        OffsetDateTime date = content == null ? TEMPLATE_DATE : content.submitted();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            describe(workbook.getProperties().getCoreProperties(), date);
            FormStyles styles = FormStyles.createIn(workbook);
            writeInstructions(workbook.createSheet(SHEET_INSTRUCTIONS), styles);
            DetailsSheetWriter.write(workbook.createSheet(SHEET_DETAILS), styles, content);
            CasesSheetWriter.write(workbook.createSheet(SHEET_CASES), styles, content == null ? null : content.rows());
            save(workbook, file, date);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write form " + file, e);
        }
    }

    private static void describe(POIXMLProperties.CoreProperties document, OffsetDateTime date) {
        document.setCreated(Optional.of(Date.from(date.toInstant())));
        document.setTitle(FormWords.get("form.title"));
        document.setCreator("hrvstat");
    }

    private static void writeInstructions(Sheet sheet, FormStyles styles) {
        List<String> lines = FormInstructions.LINES;
        for (int i = 0; i < lines.size(); i++) {
            StyledCells.text(sheet.createRow(i), 0, lines.get(i), FormInstructions.isHeading(i) ? styles.heading() : null);
        }
        sheet.setColumnWidth(0, 140 * 256);
    }

    private static void save(XSSFWorkbook workbook, Path file, OffsetDateTime date) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        workbook.write(bytes);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, ReproducibleZip.withEntryTime(bytes.toByteArray(), date));
    }
}
