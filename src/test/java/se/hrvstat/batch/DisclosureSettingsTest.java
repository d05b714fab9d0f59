package se.hrvstat.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.survey.disclosure.CellKeys;

/** {@code jobs/disclosure.properties}: the method, the Cell Key Method's settings, and what is refused. */
class DisclosureSettingsTest {
    @TempDir
    Path jobs;

    private DisclosureSettings read(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return DisclosureSettings.of(p, jobs);
    }

    @Test
    void theShippedFileChoosesSuppression() throws IOException {
        PipelineSettings shipped = new PipelineSettings("jobs", "report-templates");

        DisclosureSettings s = DisclosureSettings.read(shipped);

        assertThat(s.cellKey()).isEmpty();
        assertThat(s.rules().minCount()).isEqualTo(5);
        assertThat(read("").cellKey()).as("no method: suppression").isEmpty();
    }

    @Test
    void cellKeyTakesItsTableAndSecretFromTheFile() throws IOException {
        DisclosureSettings s = read("disclosure.method=cellkey\ndisclosure.cellkey.max-deviation=2\n"
                + "disclosure.cellkey.variance=1\ndisclosure.cellkey.secret=abc\n");

        DisclosureSettings.CellKey ck = s.cellKey().orElseThrow();
        assertThat(ck.method().table().maxDeviation()).isEqualTo(2);
        assertThat(ck.method().table().variance()).isEqualTo(1.0);
        assertThat(ck.keys().keySum("x", 2)).isEqualTo(new CellKeys("abc").keySum("x", 2));
        assertThat(ck.secretSource()).isEqualTo("disclosure.cellkey.secret").doesNotContain("abc");
    }

    @Test
    void aSecretFileWinsOverTheSecretInTheSettings() throws IOException {
        Files.writeString(jobs.resolve("secret.txt"), "from-file\n");

        DisclosureSettings s = read("disclosure.method=cellkey\ndisclosure.cellkey.secret-file=secret.txt\n"
                + "disclosure.cellkey.secret=abc\n");

        assertThat(s.cellKey().orElseThrow().keys().keySum("x", 3)).isEqualTo(new CellKeys("from-file").keySum("x", 3));
    }

    @Test
    void anUnknownMethodIsRefusedInOneLine() {
        assertThatThrownBy(() -> read("disclosure.method=cellkeys\n"))
                .isInstanceOf(DisclosureSettings.Invalid.class)
                .hasMessage(jobs.resolve("disclosure.properties") + ": disclosure.method must be suppression or cellkey, "
                        + "not 'cellkeys'");
    }

    @Test
    void cellKeyWithoutASecretOrWithAnImpossibleTableIsRefused() {
        assertThatThrownBy(() -> read("disclosure.method=cellkey\n")).isInstanceOf(DisclosureSettings.Invalid.class)
                .hasMessageContaining("needs disclosure.cellkey.secret-file or disclosure.cellkey.secret");
        assertThatThrownBy(() -> read("disclosure.method=cellkey\ndisclosure.cellkey.secret=a\n"
                + "disclosure.cellkey.max-deviation=2\ndisclosure.cellkey.variance=4\n"))
                .isInstanceOf(DisclosureSettings.Invalid.class).hasMessageContaining("0 < V < D^2");
        assertThatThrownBy(() -> read("disclosure.method=cellkey\ndisclosure.cellkey.secret-file=none.txt\n"))
                .isInstanceOf(DisclosureSettings.Invalid.class).hasMessageContaining("cannot be read");
    }
}
