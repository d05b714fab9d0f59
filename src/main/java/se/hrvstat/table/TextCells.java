package se.hrvstat.table;

/** How the text of a text cell is kept: as written (R's {@code read.csv}) or without blanks around it. */
public enum TextCells {
    AS_WRITTEN,
    /** Characters up to the space taken off both ends, as {@link String#trim()}. */
    TRIMMED
}
