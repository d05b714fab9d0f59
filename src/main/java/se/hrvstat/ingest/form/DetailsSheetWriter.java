package se.hrvstat.ingest.form;

import static se.hrvstat.ingest.form.MunicipalForm.CELL_KOMMUNKOD;
import static se.hrvstat.ingest.form.MunicipalForm.CELL_SUBMITTED;
import static se.hrvstat.ingest.form.MunicipalForm.CELL_YEAR;
import static se.hrvstat.ingest.form.MunicipalForm.EFFORT_FIELDS;
import static se.hrvstat.ingest.form.MunicipalForm.TIMESTAMP;
import static se.hrvstat.ingest.form.MunicipalForm.effortRow;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Writes the sheet {@value MunicipalForm#SHEET_DETAILS}: who reports for which year and when, and
 * the answers about the municipality's efforts, each beside its question and its field code.
 */
final class DetailsSheetWriter {

    private final Sheet sheet;
    private final FormStyles styles;

    private DetailsSheetWriter(Sheet sheet, FormStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** Writes the sheet filled in with {@code content}, or blank when it is {@code null}. */
    static void write(Sheet sheet, FormStyles styles, FormContent content) {
        DetailsSheetWriter writer = new DetailsSheetWriter(sheet, styles);
        writer.headings();
        writer.identity(content);
        for (int i = 0; i < EFFORT_FIELDS.size(); i++) {
            writer.effort(i, content == null ? null : content.efforts());
        }
        writer.yesNoLists();
        sheet.setColumnWidth(0, 90 * 256);
        sheet.setColumnWidth(1, 28 * 256);
        sheet.setColumnWidth(2, 22 * 256);
    }

    private void headings() {
        text("A1", FormWords.get("form.details.title"), styles.heading());
        text("A3", FormWords.get("form.details.kommunkod"), null);
        text("A4", FormWords.get("form.details.year"), null);
        text("A5", FormWords.get("form.details.submitted"), null);
        text("C3", "kommunkod", styles.code());
        text("C4", "year", styles.code());
        text("C5", "submitted", styles.code());
        text("A7", FormWords.get("form.details.efforts"), styles.heading());
    }

    /** Kommunkod, year and submission time; empty input cells on the blank template. */
    private void identity(FormContent content) {
        text(CELL_KOMMUNKOD, content == null ? "" : content.kommunkod(), styles.input());
        if (content == null) {
            text(CELL_YEAR, "", styles.input());
            text(CELL_SUBMITTED, "", styles.input());
        } else {
            StyledCells.number(sheet, CELL_YEAR, content.year(), styles.input());
            text(CELL_SUBMITTED, TIMESTAMP.format(content.submitted()), styles.input());
        }
    }

    /** Effort field {@code index}: question in A, answer in B (empty when {@code efforts} is null), code in C. */
    private void effort(int index, Efforts efforts) {
        int row = effortRow(index);
        String field = EFFORT_FIELDS.get(index);
        text("A" + row, FormLabels.effortQuestion(index), null);
        text("C" + row, field, styles.code());
        String answer = "B" + row;
        if (efforts == null) {
            text(answer, "", styles.input());
            return;
        }
        switch (field) {
            case "staff_trained" -> StyledCells.number(sheet, answer, efforts.staffTrained(), styles.input());
            case "staff_total" -> StyledCells.number(sheet, answer, efforts.staffTotal(), styles.input());
            default -> text(answer, isYes(efforts, field) ? "ja" : "nej", styles.input());
        }
    }

    /** A drop-down list of ja/nej on every answer that is not a number of staff. */
    private void yesNoLists() {
        DataValidationHelper validations = sheet.getDataValidationHelper();
        for (int i = 0; i < EFFORT_FIELDS.size(); i++) {
            if (EFFORT_FIELDS.get(i).startsWith("staff_")) {
                continue;
            }
            int row0 = effortRow(i) - 1;
            DataValidationConstraint yesNo = validations.createExplicitListConstraint(new String[] {"ja", "nej"});
            DataValidation list = validations.createValidation(yesNo, new CellRangeAddressList(row0, row0, 1, 1));
            list.setShowErrorBox(true);
            sheet.addValidationData(list);
        }
    }

    private static boolean isYes(Efforts e, String field) {
        return switch (field) {
            case "action_plan" -> e.actionPlan();
            case "routine_social" -> e.routineSocial();
            case "routine_school" -> e.routineSchool();
            case "coordinator" -> e.coordinator();
            case "cooperation_police" -> e.cooperationPolice();
            case "cooperation_region" -> e.cooperationRegion();
            case "preventive_method" -> e.preventiveMethod();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private void text(String ref, String value, CellStyle style) {
        StyledCells.text(sheet, ref, value, style);
    }
}
