package se.hrvstat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;

import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} in its text format (tab-separated, {@code \N}
 * for null, backslash escapes, {@code t}/{@code f}), written straight into UTF-8 bytes and sent
 * with the driver's CopyManager ({@link ChunkCopy}) on the connection of the current (chunk) transaction.
 * Source: PostgreSQL documentation, COPY, "Text Format".
 */
final class PgCopy {
    private byte[] bytes;
    private int size;

    PgCopy(int capacity) {
        bytes = new byte[capacity];
    }

    /** Whether the store is PostgreSQL (then rows are landed with COPY). */
    static boolean isPostgresql(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")));
    }

    PgCopy tab() {
        return put('\t');
    }

    PgCopy endOfRow() {
        return put('\n');
    }

    PgCopy value(Object value) {
        if (value == null) {
            put('\\');
            return put('N');
        }
        if (value instanceof Integer i) {
            return number(i);
        }
        if (value instanceof Long l) {
            return number(l);
        }
        if (value instanceof Boolean b) {
            return put(b ? 't' : 'f');
        }
        if (value instanceof LocalDateTime t) {
            return text(t.toString());
        }
        return text(value.toString());
    }

    /** A whole number in decimal digits, written straight into the bytes (no string per value). */
    PgCopy number(long n) {
        if (n == Long.MIN_VALUE) {
            return text(Long.toString(n));
        }
        ensure(20);
        if (n < 0) {
            bytes[size++] = '-';
            n = -n;
        }
        if (n < 10) {
            bytes[size++] = (byte) ('0' + n);
            return this;
        }
        int end = size + digits(n);
        for (int i = end - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        size = end;
        return this;
    }

    private static int digits(long n) {
        int digits = 1;
        for (long limit = 10; n >= limit && digits < 19; limit *= 10) {
            digits++;
        }
        return digits;
    }

    /** Text, escaped for the text format and encoded as UTF-8. */
    PgCopy text(String s) {
        ensure(s.length() * 3 + 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> escaped('\\');
                    case '\t' -> escaped('t');
                    case '\n' -> escaped('n');
                    case '\r' -> escaped('r');
                    default -> bytes[size++] = (byte) c;
                }
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                ensure(s.length() * 3 + 4);
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
            } else {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return this;
    }

    private void escaped(char c) {
        bytes[size++] = '\\';
        bytes[size++] = (byte) c;
    }

    private PgCopy put(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    int size() {
        return size;
    }

    /** The bytes written so far (a copy). */
    byte[] bytes() {
        return java.util.Arrays.copyOf(bytes, size);
    }

    /** Writes the rows into an open COPY, in pieces of at most 64 KiB. */
    void writeTo(CopyIn copy) throws SQLException {
        for (int from = 0; from < size; from += 1 << 16) {
            copy.writeToCopy(bytes, from, Math.min(1 << 16, size - from));
        }
    }
}
