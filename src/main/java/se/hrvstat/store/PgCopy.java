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
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN}, written straight into bytes and sent with the
 * driver's CopyManager on the connection of the current (chunk) transaction: in the text format
 * (tab-separated, {@code \N} for null, backslash escapes, {@code t}/{@code f}, UTF-8), or in the
 * binary format (per row an int16 count of fields, per field an int32 length, -1 for null, and
 * the value in the type's binary form, big-endian), which spares the server parsing text.
 * Source: PostgreSQL documentation, COPY, "Text Format" and "Binary Format"; the types' binary
 * forms are those of their send/recv functions (int2send, int4send, int8send, boolsend,
 * textsend, timestamp_send: microseconds since 2000-01-01 00:00, float8send).
 */
final class PgCopy {
    /** The binary format's header: signature, flags field (0: no OIDs), header extension length (0). */
    static final byte[] BINARY_HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
        0, 0, 0, 0, 0, 0, 0, 0};
    /** The binary format's trailer: a field count of -1. */
    static final byte[] BINARY_TRAILER = {(byte) 0xFF, (byte) 0xFF};
    private static final LocalDateTime POSTGRES_EPOCH = LocalDateTime.of(2000, 1, 1, 0, 0);

    /** Column types with a binary form written here, by PostgreSQL's type name ({@code pg_type.typname}). */
    enum Type {
        INT2, INT4, INT8, BOOL, TEXT, TIMESTAMP, FLOAT8;

        /** The type of a column, or null when its binary form is not written here (e.g. numeric). */
        static Type of(String typname) {
            return switch (typname) {
                case "int2" -> INT2;
                case "int4" -> INT4;
                case "int8" -> INT8;
                case "bool" -> BOOL;
                case "varchar", "text", "bpchar" -> TEXT;
                case "timestamp" -> TIMESTAMP;
                case "float8" -> FLOAT8;
                default -> null;
            };
        }
    }

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
        return utf8(s, true);
    }

    /** The start of a row in the binary format: its number of fields. */
    PgCopy fields(int count) {
        ensure(2);
        return int16(count);
    }

    /**
     * A field in the binary format: its length and its value as a column of {@code type}.
     *
     * @throws IllegalArgumentException if the value does not fit the type (e.g. 40 000 in a smallint)
     */
    PgCopy binary(Object value, Type type) {
        ensure(12);
        if (value == null) {
            return int32(-1);
        }
        switch (type) {
            case INT2 -> {
                long n = integral(value, type);
                if (n < Short.MIN_VALUE || n > Short.MAX_VALUE) {
                    throw new IllegalArgumentException("value out of range for smallint: " + n);
                }
                int32(2).int16((int) n);
            }
            case INT4 -> {
                long n = integral(value, type);
                if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("value out of range for integer: " + n);
                }
                int32(4).int32((int) n);
            }
            case INT8 -> int32(8).int64(integral(value, type));
            case BOOL -> {
                if (!(value instanceof Boolean b)) {
                    throw notOf(value, type);
                }
                int32(1);
                bytes[size++] = (byte) (b ? 1 : 0);
            }
            case FLOAT8 -> {
                if (!(value instanceof Number n)) {
                    throw notOf(value, type);
                }
                int32(8).int64(Double.doubleToLongBits(n.doubleValue()));
            }
            case TIMESTAMP -> {
                if (!(value instanceof LocalDateTime t)) {
                    throw notOf(value, type);
                }
                int32(8).int64(java.time.temporal.ChronoUnit.MICROS.between(POSTGRES_EPOCH, t));
            }
            case TEXT -> {
                int at = size;
                int32(0);
                utf8(value.toString(), false);
                int length = size - at - 4;
                size = at;
                int32(length);
                size += length;
            }
            default -> throw notOf(value, type);
        }
        return this;
    }

    private static long integral(Object value, Type type) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        throw notOf(value, type);
    }

    private static IllegalArgumentException notOf(Object value, Type type) {
        return new IllegalArgumentException("a " + value.getClass().getSimpleName() + " cannot be copied as "
                + type.name().toLowerCase(java.util.Locale.ROOT) + ": " + value);
    }

    private PgCopy int16(int n) {
        bytes[size++] = (byte) (n >> 8);
        bytes[size++] = (byte) n;
        return this;
    }

    private PgCopy int32(int n) {
        bytes[size++] = (byte) (n >> 24);
        bytes[size++] = (byte) (n >> 16);
        bytes[size++] = (byte) (n >> 8);
        bytes[size++] = (byte) n;
        return this;
    }

    private PgCopy int64(long n) {
        int32((int) (n >> 32));
        return int32((int) n);
    }

    /** Text as UTF-8, with the text format's escapes or (binary format) as it is. */
    private PgCopy utf8(String s, boolean escape) {
        ensure(s.length() * 3 + 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (!escape) {
                    bytes[size++] = (byte) c;
                    continue;
                }
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

    /**
     * Sends rows with {@code sql} (a {@code COPY ... FROM STDIN}), one COPY, in the current
     * transaction; in the binary format (the statement says {@code (FORMAT binary)}) with the
     * format's header before the rows and its trailer after them.
     */
    static void send(DataSource dataSource, String sql, List<PgCopy> texts, boolean binary) {
        Connection connection = DataSourceUtils.getConnection(dataSource); // the chunk's transaction
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                if (binary) {
                    copy.writeToCopy(BINARY_HEADER, 0, BINARY_HEADER.length);
                }
                for (PgCopy text : texts) {
                    for (int from = 0; from < text.size; from += 1 << 16) {
                        copy.writeToCopy(text.bytes, from, Math.min(1 << 16, text.size - from));
                    }
                }
                if (binary) {
                    copy.writeToCopy(BINARY_TRAILER, 0, BINARY_TRAILER.length);
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
