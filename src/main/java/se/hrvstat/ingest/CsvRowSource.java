package se.hrvstat.ingest;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the data rows of one CSV file in its detected dialect, with the line each starts on.
 * Memory does not grow with the file. Broken quoting is reported with file and line.
 */
public final class CsvRowSource implements Closeable {
    /** The longest cell any column of the codebook can hold, with room to spare; longer is a broken file. */
    public static final int MAX_FIELD_CHARS = 255;
    private final Path file;
    private final InputKind kind;
    private final CsvDialect dialect;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long recordsRead;

    public CsvRowSource(Path file, InputKind kind) {
        this(file, kind, CsvDialectDetector.detect(file, kind.header()));
    }

    public CsvRowSource(Path file, InputKind kind, CsvDialect dialect) {
        this.file = file;
        this.kind = kind;
        this.dialect = dialect;
        try {
            InputStream in = Files.newInputStream(file);
            if (dialect.byteOrderMark()) {
                in.skipNBytes(3);
            }
            // strict: bytes that are not in the character set are an error, never silently replaced
            CharsetDecoder decoder = dialect.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.delimiter())
                    .setIgnoreEmptyLines(true).get();
            this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            this.records = parser.iterator();
            if (records.hasNext()) {
                records.next(); // the header, already checked by the detector
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw located(e);
        }
    }

    public CsvDialect dialect() {
        return dialect;
    }

    public InputKind kind() {
        return kind;
    }

    /** The next data row, or null at the end of the file. */
    public Row next() {
        try {
            long startLine = parser.getCurrentLineNumber() + 1;
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            recordsRead++;
            String[] fields = new String[record.size()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = record.get(i);
                if (fields[i].indexOf('\0') >= 0) {
                    throw new InputFileException(file, startLine, i + 1, "the field holds a NUL character: "
                            + "the file is not text here");
                }
                if (fields[i].length() > MAX_FIELD_CHARS) {
                    throw new InputFileException(file, startLine, i + 1, "a field of " + fields[i].length()
                            + " characters, more than the " + MAX_FIELD_CHARS + " any column allows"
                            + (fields[i].indexOf('\n') >= 0 ? " (it spans lines: is a quote left open?)" : ""));
                }
            }
            return new Row((int) startLine, fields);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw located(e);
        }
    }

    /** The parser gave up: say where, as exactly as the bytes tell. */
    private InputFileException located(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                FaultLocator.Place at = FaultLocator.firstNonUtf8(file, dialect.delimiter());
                return new InputFileException(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(),
                        "the text is not " + dialect.charset().name() + (at == null ? "" : " (" + at.what() + ")")
                                + ": the file mixes character encodings; save it again as UTF-8");
            }
        }
        String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        FaultLocator.Place quote = FaultLocator.openQuote(file, dialect.charset(), dialect.delimiter());
        if (quote != null) {
            return new InputFileException(file, quote.line(), quote.column(), "broken CSV: a quote opens here and is never "
                    + "closed");
        }
        return new InputFileException(file, parser == null ? 1 : parser.getCurrentLineNumber() + 1, 1,
                "broken CSV: " + reason);
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
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A data row: the line it starts on (the header is line 1) and its raw fields. */
    public record Row(int line, String[] fields) {
    }
}
