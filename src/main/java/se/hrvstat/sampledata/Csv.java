package se.hrvstat.sampledata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A minimal RFC 4180 writer: comma separated, CRLF line ends, fields quoted only when needed. */
final class Csv implements AutoCloseable {

    private final Writer out;
    private final char separator;
    private final StringBuilder line = new StringBuilder(256);

    private Csv(Writer out, char separator) {
        this.out = out;
        this.separator = separator;
    }

    /** UTF-8 (no byte-order mark), comma separated. */
    static Csv open(Path file) {
        return open(file, StandardCharsets.UTF_8, ',');
    }

    static Csv open(Path file, Charset charset, char separator) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return new Csv(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), charset), 1 << 16),
                    separator);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    void row(List<String> fields) {
        row(fields.toArray(new String[0]));
    }

    void row(String... fields) {
        line.setLength(0);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(separator);
            }
            String f = fields[i] == null ? "" : fields[i];
            if (f.indexOf(separator) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                line.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                line.append(f);
            }
        }
        line.append("\r\n");
        try {
            out.write(line.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
