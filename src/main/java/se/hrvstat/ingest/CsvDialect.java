package se.hrvstat.ingest;

import java.nio.charset.Charset;

/**
 * How a CSV file is written: its character set, whether it starts with a byte-order mark,
 * its field separator and its decimal mark. {@link #RFC4180} is the exchange format; the
 * Swedish Excel dialect has semicolons, decimal commas and Windows-1252 text.
 */
public record CsvDialect(Charset charset, boolean byteOrderMark, char delimiter, char decimalMark) {

    public static final CsvDialect RFC4180 =
            new CsvDialect(java.nio.charset.StandardCharsets.UTF_8, false, ',', '.');

    /** A short description for logs and the validation report. */
    public String describe() {
        String name = delimiter == ';' ? "Swedish Excel dialect (semicolon" : "RFC 4180 (comma";
        return name + ", " + charset.name() + (byteOrderMark ? " with BOM" : "") + ", decimal mark '"
                + decimalMark + "')";
    }

    /** The decimal mark of a dialect from its {@link #describe()} (as stored with the file), '.' if none. */
    public static char decimalMarkOf(String described) {
        return described != null && described.contains("decimal mark ','") ? ',' : '.';
    }
}
