package se.hrvstat.cli;

import se.hrvstat.batch.InputRejectedException;

/** The exit statuses of CLI.md and how failures map onto them. */
public final class ExitCodes {
    public static final int SUCCESS = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int INPUT_REJECTED = 3;

    private ExitCodes() {
    }

    static int of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputRejectedException) {
                return INPUT_REJECTED;
            }
            if (t instanceof IllegalArgumentException && t.getCause() == null && t == e) {
                return FAILED;
            }
        }
        return FAILED;
    }

    /**
     * The most telling message of a failure: that of an input error (it names file, line and
     * column), else the deepest cause that has one.
     */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof se.hrvstat.ingest.InputFileException || t instanceof se.hrvstat.ingest.form.FormReadException
                    || t instanceof se.hrvstat.survey.weight.CalibrationException) {
                return t.getMessage().lines().findFirst().orElse(t.getMessage());
            }
        }
        String message = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
