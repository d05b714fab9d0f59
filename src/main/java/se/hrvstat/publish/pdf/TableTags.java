package se.hrvstat.publish.pdf;

import net.sf.jasperreports.pdf.common.PdfStructure;
import net.sf.jasperreports.pdf.common.PdfStructureEntry;

/**
 * The open Table, TR and TH/TD structure elements while a table is being written. A table is
 * opened by its first row and closed by the first content that is not one of its rows; it may
 * continue over a page break (structure elements are not bound to pages, only marked content
 * is). Cells are containers whose paragraphs are P elements (ISO 32000-1, 14.8.4.3.4).
 *
 * <p>Rows of a table of contents go the same way into a TOC of TOCI entries, the cells' paragraphs
 * being Reference elements (14.8.4.3.3, 14.8.4.4.1) with no cell containers.
 */
final class TableTags {

    private final PdfStructure structure;
    private final PdfStructureEntry document;
    private PdfStructureEntry table;
    private PdfStructureEntry row;
    private PdfStructureEntry cell;
    private boolean toc;
    private int left;
    private int columns;
    private int cellsInRow;

    TableTags(PdfStructure structure, PdfStructureEntry document) {
        this.structure = structure;
        this.document = document;
    }

    /** Whether a single text at {@code x} is indented at least like the open table's first column. */
    boolean takesGroupLabelAt(int x) {
        return table != null && !toc && x >= left;
    }

    void startCell(Role role) {
        if (role.firstInRow()) {
            if (table != null && toc != role.toc()) {
                close();
            }
            if (table == null) {
                toc = role.toc();
                table = container(document, toc ? "TOC" : "Table");
                left = role.x();
                columns = 0;
            }
            row = container(table, toc ? "TOCI" : "TR");
            cellsInRow = 0;
        }
        cellsInRow++;
        if (toc) {
            cell = row;
            return;
        }
        cell = container(row, role.header() ? "TH" : "TD");
        if (role.header()) {
            cell.setScope("Column");
        }
    }

    /** The structure type of a paragraph in the current cell. */
    String paragraphType() {
        return toc ? "Reference" : "P";
    }

    void endCell(Role role) {
        cell = null;
        if (role.lastInRow()) {
            columns = Math.max(columns, cellsInRow);
            row = null;
        }
    }

    /** A group label inside the table: a row with one cell over all columns. */
    void startGroupRow(boolean header) {
        row = container(table, "TR");
        cell = container(row, header ? "TH" : "TD");
        if (columns > 1) {
            cell.setSpan(columns, 1);
        }
        if (header) {
            // after setSpan, which replaces the attribute array; setScope adds to it
            cell.setScope("Row");
        }
    }

    void endGroupRow() {
        cell = null;
        row = null;
    }

    PdfStructureEntry cell() {
        return cell;
    }

    void close() {
        table = null;
        row = null;
        cell = null;
    }

    private PdfStructureEntry container(PdfStructureEntry parent, String type) {
        PdfStructureEntry entry = structure.createTag(parent, type);
        entry.putArray("K");
        return entry;
    }
}
