package se.hrvstat.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import se.hrvstat.result.InputKind;
import se.hrvstat.table.CsvFormat;

/**
 * Streams the data rows of one CSV file in its detected dialect, with the line each starts on.
 * Memory does not grow with the file. Broken quoting is reported with file and line.
 *
 * <p>The dialect and the header are found by {@link CsvDialectDetector} (Commons CSV); the data
 * rows are split here, by a small RFC 4180 reader that does what Commons CSV's
 * {@code CSVFormat.RFC4180} with empty lines ignored does (a quote is special only at the start
 * of a field, {@code ""} inside quotes is a quote, CR, LF and CRLF end a record), without its
 * per-record objects: this loop runs for every cell of a million-row file. Where a file is
 * broken, {@link FaultLocator} names the line and column, as before.
 */
public final class CsvRowSource implements Closeable {
    /** The longest cell any column of the codebook can hold, with room to spare; a longer one rejects its row. */
    public static final int MAX_FIELD_CHARS = 255;
    /** Longer than this a field is no cell of a table: the file is refused, and memory stays bounded. */
    public static final int MAX_RAW_FIELD_CHARS = 1 << 20;
    private static final int END = -1;
    /** Single ASCII characters as shared strings: most cells of an answer file are one digit. */
    private static final String[] ONE_CHAR = new String[128];

    static {
        for (char c = 0; c < ONE_CHAR.length; c++) {
            ONE_CHAR[c] = String.valueOf(c).intern();
        }
    }

    private final Path file;
    private final InputKind kind;
    private final CsvFormat dialect;
    private final char delimiter;
    private final Reader reader;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int len;
    private long line = 1;
    private long recordStart = 1;
    private final StringBuilder field = new StringBuilder(64);
    /** The fields of the record being read (the first {@link #fieldCount}); reused from record to record. */
    private String[] fields = new String[32];
    private int fieldCount;
    private long recordsRead;
    private final int headerWidth;

    public CsvRowSource(Path file, InputKind kind) {
        this(file, kind, CsvDialectDetector.detect(file, kind));
    }

