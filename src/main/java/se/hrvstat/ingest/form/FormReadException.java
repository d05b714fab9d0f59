package se.hrvstat.ingest.form;

import java.nio.file.Path;

import se.hrvstat.result.RejectedInputException;

/** A filled-in form could not be read; the message names the file and, where known, the sheet and cell. */
public class FormReadException extends RejectedInputException {

    private final Path file;
    private final String sheet;
    private final String cell;

    public FormReadException(Path file, String sheet, String cell, String problem) {
        this(file, sheet, cell, problem, null);
    }

    public FormReadException(Path file, String sheet, String cell, String problem, Throwable cause) {
        super(message(file, sheet, cell, problem), cause);
        this.file = file;
        this.sheet = sheet;
        this.cell = cell;
    }

    private static String message(Path file, String sheet, String cell, String problem) {
        StringBuilder sb = new StringBuilder("Form ").append(file == null ? "?" : file.getFileName());
        if (sheet != null) {
            sb.append(", sheet '").append(sheet).append('\'');
        }
        if (cell != null) {
            sb.append(", cell ").append(cell);
        }
        return sb.append(": ").append(problem).toString();
    }

    public Path file() {
        return file;
    }

    /** The sheet name, or null if the problem is with the file as a whole. */
    public String sheet() {
        return sheet;
    }

    /** The cell reference such as {@code B12}, or null. */
    public String cell() {
        return cell;
    }
}
