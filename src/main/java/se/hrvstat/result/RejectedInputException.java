package se.hrvstat.result;

/**
 * Input that a run cannot accept: a file that cannot be read as its format, an Excel form that
 * is not the form, or rejected rows beyond the tolerance. The message names the file and, where
 * it can, the line (or sheet and cell) and the column; nothing is published.
 */
public class RejectedInputException extends RuntimeException {
    public RejectedInputException(String message) {
        super(message);
    }

    public RejectedInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
