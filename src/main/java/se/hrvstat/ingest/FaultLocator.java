package se.hrvstat.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds where a CSV file is broken, for a message that names line and column (the field,
 * counted from 1), after the parser gave up: the first byte sequence that is not UTF-8, or the
 * field whose quote is never closed. Reads the file's bytes once; used only on the error path.
 */
final class FaultLocator {
    /** A place in a file: line (the header is line 1) and field. */
    record Place(long line, int column, String what) {
    }

    private FaultLocator() {
    }

    /** The first bytes that are not UTF-8 (after an optional byte-order mark), or null. */
    static Place firstNonUtf8(Path file, char delimiter) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long line = 1;
            int column = 1;
            boolean quoted = false;
            int b;
            while ((b = in.read()) >= 0) {
                int continuation = b < 0x80 ? 0 : (b & 0xE0) == 0xC0 && b >= 0xC2 ? 1 : (b & 0xF0) == 0xE0 ? 2
                        : (b & 0xF8) == 0xF0 && b <= 0xF4 ? 3 : -1;
                if (continuation < 0) {
                    return new Place(line, column, String.format("byte 0x%02X", b));
                }
                for (int i = 0; i < continuation; i++) {
                    int c = in.read();
                    if (c < 0 || (c & 0xC0) != 0x80) {
                        return new Place(line, column, String.format("byte 0x%02X", b));
                    }
                }
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == delimiter && !quoted) {
                    column++;
                } else if (b == '\n') {
                    line++;
                    if (!quoted) {
                        column = 1;
                    }
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The line and field where a quote opens that is never closed, or null. */
    static Place openQuote(Path file, java.nio.charset.Charset charset, char delimiter) {
        try (var reader = Files.newBufferedReader(file, charset)) {
            long line = 1;
            int column = 1;
            boolean quoted = false;
            long openLine = 0;
            int openColumn = 0;
            int c;
            while ((c = reader.read()) >= 0) {
                if (c == '"') {
                    if (!quoted) {
                        openLine = line;
                        openColumn = column;
                    }
                    quoted = !quoted;
                } else if (c == delimiter && !quoted) {
                    column++;
                } else if (c == '\n') {
                    line++;
                    if (!quoted) {
                        column = 1;
                    }
                }
            }
            return quoted ? new Place(openLine, openColumn, "a quote") : null;
        } catch (IOException e) {
            return null;
        }
    }
}
