package se.hrvstat.ingest.form;

import static se.hrvstat.ingest.form.MunicipalForm.CODE_ROW;
import static se.hrvstat.ingest.form.MunicipalForm.EXPLANATION_COLUMN;
import static se.hrvstat.ingest.form.MunicipalForm.FIRST_MEASURE_COLUMN;
import static se.hrvstat.ingest.form.MunicipalForm.MEASURES;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes the sheet {@value MunicipalForm#SHEET_CASES}: a heading row in words, a row of codes,
 * then one row per sector × sex × age group ({@link CaseRow}) with a yellow cell per measure and
 * the row explained in words.
 */
final class CasesSheetWriter {

    private static final String[] KEY_LABELS = {"form.cases.sector", "form.cases.sex", "form.cases.age"};
    private static final String[] KEY_CODES = {"sector", "sex", "age_group"};

    private final Sheet sheet;
    private final FormStyles styles;

    private CasesSheetWriter(Sheet sheet, FormStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** Writes the sheet with the counts of {@code counts}, or with empty count cells when it is {@code null}. */
    static void write(Sheet sheet, FormStyles styles, List<ReturnRow> counts) {
        CasesSheetWriter writer = new CasesSheetWriter(sheet, styles);
        StyledCells.text(sheet, "A1", FormWords.get("form.cases.title"), styles.heading());
        StyledCells.text(sheet, "A2", FormWords.get("form.cases.hint"), null);
        writer.columnHeadings();
        for (CaseRow row : CaseRow.all()) {
            writer.caseRow(row, counts);
        }
        writer.columnWidths();
        sheet.createFreezePane(3, CODE_ROW);
    }

    /** The headings in words above the row of codes ({@value MunicipalForm#CODE_ROW}). */
    private void columnHeadings() {
        Row labels = sheet.createRow(CODE_ROW - 2);
        Row codes = sheet.createRow(CODE_ROW - 1);
        for (int k = 0; k < KEY_CODES.length; k++) {
            StyledCells.text(labels, k, FormWords.get(KEY_LABELS[k]), styles.heading());
            StyledCells.text(codes, k, KEY_CODES[k], styles.code());
        }
        for (int m = 0; m < MEASURES.size(); m++) {
            StyledCells.text(labels, FIRST_MEASURE_COLUMN + m, FormLabels.measure(m), styles.heading());
            StyledCells.text(codes, FIRST_MEASURE_COLUMN + m, MEASURES.get(m), styles.code());
        }
        StyledCells.text(labels, EXPLANATION_COLUMN, FormWords.get("form.cases.explanation"), styles.heading());
    }

    private void caseRow(CaseRow key, List<ReturnRow> counts) {
        Row row = sheet.createRow(key.index());
        StyledCells.text(row, 0, key.sector(), styles.code());
        StyledCells.text(row, 1, key.sex(), styles.code());
        StyledCells.text(row, 2, key.ageGroup(), styles.code());
        StyledCells.text(row, EXPLANATION_COLUMN, FormLabels.explanation(key), null);
        for (int m = 0; m < MEASURES.size(); m++) {
            Cell cell = row.createCell(FIRST_MEASURE_COLUMN + m);
            cell.setCellStyle(styles.input());
            Long count = counts == null ? null : count(counts, key, MEASURES.get(m));
            if (count != null) {
                cell.setCellValue(count);
            }
        }
    }

    private void columnWidths() {
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        for (int m = 0; m < MEASURES.size(); m++) {
            sheet.setColumnWidth(FIRST_MEASURE_COLUMN + m, 16 * 256);
        }
        sheet.setColumnWidth(EXPLANATION_COLUMN, 48 * 256);
    }

    /** The count of {@code measure} in the row {@code key}: the last one given, or null (an empty cell) if none. */
    private static Long count(List<ReturnRow> counts, CaseRow key, String measure) {
        Long found = null;
        for (ReturnRow r : counts) {
            if (r.sector().equals(key.sector()) && r.sex().equals(key.sex()) && r.ageGroup().equals(key.ageGroup())
                    && r.measure().equals(measure)) {
                found = r.value();
            }
        }
        return found;
    }
}
