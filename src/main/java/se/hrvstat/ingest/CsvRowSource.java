package se.hrvstat.ingest;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, dialect.charset()), 1 << 16);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.delimiter())
                    .setIgnoreEmptyLines(true).get();
            this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            this.records = parser.iterator();
            if (records.hasNext()) {
                records.next(); // the header, already checked by the detector
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        } catch (UncheckedIOException e) {
            throw new InputFileException(file, 1, 0, "cannot parse the header: " + e.getCause().getMessage());
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
            }
            return new Row((int) startLine, fields);
        } catch (UncheckedIOException | IllegalStateException e) {
            String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new InputFileException(file, parser.getCurrentLineNumber() + 1, 0, "broken CSV: " + reason);
        }
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
