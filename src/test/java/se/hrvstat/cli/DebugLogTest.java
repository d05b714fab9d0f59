package se.hrvstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a failure of the system is told in one line on the console, never with a stack
 * trace; with {@code --debug} the trace goes to the command's one log file (the same file as its
 * log lines), and the line says where. Provoked by a store that refuses connections.
 */
class DebugLogTest {
    private static final String NO_STORE = "jdbc:postgresql://127.0.0.1:1/nothing-listens-here";

    @TempDir
    Path temp;

    @Test
    void withDebugTheStackTraceOfARunGoesToTheRunsLogFileAndTheConsoleSaysWhere() throws Exception {
        Path logs = temp.resolve("logs");
        Console run = execute("--debug", "run", "annual", "--year", "2024", "--data", data().toString(), "--out",
                temp.resolve("out").toString(), "--db", NO_STORE, "--hrvstat.log-dir=" + logs);

        Path log = logs.resolve("hrvstat.log");
        assertThat(run.status).isEqualTo(ExitCodes.FAILED);
        assertThat(run.stderr).contains("(stack trace in " + log.toAbsolutePath() + ")")
                .doesNotContain("\tat ").doesNotContain("Exception:");
        assertThat(run.stdout).as("Spring's own failure lines stay off the console")
                .doesNotContain("run failed").doesNotContain("refresh attempt");
        assertThat(Files.readString(log)).contains("hrvstat failed, exit status 1:").contains("\tat ");
    }

    @Test
    void aCommandThatOnlyReadsTheStoreWritesToTheSameLogFile() throws Exception {
        Path logs = temp.resolve("logs");
        Console inputs = execute("--debug", "inputs", "--year", "2024", "--db", NO_STORE, "--hrvstat.log-dir=" + logs);

        assertThat(inputs.status).isEqualTo(ExitCodes.FAILED);
        assertThat(inputs.stderr).contains("(stack trace in " + logs.resolve("hrvstat.log").toAbsolutePath() + ")");
        assertThat(Files.readString(logs.resolve("hrvstat.log"))).contains("\tat ");
    }

    @Test
    void withoutDebugTheConsoleSaysHowToGetTheTraceAndNoFileIsWritten() throws Exception {
        Path logs = temp.resolve("logs");
        Console inputs = execute("inputs", "--year", "2024", "--db", NO_STORE, "--hrvstat.log-dir=" + logs);

        assertThat(inputs.status).isEqualTo(ExitCodes.FAILED);
        assertThat(inputs.stderr).contains("(--debug writes the stack trace to the log file)").doesNotContain("\tat ");
        assertThat(logs.resolve("hrvstat.log")).doesNotExist();
    }

    private Path data() throws Exception {
        return Files.createDirectories(temp.resolve("data"));
    }

    private record Console(int status, String stdout, String stderr) {
    }

    private static Console execute(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int status = Main.execute(args);
            return new Console(status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
