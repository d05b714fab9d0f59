package se.hrvstat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} in its text format (tab-separated, {@code \N}
 * for null, backslash escapes, {@code t}/{@code f}), written straight into UTF-8 bytes and sent
 * with the driver's CopyManager on the connection of the current (chunk) transaction.
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

    PgCopy number(long n) {
        if (n >= 0 && n < 10) {
            return put((char) ('0' + n));
        }
        return text(Long.toString(n));
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

    /** Sends rows with {@code sql} (a {@code COPY ... FROM STDIN}), one COPY, in the current transaction. */
    static void send(DataSource dataSource, String sql, List<PgCopy> texts) {
        Connection connection = DataSourceUtils.getConnection(dataSource); // the chunk's transaction
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                for (PgCopy text : texts) {
                    for (int from = 0; from < text.size; from += 1 << 16) {
                        copy.writeToCopy(text.bytes, from, Math.min(1 << 16, text.size - from));
                    }
                }
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot COPY rows into PostgreSQL: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
