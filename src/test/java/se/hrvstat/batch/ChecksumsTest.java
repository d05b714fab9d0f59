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

    @Test
    void newlinesAreCountedEightBytesAtATimeAsOneByOne() {
        // every byte value next to newlines, at every offset and length, against a plain count
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261129L);
        for (int trial = 0; trial < 2_000; trial++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(3) == 0 ? (byte) '\n' : (byte) random.nextInt(256);
            }
            int n = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            long plain = 0;
            for (int i = 0; i < n; i++) {
                plain += bytes[i] == '\n' ? 1 : 0;
            }
            assertThat(Checksums.newlines(bytes, n)).as("trial %d", trial).isEqualTo(plain);
        }
        byte[] allNewlines = new byte[64];
        java.util.Arrays.fill(allNewlines, (byte) '\n');
        assertThat(Checksums.newlines(allNewlines, 64)).isEqualTo(64);
        byte[] neighbours = {0x0B, 0x09, 0x0A, (byte) 0x8A, 0x0A, 0x01, 0x00, 0x0A, (byte) 0xFF, 0x0A};
        assertThat(Checksums.newlines(neighbours, neighbours.length)).isEqualTo(4);
    }
}
