package se.hrvstat.publish;

import java.util.List;
import java.util.Objects;

/**
 * A published statistical table with one row dimension (the stub, e.g. municipalities) and
 * one column dimension (the heading, e.g. sectors), the shape that the workbook, the PX files
 * and the report's tables all render. Cells are numbers with a status; a suppressed cell keeps
 * no value, so that no renderer can leak it.
 *
 * @param id        stable file-safe name, e.g. {@code kanda-personer-lan}; used for sheet and PX file names
 * @param title     Swedish title, e.g. "Kända personer efter län och sektor, 2024"
 * @param stubTitle Swedish name of the row variable, e.g. "Län"
 * @param stub      row labels in publication order
 * @param headingTitle Swedish name of the column variable, e.g. "Sektor"
 * @param heading   column labels in publication order
 * @param cells     {@code cells.get(row).get(column)}, stub.size() rows of heading.size() cells
 * @param unit      Swedish unit, e.g. "antal personer" or "per 10 000 invånare"
 * @param decimals  decimals shown
 * @param source    Swedish source line
 * @param footnotes Swedish footnotes, in order
 */
public record StatTable(String id, String title, String stubTitle, List<String> stub, String headingTitle,
                        List<String> heading, List<List<Cell>> cells, String unit, int decimals, String source,
                        List<String> footnotes) {

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
