package se.hrvstat.cli.estimate;

import java.util.ArrayList;
import java.util.List;

/**
 * The analyses of {@code hrvstat estimate} beyond means, parsed against the file's header:
 * {@code --ratio NUM/DEN}, {@code --contrast A=V1-V2}, {@code --chisq A+B} (CLI.md, "Analyses
 * beyond means"). A column name may itself hold the separator: the split is the one whose parts
 * are both columns of the file (for a contrast, the levels are resolved once the data is read).
 */
final class Requests {
    private Requests() {
    }

    /** R {@code svyratio(~numerator, ~denominator)}; {@code label} is {@code NUM/DEN} as given. */
    record Ratio(String numerator, String denominator, String label) {
    }

    /** Group {@code levels} (V1-V2, split once the levels are known) of column {@code column}. */
    record Contrast(String column, String levels, String label) {
    }

    /** R {@code svychisq(~a + b)}. */
    record Chisq(String a, String b, String label) {
    }

    static Ratio ratio(String text, List<String> header) {
        String[] parts = split(text, '/', header, "--ratio", "NUM/DEN");
        return new Ratio(parts[0], parts[1], text);
    }

    static Chisq chisq(String text, List<String> header) {
        String[] parts = split(text, '+', header, "--chisq", "A+B");
        if (parts[0].equals(parts[1])) {
            throw new BadRequest("--chisq " + text + ": a test of association needs two different columns");
        }
        return new Chisq(parts[0], parts[1], text);
    }

    static Contrast contrast(String text, List<String> header) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1 || text.indexOf('-', eq) < 0) {
            throw new BadRequest("--contrast " + text + ": expected A=V1-V2 (column A, groups V1 and V2)");
        }
        String column = text.substring(0, eq);
        if (!header.contains(column)) {
            throw new BadRequest("--contrast " + text + ": no column '" + column + "' (columns: "
                    + String.join(", ", header) + ")");
        }
        return new Contrast(column, text.substring(eq + 1), text);
    }

    /**
     * The two groups of a contrast: the split of {@code V1-V2} at a '-' where both sides are
     * levels of the column.
     */
    static String[] contrastGroups(Contrast c, List<String> levels) {
        List<String[]> fits = new ArrayList<>();
        String s = c.levels();
        for (int k = s.indexOf('-'); k >= 0; k = s.indexOf('-', k + 1)) {
            String[] pair = {s.substring(0, k), s.substring(k + 1)};
            if (levels.contains(pair[0]) && levels.contains(pair[1])) {
                fits.add(pair);
            }
        }
        if (fits.size() != 1) {
            throw new BadRequest("--contrast " + c.label() + ": " + (fits.isEmpty()
                    ? "V1 and V2 must be two groups of " + c.column() + " (groups: " + String.join(", ", levels) + ")"
                    : "ambiguous: the groups' names contain '-'"));
        }
        if (fits.get(0)[0].equals(fits.get(0)[1])) {
            throw new BadRequest("--contrast " + c.label() + ": V1 and V2 are the same group");
        }
        return fits.get(0);
    }

    private static String[] split(String text, char separator, List<String> header, String option, String form) {
        List<String[]> fits = new ArrayList<>();
        for (int k = text.indexOf(separator); k >= 0; k = text.indexOf(separator, k + 1)) {
            String[] pair = {text.substring(0, k).trim(), text.substring(k + 1).trim()};
            if (header.contains(pair[0]) && header.contains(pair[1])) {
                fits.add(pair);
            }
        }
        if (fits.size() == 1) {
            return fits.get(0);
        }
        if (fits.isEmpty()) {
            throw new BadRequest(option + " " + text + ": expected " + form + " with two columns of the file (columns: "
                    + String.join(", ", header) + ")");
        }
        throw new BadRequest(option + " " + text + ": ambiguous, the columns' names contain '" + separator + "'");
    }
}
