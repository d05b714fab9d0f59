package se.hrvstat.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checksum and the newline count of a file come from one pass and agree with independent values. */
class ChecksumsTest {
    @TempDir
    Path temp;

    @Test
    void checksumAndNewlinesOfOneFile() throws Exception {
        Path file = temp.resolve("abc.csv");
        Files.writeString(file, "abc", StandardCharsets.US_ASCII);
        // SHA-256("abc") from FIPS 180-2, appendix B.1
        assertThat(Checksums.sha256(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Checksums.newlines(file)).isZero();

        Path rows = temp.resolve("rows.csv");
        Files.writeString(rows, "a;b\r\n1;\"x\ny\"\n2;3\n", StandardCharsets.UTF_8); // four '\n' bytes by hand
        Files.setLastModifiedTime(rows, FileTime.from(Instant.now().minusSeconds(60))); // old enough to be remembered
        assertThat(Checksums.newlines(rows)).isEqualTo(4);
        assertThat(ProgressConfiguration.lineCount(rows)).isEqualTo(4);
    }
}
