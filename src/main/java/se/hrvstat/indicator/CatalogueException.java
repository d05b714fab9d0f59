package se.hrvstat.indicator;

/**
 * The indicator catalogue cannot be used: a line that does not follow the format, an
 * expression that does not parse, a reference to an unknown item or indicator, or a cycle.
 * The message names the source, the line and, for expressions, the column.
 */
public class CatalogueException extends IllegalArgumentException {

    private final String sourceName;
    private final int line;
    private final int column;

    public CatalogueException(String sourceName, int line, int column, String message) {
        super(sourceName + ":" + line + ": " + message);
        this.sourceName = sourceName;
        this.line = line;
        this.column = column;
    }

    public String sourceName() {
        return sourceName;
    }

    /** 1-based line of the catalogue file. */
    public int line() {
        return line;
    }

    /** 1-based column within the expression, or 0 when the error is not inside an expression. */
    public int column() {
        return column;
    }
}
