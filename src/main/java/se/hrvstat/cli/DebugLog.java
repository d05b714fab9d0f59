package se.hrvstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;

/**
 * {@code --debug} (or {@code HRVSTAT_DEBUG=1}): stack traces never reach the console; with this
 * switch they are appended to the command's one log file ({@link LogFile}: for a command on a
 * store, {@code logs/hrvstat.log} beside it or in {@code HRVSTAT_LOG_DIR}; for one without,
 * {@code hrvstat.log} in {@code HRVSTAT_LOG_DIR} or the current folder), which then also holds the
 * command's log lines. The one-line message on the console says where the trace is.
 */
final class DebugLog {
    private static volatile boolean on;

    private DebugLog() {
    }

    /** Whether the command line or the environment asks for it. */
    static boolean requested(boolean flag) {
        String env = System.getenv("HRVSTAT_DEBUG");
        return flag || "1".equals(env) || "true".equalsIgnoreCase(env);
    }

    /** Switches it on (or off) for this command. */
    static void configure(boolean enabled) {
        on = enabled;
    }

    static boolean on() {
        return on;
    }

    /**
     * Appends the failure's stack trace to the log file when debugging, and returns what the
     * console message should add: where the trace is, or for a failure of the system (not of the
     * input) how to get one.
     */
    static String note(Throwable failure, int exitStatus) {
        if (!on) {
            return exitStatus == ExitCodes.FAILED ? " (--debug writes the stack trace to the log file)" : "";
        }
        Path file = LogFile.current() != null ? LogFile.current() : LogFile.standalone();
        StringWriter trace = new StringWriter();
        try (PrintWriter out = new PrintWriter(trace)) {
            out.println(OffsetDateTime.now() + " hrvstat failed, exit status " + exitStatus + ":");
            failure.printStackTrace(out);
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return " (stack trace in " + file + ")";
        } catch (IOException e) {
            return " (the stack trace could not be written to " + file + ": " + e.getMessage() + ")";
        }
    }
}
