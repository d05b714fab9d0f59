package se.hrvstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.batch.DisclosureSettings;
import se.hrvstat.batch.PipelineSettings;

/** A disclosure method that is not allowed is a usage error (exit status 2) with a one-line message. */
class DisclosureMethodUsageTest {
    @TempDir
    Path jobs;

    @Test
    void anUnknownDisclosureMethodExitsWithTheUsageStatus() throws Exception {
        Files.writeString(jobs.resolve("disclosure.properties"), "disclosure.method=perturbation\n");

        Throwable e = catchThrowable(() -> DisclosureSettings.read(new PipelineSettings(jobs.toString(), "report-templates")));

        assertThat(ExitCodes.of(new IllegalStateException("publish failed", e))).isEqualTo(ExitCodes.USAGE);
        assertThat(e.getMessage()).doesNotContain("\n")
                .endsWith("disclosure.method must be suppression or cellkey, not 'perturbation'");
    }
}
