package se.hrvstat.batch;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks before a run that its output folder can be written, so that a run whose publications
 * could not be written fails at once with a plain message instead of after the long steps.
 * Creates the folder if missing and writes and deletes a probe file in it (permission bits are
 * not enough: root ignores them, a read-only mount does not).
 */
public final class OutputFolder {
    private OutputFolder() {
    }

    /** Throws {@link NotWritableException} naming the folder and the reason. */
    public static void requireWritable(Path out) {
        Path folder = out.toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".hrvstat-write-test.", ".tmp");
            Files.delete(probe);
        } catch (FileSystemException e) {
            String reason = e.getReason() != null ? e.getReason()
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "a file, not a folder, is in the way"
                    : e.getClass().getSimpleName();
            throw new NotWritableException("the output folder " + folder + " is not writable: " + reason
                    + (e.getFile() != null && !Path.of(e.getFile()).equals(folder) ? " (" + e.getFile() + ")" : ""));
        } catch (IOException | SecurityException e) {
            throw new NotWritableException("the output folder " + folder + " is not writable: " + e.getMessage());
        }
    }

    /** The output folder cannot be written. */
    public static final class NotWritableException extends RuntimeException {
        NotWritableException(String message) {
            super(message);
        }
    }
}
