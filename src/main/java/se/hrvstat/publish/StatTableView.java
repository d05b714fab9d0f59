package se.hrvstat.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import se.hrvstat.result.StatTable;

/**
 * A {@link StatTable} as the PDF templates take it ({@code stat-tables.jrxml},
 * {@code stat-table-rows.jrxml}): texts already formatted the Swedish way, a table with more
 * than {@value #COLUMNS} value columns cut into parts of that many columns (the stub repeated).
 * Symbols: {@code ..} suppressed, {@code –} missing, {@code *} after an uncertain value.
 */
final class StatTableView {

    /**
     * Value columns the template has room for on an A4 page: five of {@value #COLUMN_WIDTH} pt
     * after a 130 pt stub, wide enough that no word of a Swedish column header ("Förebyggande",
     * "befolkningen", "Handlingsplan") is broken inside (StatTableLayoutTest measures them).
     */
    static final int COLUMNS = 5;
    /** Width in points of a value column in {@code stat-tables.jrxml} and {@code stat-table-rows.jrxml}. */
    static final float COLUMN_WIDTH = 65f;
    /** Font size of the column headers in {@code stat-tables.jrxml} (DejaVu Sans Bold). */
    static final float HEADER_FONT_SIZE = 7.5f;
    static final String SYMBOL_MISSING = "\u2013";
    /**
     * Most rows of a table part kept whole on one page with its title and notes (stat-tables.jrxml);
     * a longer part runs on over the pages with its column header repeated.
     */
    static final int SMALL_ROWS = 30;

    private StatTableView() {
    }

    /** The text of one cell as printed. */
    static String text(StatTable.Cell cell, int decimals) {
        return switch (cell.status()) {
            case SUPPRESSED -> SwedishFormat.SYMBOL_SUPPRESSED;
            case MISSING -> SYMBOL_MISSING;
            case UNCERTAIN -> SwedishFormat.decimal(cell.value(), decimals) + SwedishFormat.SYMBOL_UNCERTAIN;
            case VALUE -> SwedishFormat.decimal(cell.value(), decimals);
        };
    }

    /**
     * Records of the tables, each numbered as in the workbook ({@link TableNumbers#statTable}: "Tabell 3.1. ...",
     * {@code pdf.tables.*} of the texts).
     */
    static List<Map<String, ?>> records(List<StatTable> tables, TableNumbers numbers, Texts texts) {
        List<Map<String, ?>> records = new ArrayList<>();
        for (StatTable t : tables) {
            String number = numbers.statTable(t.id());
            List<Integer> sizes = partSizes(t.heading().size());
            int parts = sizes.size();
            int from = 0;
            for (int part = 0; part < parts; part++) {
                int to = from + sizes.get(part);
                Map<String, Object> m = new HashMap<>();
                String heading = texts.get("pdf.tables.title", number, t.title());
                m.put("title", (parts > 1 ? texts.get("pdf.tables.title.part", heading, part + 1, parts) : heading)
                        + ". " + capitalised(t.unit()));
                m.put("anchor", part == 0 ? heading : null);
                m.put("stubTitle", t.stubTitle());
                m.put("small", t.stub().size() <= SMALL_ROWS);
                for (int c = from; c < to; c++) {
                    m.put("h" + (c - from + 1), t.heading().get(c));
                }
                List<Map<String, ?>> rows = new ArrayList<>();
                for (int r = 0; r < t.stub().size(); r++) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("stub", t.stub().get(r));
                    for (int c = from; c < to; c++) {
                        row.put("c" + (c - from + 1), text(t.cells().get(r).get(c), t.decimals(c)));
                    }
                    rows.add(row);
                }
                m.put("rows", new JRMapCollectionDataSource(rows));
                List<String> note = new ArrayList<>(notesForSymbolsShown(t));
                note.add(t.source());
                m.put("note", String.join("\n", note));
                records.add(m);
                from = to;
            }
        }
        return records;
    }

    /**
     * The number of value columns of each part of a table of {@code columns} columns: as few parts
     * as {@link #COLUMNS} allows, the columns spread evenly over them (6 gives 3 + 3, never 5 + 1).
     */
    static List<Integer> partSizes(int columns) {
        int parts = Math.max(1, (columns + COLUMNS - 1) / COLUMNS);
        List<Integer> sizes = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            sizes.add(columns / parts + (part < columns % parts ? 1 : 0));
        }
        return sizes;
    }

    /**
     * The table's footnotes without those that explain a symbol ({@code ".." = ...}, {@code "–" = ...},
     * {@code "*" = ...}) no cell of the table shows.
     */
    static List<String> notesForSymbolsShown(StatTable t) {
        List<String> notes = new ArrayList<>();
        for (String note : t.footnotes()) {
            StatTable.Status explained = explainedStatus(note);
            if (explained == null || t.shows(explained)) {
                notes.add(note);
            }
        }
        return notes;
    }

    /** The cell status a footnote explains by its leading symbol, or null for any other note. */
    private static StatTable.Status explainedStatus(String note) {
        String s = note.strip();
        if (s.startsWith("\"" + SwedishFormat.SYMBOL_SUPPRESSED + "\"") || s.startsWith(SwedishFormat.SYMBOL_SUPPRESSED + " ")) {
            return StatTable.Status.SUPPRESSED;
        }
        if (s.startsWith("\"" + SYMBOL_MISSING + "\"") || s.startsWith(SYMBOL_MISSING + " ")) {
            return StatTable.Status.MISSING;
        }
        if (s.startsWith("\"" + SwedishFormat.SYMBOL_UNCERTAIN + "\"") || s.startsWith(SwedishFormat.SYMBOL_UNCERTAIN + " ")) {
            return StatTable.Status.UNCERTAIN;
        }
        return null;
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
