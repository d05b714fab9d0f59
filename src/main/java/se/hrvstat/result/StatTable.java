package se.hrvstat.result;

import java.util.List;
import java.util.Objects;

/**
 * A published statistical table with one row dimension (the stub, e.g. municipalities) and
 * one column dimension (the heading, e.g. sectors), the shape that the workbook, the PX files
 * and the report's tables all render. Cells are numbers with a status; a suppressed cell keeps
 * no value, so that no renderer can leak it.
 *
 * @param id        stable file-safe name, e.g. {@code kanda-personer-lan}; used for PX file names
 * @param sheetName short Swedish name of its workbook sheet, e.g. "Kända personer län": at most
 *                  {@value #SHEET_NAME_MAX} characters, none of {@code [ ] : * ? / \}, not
 *                  beginning or ending with {@code '}; null lets the workbook make one from the title
 * @param title     Swedish title, e.g. "Kända personer efter län och sektor, 2024"
 * @param stubTitle Swedish name of the row variable, e.g. "Län"
 * @param stub      row labels in publication order
 * @param headingTitle Swedish name of the column variable, e.g. "Sektor"
 * @param heading   column labels in publication order
 * @param cells     {@code cells.get(row).get(column)}, stub.size() rows of heading.size() cells
 * @param unit      Swedish unit, e.g. "antal personer" or "per 10 000 invånare"
 * @param decimals  decimals shown, one per column (0 for counts, 1 for shares and rates), 0..15
 * @param source    Swedish source line
 * @param footnotes Swedish footnotes, in order
 */
public record StatTable(String id, String sheetName, String title, String stubTitle, List<String> stub,
                        String headingTitle, List<String> heading, List<List<Cell>> cells, String unit,
                        List<Integer> decimals, String source, List<String> footnotes) {

    /** Excel's limit on the length of a sheet name. */
    public static final int SHEET_NAME_MAX = 31;
    /** Most decimals a table may show (the PX format's limit for DECIMALS). */
    public static final int DECIMALS_MAX = 15;

    /** A table whose columns all show {@code decimals} decimals, its sheet name made by the workbook. */
    public StatTable(String id, String title, String stubTitle, List<String> stub, String headingTitle,
                     List<String> heading, List<List<Cell>> cells, String unit, int decimals, String source,
                     List<String> footnotes) {
        this(id, null, title, stubTitle, stub, headingTitle, heading, cells, unit,
                java.util.Collections.nCopies(heading.size(), decimals), source, footnotes);
    }

    /** Whether any cell of the table has this status (so its symbol, and its legend, is shown). */
    public boolean shows(Status status) {
        return cells.stream().flatMap(List::stream).anyMatch(c -> c.status() == status);
    }

    /** Decimals shown in column {@code column} (0-based). */
    public int decimals(int column) {
        return decimals.get(column);
    }

    /** The same decimals for {@code columns} columns. */
    public static List<Integer> decimalsOf(int columns, int decimals) {
        return java.util.Collections.nCopies(columns, decimals);
    }

    /** True for a name Excel takes for a sheet: 1..31 characters, none of [ ] : * ? / \, no ' at either end. */
    public static boolean isValidSheetName(String name) {
        return name != null && !name.isBlank() && name.length() <= SHEET_NAME_MAX && !name.matches(".*[\\[\\]:*?/\\\\].*")
                && !name.startsWith("'") && !name.endsWith("'");
    }

    /** How a cell is published. */
    public enum Status {
        /** Published as is. */
        VALUE,
        /** Published, marked uncertain (few observations or large relative error). */
        UNCERTAIN,
        /** Withheld by disclosure control (primary or secondary suppression); symbol "..". */
        SUPPRESSED,
        /** No data (e.g. the municipality did not return); symbol "–" in the report, ".." in PX. */
        MISSING
    }

    /**
     * One cell.
     *
     * @param value  the number; null exactly when the status is SUPPRESSED or MISSING
     * @param status how it is published
     */
    public record Cell(Double value, Status status) {
        public Cell {
            Objects.requireNonNull(status, "status");
            if ((value == null) != (status == Status.SUPPRESSED || status == Status.MISSING)) {
                throw new IllegalArgumentException("a " + status + " cell must " + (value == null ? "have" : "not have")
                        + " a value");
            }
        }

        public static Cell of(double value) {
            return new Cell(value, Status.VALUE);
        }

        public static Cell suppressed() {
            return new Cell(null, Status.SUPPRESSED);
        }

        public static Cell missing() {
            return new Cell(null, Status.MISSING);
        }
    }

    public StatTable {
        stub = List.copyOf(stub);
        heading = List.copyOf(heading);
        cells = cells.stream().map(List::copyOf).toList();
        footnotes = List.copyOf(footnotes);
        decimals = List.copyOf(decimals);
        if (decimals.size() != heading.size()) {
            throw new IllegalArgumentException(id + ": " + decimals.size() + " column decimals for " + heading.size()
                    + " heading labels");
        }
        for (int d : decimals) {
            if (d < 0 || d > DECIMALS_MAX) {
                throw new IllegalArgumentException(id + ": " + d + " decimals; a column shows 0.." + DECIMALS_MAX);
            }
        }
        if (sheetName != null && !isValidSheetName(sheetName)) {
            throw new IllegalArgumentException(id + ": sheet name '" + sheetName + "' is not one Excel takes (at most "
                    + SHEET_NAME_MAX + " characters, none of [ ] : * ? / \\, no ' at either end)");
        }
        if (cells.size() != stub.size()) {
            throw new IllegalArgumentException(id + ": " + cells.size() + " rows of cells for " + stub.size() + " stub labels");
        }
        for (List<Cell> row : cells) {
            if (row.size() != heading.size()) {
                throw new IllegalArgumentException(id + ": a row of " + row.size() + " cells for " + heading.size()
                        + " heading labels");
            }
        }
    }
}
