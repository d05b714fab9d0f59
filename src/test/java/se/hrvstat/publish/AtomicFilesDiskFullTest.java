package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills while a publication is written: the stream fails after some bytes, as a
 * write() on a full file system does (ENOSPC). Nothing may appear under the final name, and an
 * earlier publication under that name stays whole.
 */
class AtomicFilesDiskFullTest {
    @TempDir
    Path dir;

    /** Lets {@code capacity} bytes through, then fails like a full disk. */
    private static final class FullDisk extends FilterOutputStream {
        private long left;

        FullDisk(OutputStream out, long capacity) {
            super(out);
            this.left = capacity;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                throw new IOException("No space left on device");
            }
            super.write(b);
        }
    }

    private static void writeReport(Path tmp, long capacity) throws IOException {
        try (OutputStream out = new FullDisk(Files.newOutputStream(tmp), capacity)) {
            for (int i = 0; i < 10_000; i++) {
                out.write(("indicator,wave,row " + i + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aNewPublicationThatFillsTheDiskLeavesNoFileUnderItsNameAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("2024/estimates-2024.csv");

        assertThatThrownBy(() -> AtomicFiles.write(target, tmp -> writeReport(tmp, 4096)))
                .hasMessage("No space left on device");

        assertThat(target).doesNotExist();
        try (var files = Files.list(target.getParent())) {
            assertThat(files).as("no temporary file left behind").isEmpty();
        }
    }

    @Test
    void aReplacementThatFillsTheDiskLeavesTheEarlierPublicationWhole() throws IOException {
        Path target = dir.resolve("estimates-2024.csv");
        AtomicFiles.write(target, tmp -> writeReport(tmp, Long.MAX_VALUE));
        byte[] earlier = Files.readAllBytes(target);

        assertThatThrownBy(() -> AtomicFiles.write(target, tmp -> writeReport(tmp, 100_000)))
                .hasMessage("No space left on device");

        assertThat(Files.readAllBytes(target)).isEqualTo(earlier);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
