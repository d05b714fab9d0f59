package se.hrvstat.cli.estimate;

import java.io.IOException;
import java.io.Reader;

/**
 * A streaming RFC 4180 tokenizer (comma, double quotes, doubled quotes inside quotes, CRLF or LF)
 * that hands each field to a {@link FieldSink} as a slice of a reused buffer, without creating a
 * String per cell. Lines are counted from 1 and include line breaks inside quoted fields.
 */
final class CsvTokenizer {
    /** Receives the fields of one record after another. */
    interface FieldSink {
        /** Field {@code column} (0-based) of the record starting on {@code line}: {@code chars[0, length)}. */
        void field(int column, char[] chars, int length, long line) throws InputException;

        /** End of a record of {@code fields} fields that started on line {@code line}. */
        void endRecord(int fields, long line) throws InputException;
    }

    private final Reader reader;
    private final String file;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private char[] field = new char[256];
    private long line = 1;
    /** Characters read into the buffer before the current fill. */
    private long before;

    CsvTokenizer(Reader reader, String file) {
        this.reader = reader;
        this.file = file;
    }

    /** Characters consumed so far (the header and the records read). */
    long consumed() {
        return before + position;
    }

    private int next() throws IOException {
        if (position == limit) {
            before += limit;
            limit = reader.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit) {
            before += limit;
            limit = reader.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position];
    }

    private void append(int length, int c) {
        if (length == field.length) {
            field = java.util.Arrays.copyOf(field, length * 2);
        }
        field[length] = (char) c;
    }

    /** Reads one record; returns false at the end of the input. */
    boolean record(FieldSink sink) throws IOException, InputException {
        int c = next();
        if (c == -1) {
            return false;
        }
        if (line == 1 && c == '\uFEFF') {
            c = next();
        }
        long start = line;
        int column = 0;
        while (true) {
            int length = 0;
            if (c == '"') {
                long quoteLine = line;
                while (true) {
                    c = next();
                    if (c == -1) {
                        throw new InputException(file + ": line " + quoteLine + ": quoted field not closed");
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            next();
                            append(length++, '"');
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        line++;
                    }
                    append(length++, c);
                }
                c = next();
                if (c != ',' && c != '\n' && c != '\r' && c != -1) {
                    throw new InputException(file + ": line " + line + ", field " + (column + 1)
                            + ": text after a closing quote");
                }
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != -1) {
                    append(length++, c);
                    c = next();
                }
            }
            sink.field(column++, field, length, start);
            if (c == ',') {
                c = next();
                continue;
            }
            if (c == '\r' && peek() == '\n') {
                next();
            }
            if (c != -1) {
                line++;
            }
            sink.endRecord(column, start);
            return true;
        }
    }
}
