package se.hrvstat.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a file's bytes: the identity of an input file. */
final class Checksums {
    private Checksums() {
    }

    /** A checksum computed in this process, with the file's size and time of change then. */
    private record Known(long size, java.nio.file.attribute.FileTime modified, Object fileKey, String checksum) {
    }

    private static final java.util.Map<Path, Known> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The SHA-256 of a file, in hex. A run asks for the same file's checksum several times
     * (ingest, its progress total, the tolerance check), a million-row file is 80 MB: the
     * checksum is remembered with the file's size, time of last change and file key, and used
     * again while all three are unchanged. Only for files last changed more than a second before
     * they were read, so that a rewrite within the file system's clock tick cannot go unnoticed.
     */
    static String sha256(Path file) {
        Path key = file.toAbsolutePath().normalize();
        try {
            java.nio.file.attribute.BasicFileAttributes now = Files.readAttributes(key,
                    java.nio.file.attribute.BasicFileAttributes.class);
            Known known = KNOWN.get(key);
            if (known != null && known.size() == now.size() && known.modified().equals(now.lastModifiedTime())
                    && java.util.Objects.equals(known.fileKey(), now.fileKey())) {
                return known.checksum();
            }
            long started = System.currentTimeMillis();
            String checksum = compute(key);
            if (now.lastModifiedTime().toMillis() < started - 1000) {
                KNOWN.put(key, new Known(now.size(), now.lastModifiedTime(), now.fileKey(), checksum));
            }
            return checksum;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String compute(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
