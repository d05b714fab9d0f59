package se.hrvstat.table;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a CSV file is written: its field separator (an ASCII character: comma, semicolon or tab),
 * its decimal mark, its character set (one whose line breaks, quotes, separators and digits are
 * single ASCII bytes: UTF-8 or Windows-1252) and whether it starts with a UTF-8 byte order mark
 * (which readers always drop). {@link #RFC4180} is the exchange format and what
 * {@code hrvstat estimate} and {@code hrvstat calibrate} read; {@link #SWEDISH_EXCEL} is what Excel
 * saves in Sweden. The ingest detects a file's format and records its {@link #describe() description}
 * with the file.
 */
public record CsvFormat(char separator, char decimalMark, Charset charset, boolean byteOrderMark) {
    public static final CsvFormat RFC4180 = new CsvFormat(',', '.', StandardCharsets.UTF_8);
    public static final CsvFormat SWEDISH_EXCEL = new CsvFormat(';', ',', Charset.forName("windows-1252"));
    public static final CsvFormat TAB_SEPARATED = new CsvFormat('\t', '.', StandardCharsets.UTF_8);

    public CsvFormat {
        if (separator >= 0x80 || separator == '"' || separator == '\n' || separator == '\r') {
            throw new IllegalArgumentException("the separator must be an ASCII character other than a quote or a line break");
        }
        if (decimalMark != '.' && decimalMark != ',') {
            throw new IllegalArgumentException("the decimal mark is '.' or ','");
        }
        if (decimalMark == separator) {
            throw new IllegalArgumentException("the decimal mark cannot be the separator");
        }
    }

    /** A format without a byte order mark. */
    public CsvFormat(char separator, char decimalMark, Charset charset) {
        this(separator, decimalMark, charset, false);
    }

    /** A short description for logs and the validation report, stored with each loaded file. */
    public String describe() {
        String name = switch (separator) {
            case ';' -> "Swedish Excel dialect (semicolon";
            case '\t' -> "tab-separated (tab";
            case ',' -> "RFC 4180 (comma";
            default -> "custom (separator '" + separator + "'";
        };
        return name + ", " + charset.name() + (byteOrderMark ? " with BOM" : "") + ", decimal mark '"
                + decimalMark + "')";
    }

    /** The decimal mark of a format from its {@link #describe()} (as stored with the file), '.' if none. */
    public static char decimalMarkOf(String described) {
        return described != null && described.contains("decimal mark ','") ? ',' : '.';
    }
}
