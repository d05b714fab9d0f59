package se.hrvstat.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, item 4: the jar carries the default jobs files and uses them where there is no jobs folder. */
class PipelineSettingsDefaultsTest {
    @TempDir
    Path temp;

    private static String read(Reader in) throws IOException {
        try (Reader r = in) {
            StringWriter out = new StringWriter();
            r.transferTo(out);
            return out.toString();
        }
    }

    @Test
    void withoutAJobsFolderTheFilesShippedInTheJarAreRead() throws IOException {
        PipelineSettings settings = new PipelineSettings(temp.resolve("no-jobs").toString(), "report-templates");

        for (String file : new String[] {"codebook.csv", "rules.csv", "indicators.ini", "annual.properties",
            "disclosure.properties"}) {
            assertThat(read(settings.open(file))).as(file).isEqualTo(Files.readString(Path.of("jobs", file)));
        }
        assertThat(settings.maxRejectShare()).isEqualTo(new PipelineSettings("jobs", "report-templates").maxRejectShare());
    }

    @Test
    void aJobsFolderThatExistsWinsAndAFileMissingFromItIsAnError() throws IOException {
        Path jobs = Files.createDirectories(temp.resolve("jobs"));
        Files.writeString(jobs.resolve("annual.properties"), "validation.max-reject-share = 0.5\n");
        PipelineSettings settings = new PipelineSettings(jobs.toString(), "report-templates");

        assertThat(settings.maxRejectShare()).isEqualTo(0.5);
        assertThatThrownBy(() -> settings.open("codebook.csv")).hasMessageContaining(jobs.resolve("codebook.csv").toString());
    }
}
