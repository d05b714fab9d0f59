package se.hrvstat.ingest.form;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The three cell styles of the form.
 *
 * @param heading bold, for titles and column headings
 * @param input   light yellow, for the cells the municipality fills in
 * @param code    grey, for the codes that are read back and must not be changed
 */
record FormStyles(CellStyle heading, CellStyle input, CellStyle code) {

    /** Creates the styles in {@code workbook}, always in the same order (the order is part of the file's bytes). */
    static FormStyles createIn(Workbook workbook) {
        CellStyle heading = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        heading.setFont(bold);
        CellStyle input = filled(workbook, IndexedColors.LIGHT_YELLOW);
        CellStyle code = filled(workbook, IndexedColors.GREY_25_PERCENT);
        return new FormStyles(heading, input, code);
    }

    private static CellStyle filled(Workbook workbook, IndexedColors colour) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
