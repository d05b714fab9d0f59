package se.hrvstat.publish;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.hrvstat.result.StatTable;

/**
 * Short, readable, unique sheet names for one workbook. Excel takes a sheet name of 1 to 31
 * characters without {@code [ ] : * ? / \}, not beginning or ending with an apostrophe, compares
 * names without regard to case, and reserves "History" (Microsoft support, "Rename a
 * worksheet"). A wanted name is cleaned of those characters, loses a trailing parenthesis or is
 * cut at a word with "…" when too long, and gets " (2)", " (3)" … when taken.
 */
final class SheetNames {

    static final int MAX = StatTable.SHEET_NAME_MAX;
    /** Characters a cut at a space may give up before the word is cut instead. */
    static final int WORD_SLACK = 10;
    private final Set<String> taken = new HashSet<>(Set.of("history"));
    /** The name of a sheet whose wanted name has nothing left once cleaned. */
    private final String fallback;

    /** Reserves names that are already used (e.g. the fixed sheets); {@code fallback} names a sheet whose name cleans to nothing. */
    SheetNames(String fallback, List<String> reserved) {
        this.fallback = fallback;
        for (String name : reserved) {
            taken.add(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A free name as close to {@code wanted} as Excel allows; it is taken from now on. */
    String claim(String wanted) {
        String base = shorten(clean(wanted));
        String name = base;
        for (int k = 2; taken.contains(name.toLowerCase(Locale.ROOT)); k++) {
            String suffix = " (" + k + ")";
            name = cut(base, MAX - suffix.length()) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** Forbidden characters become spaces, runs of spaces one, apostrophes at either end go. */
    String clean(String s) {
        String cleaned = (s == null ? "" : s).replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip()
                .replaceAll("^'+|'+$", "").strip();
        return cleaned.isEmpty() ? fallback : cleaned;
    }

    /** At most {@link #MAX} characters: without a trailing "(…)" if that is enough, else cut at a word with "…". */
    static String shorten(String s) {
        if (s.length() <= MAX) {
            return s;
        }
        String withoutParenthesis = s.replaceAll("\\s*\\([^()]*\\)$", "");
        if (withoutParenthesis.length() <= MAX && !withoutParenthesis.isEmpty()) {
            return withoutParenthesis;
        }
        return cut(s, MAX - 1) + "…";
    }

    /**
     * {@code s} cut to at most {@code max} characters: at the last space if that keeps all but the
     * last {@value #WORD_SLACK} characters, else inside the word (a long word is better cut than lost).
     */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int space = s.lastIndexOf(' ', max);
        String cut = space >= max - WORD_SLACK ? s.substring(0, space) : s.substring(0, max);
        return cut.strip().replaceAll("[,;.–-]+$", "").replaceAll("'+$", "");
    }
}
