package se.hrvstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code --debug} (or {@code HRVSTAT_DEBUG=1}): stack traces never reach the console; with this
 * switch they are written to a log file, {@code ./hrvstat.log} unless {@code HRVSTAT_LOG_FILE}
 * names another, together with the log lines of the run (Spring's {@code logging.file.name}).
 * The one-line message on the console then says where the trace is.
 */
final class DebugLog {
    private static Path file;

    private DebugLog() {
    }

    /** Whether the command line or the environment asks for it. */
    static boolean requested(boolean flag) {
        return flag || "1".equals(System.getenv("HRVSTAT_DEBUG")) || "true".equalsIgnoreCase(System.getenv("HRVSTAT_DEBUG"));
    }

    /** Switches it on (or off) for this command; adds the Spring property that sends the log lines there too. */
    static void configure(boolean on, List<String> springArgs) {
        if (!on) {
            file = null;
            return;
        }
        String named = System.getenv("HRVSTAT_LOG_FILE");
        file = Path.of(named != null && !named.isBlank() ? named : "hrvstat.log").toAbsolutePath().normalize();
        springArgs.add("--logging.file.name=" + file);
    }

    /**
     * Appends the failure's stack trace to the log file when debugging, and returns what the
     * console message should add: where the trace is, or for a failure of the system (not of the
     * input) how to get one.
     */
    static String note(Throwable failure, int exitStatus) {
        if (file == null) {
            return exitStatus == ExitCodes.FAILED ? " (--debug writes the stack trace to a log file)" : "";
        }
        StringWriter trace = new StringWriter();
        try (PrintWriter out = new PrintWriter(trace)) {
            out.println(OffsetDateTime.now() + " hrvstat failed, exit status " + exitStatus + ":");
            failure.printStackTrace(out);
        }
        try {
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return " (stack trace in " + file + ")";
        } catch (IOException e) {
            return " (the stack trace could not be written to " + file + ": " + e.getMessage() + ")";
        }
    }
}
