package se.hrvstat.table;

/**
 * Input that cannot be used: an unreadable file, a malformed record, a bad cell, a design the
 * data cannot support. The message names the file, and the line and column where there is one.
 */
public class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