    public CsvRowSource(Path file, InputKind kind, CsvFormat dialect) {
        this.file = file;
        this.kind = kind;
        this.dialect = dialect;
        this.delimiter = dialect.separator();
        try {
            InputStream in = Files.newInputStream(file);
            if (dialect.byteOrderMark()) {
                in.skipNBytes(3);
            }
            // strict: bytes that are not in the character set are an error, never silently replaced
            CharsetDecoder decoder = dialect.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.reader = new InputStreamReader(in, decoder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
        readRecord(); // the header, already checked by the detector
        this.headerWidth = fieldCount;
    }

    /** The number of columns of the file's header (fewer than the kind's when optional columns are left out). */
    public int headerWidth() {
        return headerWidth;
    }

    public CsvFormat dialect() {
        return dialect;
    }

    public InputKind kind() {
        return kind;
    }

    /** The next data row, or null at the end of the file. */
    public Row next() {
        String[] record = readRecord();
        if (record == null) {
            return null;
        }
        recordsRead++;
        return new Row((int) recordStart, record);
    }

    /** One record's fields, or null at the end of the file. Empty lines are skipped. */
    private String[] readRecord() {
        try {
            int c = peek();
            while (c == '\n' || c == '\r') {
                lineBreak(c);
                c = peek();
            }
            if (c == END) {
                return null;
            }
            recordStart = line;
            fieldCount = 0;
            while (true) {
                String value = c == '"' ? quotedField() : plainField();
                if (fieldCount == fields.length) {
                    fields = Arrays.copyOf(fields, fieldCount * 2);
                }
                fields[fieldCount++] = value;
                c = peek();
                if (c == delimiter) {
                    pos++;
                    c = peek();
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    lineBreak(c);
                }
                return Arrays.copyOf(fields, fieldCount);
            }
        } catch (CharacterCodingException e) {
            throw located(new UncheckedIOException(e));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A field without quotes: up to the delimiter or the end of the line. */
    private String plainField() throws IOException {
        field.setLength(0);
        while (true) {
            if (pos >= len && fill() < 0) {
                break;
            }
            int start = pos;
            char[] b = buffer;
            int end = len;
            int i = start;
            char d = delimiter;
            while (i < end) {
                char c = b[i];
                if (c == d || c == '\n' || c == '\r') {
                    break;
                }
                if (c == 0) {
                    throw nul();
                }
                i++;
            }
            pos = i;
            if (i < end) { // the field ends inside the buffer
                if (field.length() == 0) {
                    return plainString(b, start, i - start);
                }
                field.append(b, start, i - start);
                break;
            }
            field.append(b, start, i - start);
            tooLong();
        }
        return field.length() == 1 && field.charAt(0) < 128 ? ONE_CHAR[field.charAt(0)] : field.toString();
    }

    /**
     * The text of a field without quotes that lies whole in the buffer: a shared string for one
     * ASCII character, else the previous record's string of the same column when it has the same
     * characters (class ids, years, ages repeat from row to row: no new string, and its hash code is
     * already computed for the codebook's look-up), else a new string.
     */
    private String plainString(char[] b, int start, int n) {
        if (n == 1 && b[start] < 128) {
            return ONE_CHAR[b[start]];
        }
        String previous = fieldCount < fields.length ? fields[fieldCount] : null;
        if (previous != null && previous.length() == n) {
            int k = n - 1;
            while (k >= 0 && previous.charAt(k) == b[start + k]) { // from the end: ids differ there first
                k--;
            }
            if (k < 0) {
                return previous;
            }
        }
        return new String(b, start, n);
    }

    /** A field in quotes: {@code ""} is a quote; line breaks are part of it. */
    private String quotedField() throws IOException {
        field.setLength(0);
        pos++; // the opening quote
        while (true) {
            int c = read();
            if (c == END) {
                throw located(new IllegalStateException("EOF reached before encapsulated token finished"));
            }
            if (c == '"') {
                if (peek() == '"') {
                    pos++;
                    field.append('"');
                    continue;
                }
                int after = peek();
                if (after != delimiter && after != '\n' && after != '\r' && after != END) {
                    throw located(new IllegalStateException("invalid char between encapsulated token and delimiter"));
                }
                return field.toString();
            }
            if (c == 0) {
                throw nul();
            }
            if (c == '\n' || c == '\r' && peek() != '\n') {
                line++;
            }
            field.append((char) c);
            tooLong();
        }
    }

    private void tooLong() {
        if (field.length() > MAX_RAW_FIELD_CHARS) {
            throw new InputFileException(file, recordStart, fieldCount + 1, "a field of more than "
                    + MAX_RAW_FIELD_CHARS + " characters: this is no table cell"
                    + (field.indexOf("\n") >= 0 ? " (it spans lines: is a quote left open?)" : ""));
        }
    }

    private InputFileException nul() {
        return new InputFileException(file, line, fieldCount + 1, "the field holds a NUL character: "
                + "the file is not text here");
    }

    private void lineBreak(int c) throws IOException {
        pos++;
        if (c == '\r' && peek() == '\n') {
            pos++;
        }
        line++;
    }

    private int peek() throws IOException {
        if (pos >= len && fill() < 0) {
            return END;
        }
        return buffer[pos];
    }

    private int read() throws IOException {
        if (pos >= len && fill() < 0) {
            return END;
        }
        return buffer[pos++];
    }

    private int fill() throws IOException {
        int n;
        do {
            n = reader.read(buffer, 0, buffer.length);
        } while (n == 0);
        pos = 0;
        len = Math.max(n, 0);
        return n;
    }

    /** The reader gave up: say where, as exactly as the bytes tell. */
    private InputFileException located(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                FaultLocator.Place at = FaultLocator.firstNonUtf8(file, dialect.separator());
                return new InputFileException(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(),
                        "the text is not " + dialect.charset().name() + (at == null ? "" : " (" + at.what() + ")")
                                + ": the file mixes character encodings; save it again as UTF-8");
            }
        }
        String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        FaultLocator.Place quote = FaultLocator.openQuote(file, dialect.charset(), dialect.separator());
        if (quote != null) {
            return new InputFileException(file, quote.line(), quote.column(), "broken CSV: a quote opens here and is never "
                    + "closed");
        }
        return new InputFileException(file, line, fieldCount + 1, "broken CSV: " + reason);
    }

    /** Skips data rows already handled (on restart). */
    public void skip(long rows) {
        for (long i = 0; i < rows; i++) {
            if (next() == null) {
                return;
            }
        }
    }

    public long recordsRead() {
        return recordsRead;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A data row: the line it starts on (the header is line 1) and its raw fields. */
    public record Row(int line, String[] fields) {
    }
}
