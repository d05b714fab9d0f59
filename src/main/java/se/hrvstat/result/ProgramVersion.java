package se.hrvstat.result;

import java.util.regex.Pattern;

/**
 * The version of the software a publication names: a release (a git tag, a version without
 * {@code -SNAPSHOT}, or what {@code HRVSTAT_RELEASE} says), or a development build named by its
 * commit. A publication never prints {@code SNAPSHOT}: a development build is printed as
 * "utvecklingsversion &lt;commit&gt;" (the words in {@code report-templates/texts.properties}).
 *
 * @param name    the release's name ({@code v2024.1}, {@code 1.2.0}) or, for a development build,
 *                the commit as {@code git describe} gives it ({@code 5451c0b}, {@code v1.0-3-g5451c0b},
 *                with {@code -dirty} when the work tree had changes that were not committed)
 * @param release true for a release
 */
public record ProgramVersion(String name, boolean release) {

    /** {@code git describe} of a commit after a tag: {@code <tag>-<n>-g<hash>}. */
    private static final Pattern AFTER_TAG = Pattern.compile(".+-\\d+-g\\p{XDigit}{4,40}");
    /** {@code git describe --always} without any tag: the abbreviated hash alone. */
    private static final Pattern BARE_HASH = Pattern.compile("\\p{XDigit}{4,40}");
    private static final String DIRTY = "-dirty";
    private static final String SNAPSHOT = "-SNAPSHOT";

    /** A development build whose commit is not known (no git at build or run time). */
    public static final String UNKNOWN_COMMIT = "okänd";

    /**
     * The version by these rules, in order: (1) {@code releaseOverride} when not blank (the
     * environment variable {@code HRVSTAT_RELEASE} of a release build); (2) {@code describe} when
     * it is a tag itself (not after a tag, not a bare hash, not dirty); (3) {@code projectVersion}
     * when it is not a {@code -SNAPSHOT} and the work tree was clean; (4) otherwise a development
     * build named by {@code describe} (or {@link #UNKNOWN_COMMIT} when it is blank).
     *
     * @param releaseOverride  {@code HRVSTAT_RELEASE}, or null
     * @param projectVersion   the Maven project version, or null
     * @param describe         {@code git describe --tags --always --dirty} at build time, or null
     */
    public static ProgramVersion of(String releaseOverride, String projectVersion, String describe) {
        if (!isBlank(releaseOverride)) {
            return new ProgramVersion(releaseOverride.strip(), true);
        }
        String d = isBlank(describe) ? "" : describe.strip();
        boolean dirty = d.endsWith(DIRTY);
        String clean = dirty ? d.substring(0, d.length() - DIRTY.length()) : d;
        if (!clean.isEmpty() && !dirty && !AFTER_TAG.matcher(clean).matches() && !BARE_HASH.matcher(clean).matches()) {
            return new ProgramVersion(clean, true);
        }
        if (!isBlank(projectVersion) && !projectVersion.strip().endsWith(SNAPSHOT) && !dirty) {
            return new ProgramVersion(projectVersion.strip(), true);
        }
        return new ProgramVersion(d.isEmpty() ? UNKNOWN_COMMIT : d, false);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
