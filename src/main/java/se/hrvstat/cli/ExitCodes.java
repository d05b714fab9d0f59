package se.hrvstat.cli;

import se.hrvstat.batch.InputRejectedException;
import se.hrvstat.result.RejectedInputException;

/** The exit statuses of docs/cli.md and how failures map onto them. */
public final class ExitCodes {
    public static final int SUCCESS = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int INPUT_REJECTED = 3;

    private ExitCodes() {
    }

    /**
     * 3 for input that cannot be accepted (a file that cannot be read as its format, rows beyond
     * the tolerance, no input, answers that cannot be raked to the register), 2 for an output
     * folder found unwritable when a job starts or a setting of the jobs folder that is not
     * allowed ({@code disclosure.*}, {@code small-area.*}), else 1.
     */
    static int of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RejectedInputException) {
                return INPUT_REJECTED;
            }
            if (t instanceof se.hrvstat.batch.OutputFolder.NotWritableException
                    || t instanceof se.hrvstat.batch.InvalidSetting) {
                return USAGE;
            }
        }
        return FAILED;
    }

    /**
     * The most telling message of a failure: that of an input error (it names file, line and
     * column), else the deepest cause that has one.
     */
    static String describe(Throwable e) {
        if (isDatabaseUnreachable(e)) {
            return "the database cannot be reached (" + deepestMessage(e) + "); nothing committed is lost: "
                    + "once it is back, run the same command again (or hrvstat restart ID) and it resumes "
                    + "from its last commit";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputRejectedException) {
                return t.getMessage(); // the files over the tolerance, a line each
            }
            if (t instanceof RejectedInputException || t instanceof se.hrvstat.survey.weight.CalibrationException) {
                return t.getMessage().lines().findFirst().orElse(t.getMessage());
            }
        }
        return deepestMessage(e);
    }

    private static String deepestMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /**
     * A lost or refused database connection: SQL state class 08 (connection exception) or 57P
     * (operator intervention, e.g. the server shutting down), a connection that could not be
     * had in time from the pool, or a refused TCP connection.
     */
    static boolean isDatabaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.net.ConnectException
                    || t instanceof org.springframework.transaction.CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }
}
