package se.hrvstat.ingest.form;

import static se.hrvstat.ingest.form.MunicipalForm.CELL_KOMMUNKOD;
import static se.hrvstat.ingest.form.MunicipalForm.CELL_SUBMITTED;
import static se.hrvstat.ingest.form.MunicipalForm.CELL_YEAR;
import static se.hrvstat.ingest.form.MunicipalForm.CODE_ROW;
import static se.hrvstat.ingest.form.MunicipalForm.EFFORT_FIELDS;
import static se.hrvstat.ingest.form.MunicipalForm.FIRST_MEASURE_COLUMN;
import static se.hrvstat.ingest.form.MunicipalForm.MEASURES;
import static se.hrvstat.ingest.form.MunicipalForm.SHEET_CASES;
import static se.hrvstat.ingest.form.MunicipalForm.SHEET_DETAILS;
import static se.hrvstat.ingest.form.MunicipalForm.TIMESTAMP;
import static se.hrvstat.ingest.form.MunicipalForm.effortRow;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;

/**
 * Reads a filled-in form's workbook back into {@link FormContent}: the sheet
 * {@value MunicipalForm#SHEET_DETAILS} (kommunkod, year, submission time, efforts), then the sheet
 * {@value MunicipalForm#SHEET_CASES} (the counts). The first bad cell stops the reading with a
 * {@link FormReadException} that names file, sheet and cell.
 */
final class FormReader {

    private FormReader() {
    }

    static FormContent read(Path file, Workbook workbook) {
        CheckedSheet details = CheckedSheet.of(file, workbook, SHEET_DETAILS);
        String kommunkod = kommunkod(details);
        int year = (int) details.wholeNumber(CELL_YEAR, 1900, 2999);
        OffsetDateTime submitted = submitted(details);
        Efforts efforts = efforts(details);
        List<ReturnRow> counts = counts(CheckedSheet.of(file, workbook, SHEET_CASES));
        return new FormContent(kommunkod, year, submitted, counts, efforts);
    }

    private static String kommunkod(CheckedSheet details) {
        Cell cell = details.cell(CELL_KOMMUNKOD);
        String v = cell != null && cell.getCellType() == CellType.NUMERIC
                ? withLeadingZeros(cell.getNumericCellValue())
                : details.text(CELL_KOMMUNKOD);
        if (!v.matches("[0-9]{4}")) {
            throw refusal(details, CELL_KOMMUNKOD, "expected a kommunkod of four digits, found '" + v + "'");
        }
        return v;
    }

    /** Excel turns 0114 into the number 114 unless the cell is text; restore the leading zero. */
    private static String withLeadingZeros(double d) {
        return d == Math.rint(d) && d >= 0 && d < 10_000 ? String.format(Locale.ROOT, "%04d", (long) d) : "" + d;
    }

    private static OffsetDateTime submitted(CheckedSheet details) {
        String text = details.text(CELL_SUBMITTED);
        try {
            return OffsetDateTime.parse(text, TIMESTAMP);
        } catch (DateTimeParseException e) {
            throw refusal(details, CELL_SUBMITTED, "expected a timestamp like 2025-03-14T09:30:00Z, found '" + text + "'");
        }
    }

    /** The efforts, field by field: the code in column C checked, the answer in column B read. */
    private static Efforts efforts(CheckedSheet details) {
        boolean[] yes = new boolean[EFFORT_FIELDS.size()];
        long trained = 0;
        long total = 0;
        for (int i = 0; i < EFFORT_FIELDS.size(); i++) {
            String field = EFFORT_FIELDS.get(i);
            details.expectCode("C" + effortRow(i), field);
            String answer = "B" + effortRow(i);
            switch (field) {
                case "staff_trained" -> trained = details.wholeNumber(answer, 0, Long.MAX_VALUE);
                case "staff_total" -> total = details.wholeNumber(answer, 1, Long.MAX_VALUE);
                default -> yes[i] = isYes(details, answer, field);
            }
        }
        return new Efforts(yes[0], yes[1], yes[2], yes[3], trained, total, yes[6], yes[7], yes[8]);
    }

    /** A yes/no answer, {@code ja} or {@code nej} in any case. */
    private static boolean isYes(CheckedSheet details, String ref, String field) {
        String v = details.text(ref).toLowerCase(Locale.ROOT);
        if (!v.equals("ja") && !v.equals("nej")) {
            throw refusal(details, ref, "expected 'ja' or 'nej' for " + field + ", found '" + v + "'");
        }
        return v.equals("ja");
    }

    /** The counts, after checking the measure codes; a blank cell gives no row. */
    private static List<ReturnRow> counts(CheckedSheet cases) {
        for (int m = 0; m < MEASURES.size(); m++) {
            cases.expectCode(new CellAddress(CODE_ROW - 1, FIRST_MEASURE_COLUMN + m).formatAsString(), MEASURES.get(m));
        }
        List<ReturnRow> counts = new ArrayList<>();
        for (CaseRow row : CaseRow.all()) {
            readRow(cases, row, counts);
        }
        return counts;
    }

    /** One count row: its codes in columns A-C checked, then one row per filled count cell. */
    private static void readRow(CheckedSheet cases, CaseRow row, List<ReturnRow> counts) {
        cases.expectCode(row.cell(0), row.sector());
        cases.expectCode(row.cell(1), row.sex());
        cases.expectCode(row.cell(2), row.ageGroup());
        for (int m = 0; m < MEASURES.size(); m++) {
            OptionalLong count = cases.count(row.measureCell(m));
            if (count.isPresent()) {
                counts.add(new ReturnRow(row.sector(), row.sex(), row.ageGroup(), MEASURES.get(m), count.getAsLong()));
            }
        }
    }

    /**
     * A refusal of a cell on {@value MunicipalForm#SHEET_DETAILS}, with the sheet named as the form
     * names it (the checks of {@link CheckedSheet} name it as the file spells it; the two differ
     * only when the sender changed the case of the sheet name, which POI's lookup ignores).
     */
    private static FormReadException refusal(CheckedSheet details, String ref, String problem) {
        return new FormReadException(details.file(), SHEET_DETAILS, ref, problem);
    }
}
