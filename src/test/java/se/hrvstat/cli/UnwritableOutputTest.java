package se.hrvstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.Store;

/**
 * A run whose output folder cannot be written is a usage error (CLI.md: exit 2), told at once
 * with a plain message, before any execution is recorded.
 */
class UnwritableOutputTest {
    @TempDir
    Path temp;

    @Test
    void anOutputFolderThatCannotBeCreatedIsAUsageErrorBeforeTheRunAndSaysWhy() throws Exception {
        Path data = Pipeline.sampleData(temp.resolve("data"), 0.1);
        // a regular file where the output folder should be: not writable even for root
        Path blocker = Files.writeString(temp.resolve("publications"), "not a folder");
        Path out = blocker.resolve("hrv");
        Store.Database db = Store.H2.freshDatabase(temp);
        PrintStream err = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int status;
        try {
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            status = Main.execute("run", "annual", "--year", "2024", "--data", data.toString(), "--out", out.toString(),
                    "--db", db.url(), "--db-user", db.user(), "--hrvstat.jobs-dir=jobs",
                    "--hrvstat.templates-dir=report-templates", "--logging.level.se.hrvstat=WARN");
        } finally {
            System.setErr(err);
        }

        assertThat(status).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("hrvstat: --out: the output folder " + out.toAbsolutePath()
                + " is not writable: ").doesNotContain("Exception").doesNotContain("\tat ");
    }
}
