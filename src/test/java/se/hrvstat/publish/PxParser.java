package se.hrvstat.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small reader of PX files for the tests, written from the PX specification (AXIS-VERSION 2013,
 * section 2) and not from {@link PxFile}: {@code KEYWORD[lang]("sub","keys")=value;}, values are
 * quoted texts separated by commas (adjacent quoted pieces on consecutive lines are one text) or
 * bare tokens; {@code DATA} is last, cells separated by white space, dot codes in quotes.
 */
final class PxParser {

    /** One parsed file: keyword entries in file order (key = keyword plus its sub keys), and the data cells. */
    record Px(Map<String, List<String>> entries, List<String> data) {
        List<String> get(String keyword) {
            return entries.get(keyword);
        }

        String one(String keyword) {
            List<String> v = entries.get(keyword);
            if (v == null || v.size() != 1) {
                throw new AssertionError(keyword + " has " + v + ", not one value");
            }
            return v.get(0);
        }

        List<String> values(String variable) {
            return get("VALUES(\"" + variable + "\")");
        }

        /** The cell at the given value indexes of the stub variables then the heading variables. */
        String cell(int... indexes) {
            List<String> vars = new ArrayList<>(get("STUB") == null ? List.of() : get("STUB"));
            vars.addAll(get("HEADING") == null ? List.of() : get("HEADING"));
            if (indexes.length != vars.size()) {
                throw new AssertionError("need " + vars.size() + " indexes");
            }
            int offset = 0;
            for (int v = 0; v < vars.size(); v++) {
                offset = offset * values(vars.get(v)).size() + indexes[v];
            }
            return data.get(offset);
        }
    }

    private final String text;
    private int pos;

    private PxParser(String text) {
        this.text = text;
    }

    static Px parse(String text) {
        return new PxParser(text).file();
    }

    private Px file() {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw new AssertionError("no DATA keyword");
            }
            int eq = indexOfOutsideQuotes('=');
            String key = text.substring(pos, eq).trim();
            pos = eq + 1;
            if (key.equals("DATA")) {
                return new Px(entries, data());
            }
            if (entries.containsKey(key)) {
                throw new AssertionError("keyword given twice: " + key);
            }
            entries.put(key, values());
        }
    }

    private int indexOfOutsideQuotes(char wanted) {
        boolean quoted = false;
        for (int i = pos; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                return i;
            }
        }
        throw new AssertionError("no '" + wanted + "' after offset " + pos);
    }

    private List<String> values() {
        List<String> values = new ArrayList<>();
        StringBuilder current = null;
        while (true) {
            skipSpace();
            char c = text.charAt(pos);
            if (c == '"') {
                int end = text.indexOf('"', pos + 1);
                String piece = text.substring(pos + 1, end);
                pos = end + 1;
                if (current == null) {
                    current = new StringBuilder(piece);
                } else {
                    current.append(piece); // a text continued on the next line
                }
            } else if (c == ',') {
                values.add(current == null ? "" : current.toString());
                current = null;
                pos++;
            } else if (c == ';') {
                if (current != null) {
                    values.add(current.toString());
                }
                pos++;
                return values;
            } else { // bare token such as 1, YES, TLIST(A1)
                int start = pos;
                int depth = 0;
                while (pos < text.length()) {
                    char d = text.charAt(pos);
                    if (d == '(') {
                        depth++;
                    } else if (d == ')') {
                        depth--;
                    } else if (depth == 0 && (d == ',' || d == ';' || d == '"' || Character.isWhitespace(d))) {
                        break;
                    }
                    pos++;
                }
                current = new StringBuilder(text.substring(start, pos));
            }
        }
    }

    private List<String> data() {
        int end = text.indexOf(';', pos);
        String body = text.substring(pos, end).trim();
        if (!text.substring(end + 1).isBlank()) {
            throw new AssertionError("text after the end of DATA");
        }
        List<String> cells = new ArrayList<>();
        for (String token : body.split("[\\s,]+")) {
            if (!token.isEmpty()) {
                cells.add(token.startsWith("\"") ? token.substring(1, token.length() - 1) : token);
            }
        }
        return cells;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
