package se.hrvstat.survey.smallarea;

/** How an area's published estimate is made ({@code method} of {@code sae-<year>.csv}). */
public enum AreaMethod {
    /** Model-based: the Fay–Herriot EBLUP, or the synthetic estimate for an area without a sample. */
    FH("fh"),
    /** The direct estimate, where it could be published unflagged on its own ({@link SmallAreaShares}). */
    DIRECT("direct");

    private final String code;

    AreaMethod(String code) {
        this.code = code;
    }

    /** {@code fh} or {@code direct}, as {@code spec/CLI.md} writes it. */
    public String code() {
        return code;
    }
}
