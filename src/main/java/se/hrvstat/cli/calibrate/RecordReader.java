package se.hrvstat.cli.calibrate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the records of a comma-separated file as RFC 4180 defines them, streaming its bytes
 * through one reused buffer: fields in double quotes may hold commas, line breaks and doubled
 * quotes; records end at CRLF, LF or CR; empty lines are skipped; a UTF-8 byte order mark at the
 * start is dropped. After {@link #next()} the record's fields are ranges of {@link #bytes()}
 * (inside the quotes of a quoted field), and the record itself, as it stands in the file without
 * its line break, is {@code bytes()[recordStart(), recordEnd())}.
 *
 * <p>It works on bytes: the delimiters are ASCII and never part of a multi-byte UTF-8 sequence,
 * so nothing is decoded unless asked ({@link #text}). Lines are counted from 1 and include line
 * breaks inside quoted fields.
 */
final class RecordReader {
    private final InputStream in;
    private final Path file;
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean eof;
    private boolean started;
    private long line = 1;
    private int recordStart;
    private int recordEnd;
    private long recordLine;
    private int fields;
    private int[] from = new int[16];
    private int[] to = new int[16];
    private boolean[] escaped = new boolean[16];

    RecordReader(InputStream in, Path file) {
        this.in = in;
        this.file = file;
    }

    /** Reads the next record; false at the end of the file. */
    boolean next() throws IOException, InputException {
        if (!started) {
            started = true;
            fill();
            while (limit < 3 && !eof) {
                fill();
            }
            if (limit >= 3 && (buffer[0] & 0xff) == 0xef && (buffer[1] & 0xff) == 0xbb && (buffer[2] & 0xff) == 0xbf) {
                position = 3;
            }
        }
        while (true) {
            int r = scan();
            if (r >= 0) {
                return r == 1;
            }
            fill();
        }
    }

    /** Moves the unread bytes to the front, growing the buffer if they fill it, and reads more. */
    private void fill() throws IOException {
        if (eof) {
            return;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    /** One record from {@code position}: 1 read, 0 end of file, -1 more bytes needed (nothing changed). */
    private int scan() throws InputException {
        byte[] b = buffer;
        int n = limit;
        int p = position;
        long ln = line;
        while (true) {
            if (p >= n) {
                if (!eof) {
                    return -1;
                }
                position = p;
                line = ln;
                return 0;
            }
            if (b[p] == '\n') {
                p++;
                ln++;
            } else if (b[p] == '\r') {
                if (p + 1 >= n && !eof) {
                    return -1;
                }
                p++;
                if (p < n && b[p] == '\n') {
                    p++;
                }
                ln++;
            } else {
                break;
            }
        }
        int start = p;
        long startLine = ln;
        int k = 0;
        while (true) {
            if (k == from.length) {
                from = Arrays.copyOf(from, k * 2);
                to = Arrays.copyOf(to, k * 2);
                escaped = Arrays.copyOf(escaped, k * 2);
            }
            boolean esc = false;
            int f;
            int t;
            if (p >= n) {
                if (!eof) {
                    return -1;
                }
                // an empty last field after a comma at the very end of the file
                f = p;
                t = p;
            } else if (b[p] == '"') {
                long quoteLine = ln;
                f = ++p;
                while (true) {
                    if (p >= n) {
                        if (!eof) {
                            return -1;
                        }
                        throw new InputException(file + ": line " + quoteLine + ": quoted field not closed");
                    }
                    byte c = b[p];
                    if (c == '"') {
                        if (p + 1 >= n && !eof) {
                            return -1;
                        }
                        if (p + 1 < n && b[p + 1] == '"') {
                            esc = true;
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        ln++;
                    } else if (c == '\r') {
                        if (p + 1 >= n && !eof) {
                            return -1;
                        }
                        if (p + 1 >= n || b[p + 1] != '\n') {
                            ln++;
                        }
                    }
                    p++;
                }
                t = p++;
                if (p < n) {
                    byte c = b[p];
                    if (c != ',' && c != '\n' && c != '\r') {
                        throw new InputException(file + ": line " + ln + ", field " + (k + 1) + ": text after a closing quote");
                    }
                } else if (!eof) {
                    return -1;
                }
            } else {
                f = p;
                while (p < n) {
                    byte c = b[p];
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    p++;
                }
                if (p >= n && !eof) {
                    return -1;
                }
                t = p;
            }
            from[k] = f;
            to[k] = t;
            escaped[k] = esc;
            k++;
            if (p < n && b[p] == ',') {
                p++;
                continue;
            }
            break;
        }
        int end = p;
        if (p < n) {
            if (b[p] == '\r') {
                if (p + 1 >= n && !eof) {
                    return -1;
                }
                p++;
                if (p < n && b[p] == '\n') {
                    p++;
                }
            } else {
                p++;
            }
            ln++;
        }
        recordStart = start;
        recordEnd = end;
        recordLine = startLine;
        fields = k;
        position = p;
        line = ln;
        return 1;
    }

    byte[] bytes() {
        return buffer;
    }

    int fields() {
        return fields;
    }

    int from(int field) {
        return from[field];
    }

    int to(int field) {
        return to[field];
    }

    /** Whether a quoted field holds doubled quotes. */
    boolean escaped(int field) {
        return escaped[field];
    }

    /** The line the record starts on. */
    long line() {
        return recordLine;
    }

    int recordStart() {
        return recordStart;
    }

    int recordEnd() {
        return recordEnd;
    }

    /** A field's text: doubled quotes made single, blanks around it dropped if {@code trim}. */
    String text(int field, boolean trim) {
        String s = new String(buffer, from[field], to[field] - from[field], StandardCharsets.UTF_8);
        if (escaped[field]) {
            s = s.replace("\"\"", "\"");
        }
        return trim ? s.trim() : s;
    }
}
