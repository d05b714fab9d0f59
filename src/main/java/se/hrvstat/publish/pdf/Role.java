package se.hrvstat.publish.pdf;

/**
 * What one printed element is in the PDF structure tree (ISO 32000-1, 14.8.4 standard structure
 * types), decided by {@link PageRoles} before the page is written.
 *
 * @param kind the structure the element gets
 * @param level heading level 1..6 for {@link Kind#HEADING}, otherwise 0
 * @param header for table cells: a header cell (TH) rather than a data cell (TD)
 * @param firstInRow for {@link Kind#CELL}: the first cell of its row
 * @param lastInRow for {@link Kind#CELL}: the last cell of its row
 * @param x the element's left edge on the page, in points
 * @param beforeRow for {@link Kind#TEXT}: the next content on the page is a table row (so a
 *        single text indented like the open table is one of its rows, e.g. a group label)
 * @param alt the alternative text of a {@link Kind#FIGURE}
 * @param toc for {@link Kind#CELL}: the row is an entry of a table of contents (every cell links
 *        within the document), written as TOCI in a TOC instead of TR in a Table
 */
record Role(Kind kind, int level, boolean header, boolean firstInRow, boolean lastInRow, int x,
        boolean beforeRow, String alt, boolean toc) {

    enum Kind {
        /** Not part of the content: page headers and footers, decoration (PDF 14.8.2.2). */
        ARTIFACT,
        /** A heading H1..H6. */
        HEADING,
        /** A chart or picture with alternative text. */
        FIGURE,
        /** One cell of a table row (several texts side by side at the same height). */
        CELL,
        /** Running text: one P per paragraph. */
        TEXT,
        /** Frames, lines, rectangles: the exporter writes them as artifacts itself. */
        NONE
    }

    static final Role NONE = new Role(Kind.NONE, 0, false, false, false, 0, false, null, false);
    static final Role ARTIFACT = new Role(Kind.ARTIFACT, 0, false, false, false, 0, false, null, false);

    static Role heading(int level) {
        return new Role(Kind.HEADING, level, false, false, false, 0, false, null, false);
    }

    static Role figure(String alt) {
        return new Role(Kind.FIGURE, 0, false, false, false, 0, false, alt, false);
    }

    static Role cell(boolean header, boolean first, boolean last, int x, boolean toc) {
        return new Role(Kind.CELL, 0, header, first, last, x, false, null, toc);
    }

    static Role text(int x, boolean bold, boolean beforeRow) {
        return new Role(Kind.TEXT, 0, bold, false, false, x, beforeRow, null, false);
    }
}
