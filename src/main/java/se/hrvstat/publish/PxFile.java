package se.hrvstat.publish;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one PX file (PC-Axis / PxWeb), built keyword by keyword in the order of the PX
 * specification (Statistics Sweden, "PX-file format specification AXIS-VERSION 2013", section 3.4
 * "Recommended order of the keywords"), ending with {@code DATA}.
 *
 * <p>Syntax rules applied here (same specification, section 2): {@code KEYWORD("sub","keys")=value;};
 * texts are in double quotes and may not contain a double quote (one is replaced by a single
 * quote); a list of texts is comma separated; a record is at most 256 characters, so a long text
 * is cut into several quoted pieces on consecutive lines (a reader joins them) and a long list
 * is broken after a comma. Data cells are separated by spaces; the dot codes {@code ".."} and the
 * dash are written in quotes. Lines end in CR LF. Not thread safe; one instance per file.
 */
final class PxFile {

    /** Longest record the specification allows. */
    static final int MAX_LINE = 256;
    private static final String EOL = "\r\n";
    private final StringBuilder text = new StringBuilder();

    /** {@code KEYWORD="text";} (a long text is split over several lines). */
    PxFile text(String keyword, String value) {
        return texts(keyword, List.of(), List.of(value));
    }

    /** {@code KEYWORD("sub1","sub2")="text";}. */
    PxFile text(String keyword, List<String> subkeys, String value) {
        return texts(keyword, subkeys, List.of(value));
    }

    /** {@code KEYWORD("sub")="a","b","c";}, broken after commas to keep records within 256 characters. */
    PxFile texts(String keyword, List<String> subkeys, List<String> values) {
        StringBuilder line = new StringBuilder(head(keyword, subkeys));
        for (int i = 0; i < values.size(); i++) {
            String item = quote(values.get(i));
            String sep = i < values.size() - 1 ? "," : ";";
            if (values.size() == 1 && line.length() + item.length() + 1 > MAX_LINE) {
                appendLongText(line, values.get(i));
                return this;
            }
            if (i > 0 && line.length() + item.length() + sep.length() > MAX_LINE) {
                text.append(line).append(EOL);
                line.setLength(0);
            }
            line.append(item).append(sep);
        }
        if (values.isEmpty()) {
            line.append("\"\";");
        }
        text.append(line).append(EOL);
        return this;
    }

    /** {@code KEYWORD=12;} or {@code KEYWORD("sub","keys")=12;}. */
    PxFile number(String keyword, List<String> subkeys, long value) {
        text.append(head(keyword, subkeys)).append(value).append(';').append(EOL);
        return this;
    }

    /** {@code KEYWORD=YES;} / {@code NO;}. */
    PxFile bool(String keyword, boolean value) {
        text.append(keyword).append('=').append(value ? "YES" : "NO").append(';').append(EOL);
        return this;
    }

    /** A raw value as the specification writes it, e.g. {@code TLIST(A1),"2022","2024"}. */
    PxFile raw(String keyword, List<String> subkeys, String value) {
        text.append(head(keyword, subkeys)).append(value).append(';').append(EOL);
        return this;
    }

    /**
     * {@code DATA=} followed by the cells, {@code perRow} cells a line (one line per stub row, as the
     * specification recommends), each line ending in a space, the last cell in {@code ;}.
     */
    PxFile data(List<String> cells, int perRow) {
        text.append("DATA=").append(EOL);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(cells.get(i));
            boolean endOfRow = perRow > 0 && (i + 1) % perRow == 0;
            if (i == cells.size() - 1) {
                line.append(';');
                text.append(line).append(EOL);
            } else if (endOfRow) {
                text.append(line).append(' ').append(EOL);
                line.setLength(0);
            } else {
                line.append(' ');
            }
        }
        if (cells.isEmpty()) {
            text.append(';').append(EOL);
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String head(String keyword, List<String> subkeys) {
        if (subkeys.isEmpty()) {
            return keyword + "=";
        }
        List<String> quoted = new ArrayList<>();
        for (String s : subkeys) {
            quoted.add(quote(s));
        }
        return keyword + "(" + String.join(",", quoted) + ")=";
    }

    /** A long text as quoted pieces of at most 256 characters a line; a reader joins adjacent pieces. */
    private void appendLongText(StringBuilder line, String value) {
        String rest = clean(value);
        while (true) {
            int room = MAX_LINE - line.length() - 3; // two quotes and ; or nothing
            if (room < 20) {
                text.append(line).append(EOL);
                line.setLength(0);
                continue;
            }
            if (rest.length() <= room) {
                line.append('"').append(rest).append("\";");
                text.append(line).append(EOL);
                return;
            }
            int cut = rest.lastIndexOf(' ', room);
            if (cut < room / 2) {
                cut = room;
            } else {
                cut++; // keep the space at the end of this piece
            }
            line.append('"').append(rest, 0, cut).append('"');
            text.append(line).append(EOL);
            line.setLength(0);
            rest = rest.substring(cut);
        }
    }

    private static String quote(String s) {
        return '"' + clean(s) + '"';
    }

    /** No double quote, no line break inside a PX text (the format has no escape). */
    static String clean(String s) {
        return (s == null ? "" : s).replace('"', '\'').replace('\r', ' ').replace('\n', ' ');
    }
}
