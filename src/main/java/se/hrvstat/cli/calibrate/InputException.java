package se.hrvstat.cli.calibrate;

/** Input that cannot be used (unreadable file, bad cell); the message names file, line and column. Exit code 1. */
final class InputException extends Exception {
    InputException(String message) {
        super(message);
    }

    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
