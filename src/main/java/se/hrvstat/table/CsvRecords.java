package se.hrvstat.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The records of a CSV file as RFC 4180 defines them, streamed as bytes through one reused
 * buffer: fields in double quotes may hold separators, line breaks and doubled quotes; records
 * end at CRLF, LF or CR; empty lines are skipped (as R's {@code read.csv} does); a UTF-8 byte
 * order mark at the start is dropped. After {@link #next()} the fields are ranges of
 * {@link #bytes()} (inside the quotes of a quoted field), and the record as it stands in the file,
 * without its line break, is {@code bytes()[recordStart(), recordEnd())}.
 *
 * <p>Separators, quotes and line breaks are ASCII and never part of a multi-byte character in
 * UTF-8 or Windows-1252, so nothing is decoded here. Lines are counted from 1 and include line
 * breaks inside quoted fields.
 */
final class CsvRecords {
    private final InputStream in;
    private final Path file;
    private final byte separator;
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

    CsvRecords(InputStream in, Path file, char separator) {
        this.in = in;
        this.file = file;
        this.separator = (byte) separator;
    }

    /** Reads the next record; false at the end of the file. */
    boolean next() throws IOException, InputException {
        if (!started) {
            started = true;
            dropByteOrderMark();
        }
        while (true) {
            int r = scan();
            if (r >= 0) {
                return r == 1;
            }
            fill();
        }
    }

    private void dropByteOrderMark() throws IOException {
        fill();
        while (limit < 3 && !eof) {
            fill();
        }
        if (limit >= 3 && (buffer[0] & 0xff) == 0xef && (buffer[1] & 0xff) == 0xbb && (buffer[2] & 0xff) == 0xbf) {
            position = 3;
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

    /** Thrown inside a scan when the buffer ends before the record does: fill and scan again. */
    private static final class NeedMore extends Exception {
        private static final NeedMore INSTANCE = new NeedMore();

        private NeedMore() {
            super(null, null, false, false);
        }
    }

    /** State of one scan; committed to the reader only when a whole record has been read. */
    private final class Scan {
        int p = position;
        long ln = line;

        /** True if the buffer has nothing at {@code p}; NeedMore if more may come. */
        boolean atEnd(int at) throws NeedMore {
            if (at < limit) {
                return false;
            }
            if (!eof) {
                throw NeedMore.INSTANCE;
            }
            return true;
        }

        /** Steps over the line break at {@code p} (LF, CR or CRLF). */
        void lineBreak() throws NeedMore {
            if (buffer[p] == '\r') {
                p++;
                if (!atEnd(p) && buffer[p] == '\n') {
                    p++;
                }
            } else {
                p++;
            }
            ln++;
        }
    }

    /** One record from {@code position}: 1 read, 0 end of file, -1 more bytes needed (nothing changed). */
    private int scan() throws InputException {
        Scan s = new Scan();
        try {
            while (true) {
                if (s.atEnd(s.p)) {
                    position = s.p;
                    line = s.ln;
                    return 0;
                }
                if (buffer[s.p] != '\n' && buffer[s.p] != '\r') {
                    break;
                }
                s.lineBreak(); // an empty line
            }
            int start = s.p;
            long startLine = s.ln;
            int k = 0;
            while (true) {
                growFields(k);
                field(s, k++);
                if (!s.atEnd(s.p) && buffer[s.p] == separator) {
                    s.p++;
                    continue;
                }
                break;
            }
            int end = s.p;
            if (!s.atEnd(s.p)) {
                s.lineBreak();
            }
            recordStart = start;
            recordEnd = end;
            recordLine = startLine;
            fields = k;
            position = s.p;
            line = s.ln;
            return 1;
        } catch (NeedMore more) {
            return -1;
        }
    }

    private void growFields(int k) {
        if (k == from.length) {
            from = Arrays.copyOf(from, k * 2);
            to = Arrays.copyOf(to, k * 2);
            escaped = Arrays.copyOf(escaped, k * 2);
        }
    }

    /** Field {@code k} from {@code s.p}, leaving {@code s.p} at the separator or line break after it. */
    private void field(Scan s, int k) throws NeedMore, InputException {
        if (s.atEnd(s.p)) {
            // an empty last field after a separator at the very end of the file
            from[k] = s.p;
            to[k] = s.p;
            escaped[k] = false;
        } else if (buffer[s.p] == '"') {
            quoted(s, k);
        } else {
            byte[] b = buffer;
            int n = limit;
            int p = s.p;
            from[k] = p;
            while (p < n) {
                byte c = b[p];
                if (c == separator || c == '\n' || c == '\r') {
                    break;
                }
                p++;
            }
            s.atEnd(p); // more bytes needed if the buffer ended inside the field
            s.p = p;
            to[k] = p;
            escaped[k] = false;
        }
    }

    private void quoted(Scan s, int k) throws NeedMore, InputException {
        long quoteLine = s.ln;
        boolean esc = false;
        int f = ++s.p;
        while (true) {
            if (s.atEnd(s.p)) {
                throw new InputException(file + ": line " + quoteLine + ": quoted field not closed");
            }
            byte c = buffer[s.p];
            if (c == '"') {
                if (!s.atEnd(s.p + 1) && buffer[s.p + 1] == '"') {
                    esc = true;
                    s.p += 2;
                    continue;
                }
                break;
            }
            if (c == '\n' || (c == '\r' && (s.atEnd(s.p + 1) || buffer[s.p + 1] != '\n'))) {
                s.ln++;
            }
            s.p++;
        }
        from[k] = f;
        to[k] = s.p++;
        escaped[k] = esc;
        if (!s.atEnd(s.p)) {
            byte c = buffer[s.p];
            if (c != separator && c != '\n' && c != '\r') {
                throw new InputException(file + ": line " + s.ln + ", field " + (k + 1) + ": text after a closing quote");
            }
        }
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
}
