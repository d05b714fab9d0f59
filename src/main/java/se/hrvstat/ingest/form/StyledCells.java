package se.hrvstat.ingest.form;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/** Puts a value into a cell of a form being written, with a style ({@code null}: the default style). */
final class StyledCells {

    private StyledCells() {
    }

    /** Text into the cell at {@code ref} (such as {@code B3}), made if missing. */
    static void text(Sheet sheet, String ref, String value, CellStyle style) {
        Cell cell = at(sheet, ref);
        cell.setCellValue(value);
        style(cell, style);
    }

    /** A number into the cell at {@code ref}, made if missing. */
    static void number(Sheet sheet, String ref, double value, CellStyle style) {
        Cell cell = at(sheet, ref);
        cell.setCellValue(value);
        style(cell, style);
    }

    /** Text into a new cell in 0-based {@code column} of {@code row}. */
    static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        style(cell, style);
    }

    private static void style(Cell cell, CellStyle style) {
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static Cell at(Sheet sheet, String ref) {
        CellReference address = new CellReference(ref);
        Row row = sheet.getRow(address.getRow());
        if (row == null) {
            row = sheet.createRow(address.getRow());
        }
        Cell cell = row.getCell(address.getCol());
        return cell == null ? row.createCell(address.getCol()) : cell;
    }
}
