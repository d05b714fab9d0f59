package se.hrvstat.ingest.form;

import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * One sheet of a form being read, cell by cell with checks: a formula is refused, text is trimmed,
 * a code must be the one the form was written with, a number must be whole and in range. Every
 * refusal is a {@link FormReadException} naming the file, the sheet and the cell.
 *
 * @param file  the form file, for the messages
 * @param sheet the sheet as found in the workbook
 */
record CheckedSheet(Path file, Sheet sheet) {

    /** The sheet {@code name} of {@code workbook}; refused when the sheet is missing. */
    static CheckedSheet of(Path file, Workbook workbook, String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw new FormReadException(file, name, null, "the sheet is missing (sheet names must not be changed)");
        }
        return new CheckedSheet(file, sheet);
    }

    /**
     * The cell at {@code ref}, or null if it was never written. A formula is refused, whatever its
     * cached result: a form is read without calculating, and a formula ({@code =HYPERLINK(...)},
     * a sum typed by hand) is not the value the municipality reports.
     */
    Cell cell(String ref) {
        CellReference address = new CellReference(ref);
        Row row = sheet.getRow(address.getRow());
        Cell cell = row == null ? null : row.getCell(address.getCol());
        if (cell != null && cell.getCellType() == CellType.FORMULA) {
            throw refusal(ref, "the cell holds a formula, not a value: type the value itself (forms are read without calculating)");
        }
        return cell;
    }

    /** The cell as trimmed text: empty for a blank cell, a whole number without decimals. */
    String text(String ref) {
        Cell c = cell(ref);
        return switch (type(c)) {
            case STRING -> c.getStringCellValue().trim();
            case BLANK -> "";
            case NUMERIC -> {
                double d = c.getNumericCellValue();
                yield d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
            }
            default -> throw refusal(ref, "expected text, found a " + typeName(c) + " cell");
        };
    }

    /** Refuses the cell unless it holds the code {@code expected} (codes tell the reader what a cell means). */
    void expectCode(String ref, String expected) {
        String found = text(ref);
        if (!found.equals(expected)) {
            throw refusal(ref, "expected the code '" + expected + "', found '" + found + "' (codes must not be changed)");
        }
    }

    /** A whole number in [min, max]; a blank cell is refused. */
    long wholeNumber(String ref, long min, long max) {
        return inRange(ref, parseWholeNumber(ref, cell(ref)), min, max);
    }

    /** A count (a whole number, 0 or more), or empty for a blank cell (a text of spaces is blank too). */
    OptionalLong count(String ref) {
        Cell c = cell(ref);
        if (isBlank(c)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(inRange(ref, parseWholeNumber(ref, c), 0, Long.MAX_VALUE));
    }

    private long parseWholeNumber(String ref, Cell c) {
        return switch (type(c)) {
            case BLANK -> throw refusal(ref, "a value is required");
            case NUMERIC -> wholeNumber(ref, c.getNumericCellValue());
            case STRING -> wholeNumber(ref, c.getStringCellValue());
            default -> throw refusal(ref, "expected a whole number, found a " + typeName(c) + " cell");
        };
    }

    private long wholeNumber(String ref, double d) {
        if (d != Math.rint(d) || Double.isInfinite(d) || Math.abs(d) > 1e15) {
            throw refusal(ref, "expected a whole number, found " + d);
        }
        return (long) d;
    }

    /** A whole number typed as text; spaces (also non-breaking ones, as in "1 200") are ignored. */
    private long wholeNumber(String ref, String typed) {
        String digits = withoutSpaces(typed);
        if (!digits.matches("-?[0-9]{1,15}")) {
            throw refusal(ref, "expected a whole number, found '" + typed + "'");
        }
        return Long.parseLong(digits);
    }

    private long inRange(String ref, long v, long min, long max) {
        if (v < min || v > max) {
            throw refusal(ref, "value " + v + " is out of range (" + min + (max == Long.MAX_VALUE ? " or more" : "-" + max) + ")");
        }
        return v;
    }

    private static boolean isBlank(Cell c) {
        CellType type = type(c);
        return type == CellType.BLANK || type == CellType.STRING && withoutSpaces(c.getStringCellValue()).isEmpty();
    }

    private static String withoutSpaces(String typed) {
        return typed.trim().replace("\u00a0", "").replace(" ", "");
    }

    /** The type of a cell that {@link #cell} returned (a formula never gets this far); a missing cell is blank. */
    private static CellType type(Cell c) {
        return c == null ? CellType.BLANK : c.getCellType();
    }

    private static String typeName(Cell c) {
        return type(c).name().toLowerCase(Locale.ROOT);
    }

    private FormReadException refusal(String ref, String problem) {
        return new FormReadException(file, sheet.getSheetName(), ref, problem);
    }
}
