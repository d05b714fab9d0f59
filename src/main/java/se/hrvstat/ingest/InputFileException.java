package se.hrvstat.ingest;

import java.nio.file.Path;

import se.hrvstat.result.RejectedInputException;

/**
 * A file that cannot be read at all (wrong header, broken quoting, not text, empty). The
 * message names the file, the line and the column, as a user needs to find the fault.
 */
public class InputFileException extends RejectedInputException {
    private final transient Path file;
    private final long line;
    private final int column;

    public InputFileException(Path file, long line, int column, String problem) {
        super(describe(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
    }

    private static String describe(Path file, long line, int column, String problem) {
        StringBuilder where = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            where.append(", line ").append(line);
        }
        if (column > 0) {
            where.append(", column ").append(column);
        }
        return where + ": " + problem;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public int column() {
        return column;
    }
}
