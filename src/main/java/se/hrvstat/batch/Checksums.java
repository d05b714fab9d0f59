package se.hrvstat.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a file's bytes: the identity of an input file; and its count of newlines, from the same pass. */
final class Checksums {
    private Checksums() {
    }

    /** A checksum computed in this process, with the file's size and time of change then. */
    private record Known(long size, java.nio.file.attribute.FileTime modified, Object fileKey, String checksum,
                         long newlines) {
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
        return known(file).checksum();
    }

    /**
     * The number of newline bytes in a file (the progress total of the ingest step), counted in
     * the pass that computes its checksum and remembered with it: the file is not read again.
     */
    static long newlines(Path file) {
        return known(file).newlines();
    }

    private static Known known(Path file) {
        Path key = file.toAbsolutePath().normalize();
        try {
            java.nio.file.attribute.BasicFileAttributes now = Files.readAttributes(key,
                    java.nio.file.attribute.BasicFileAttributes.class);
            Known known = KNOWN.get(key);
            if (known != null && known.size() == now.size() && known.modified().equals(now.lastModifiedTime())
                    && java.util.Objects.equals(known.fileKey(), now.fileKey())) {
                return known;
            }
            long started = System.currentTimeMillis();
            Known computed = compute(key, now);
            if (now.lastModifiedTime().toMillis() < started - 1000) {
                KNOWN.put(key, computed);
            }
            return computed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Known compute(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            long newlines = 0;
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                newlines += newlines(buffer, n);
            }
            return new Known(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey(),
                    HexFormat.of().formatHex(digest.digest()), newlines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;

    /**
     * The newline bytes among the first {@code n} of {@code bytes}, eight at a time: in
     * {@code x = word ^ 0x0A...0A} a newline is a zero byte, and
     * {@code ~(((x & 0x7F..7F) + 0x7F..7F) | x | 0x7F..7F)} has the high bit of exactly the zero
     * bytes set (no carry crosses a byte; Warren, Hacker's Delight, 2nd ed., 6-1 "Find First 0-Byte").
     */
    static long newlines(byte[] bytes, int n) {
        long count = 0;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long x = (long) LONGS.get(bytes, i) ^ NEWLINES;
            long zeroHighBits = ~(((x & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | x | LOW_SEVEN_BITS);
            count += Long.bitCount(zeroHighBits);
        }
        for (; i < n; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }
}
