package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void a_failed_write_leaves_the_previous_file_and_no_temporary_file() throws IOException {
        Path target = dir.resolve("sub/rapport.pdf");
        AtomicFiles.write(target, tmp -> Files.writeString(tmp, "old"));
        assertThatThrownBy(() -> AtomicFiles.write(target, tmp -> {
            Files.writeString(tmp, "half");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void a_successful_write_replaces_the_file() throws IOException {
        Path target = dir.resolve("a.csv");
        AtomicFiles.write(target, tmp -> Files.writeString(tmp, "1"));
        AtomicFiles.write(target, tmp -> Files.writeString(tmp, "2"));
        assertThat(Files.readString(target)).isEqualTo("2");
    }

    @Test
    void a_new_file_is_readable_by_others_like_any_published_file() throws IOException {
        Path target = dir.resolve("rapport.pdf");
        AtomicFiles.write(target, tmp -> Files.writeString(tmp, "x"));
        if (Files.getFileStore(target).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                    .isEqualTo("rw-r--r--");
        }
    }
}
