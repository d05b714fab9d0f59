package se.hrvstat.table;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a CSV file is written: its field separator (an ASCII character: comma, semicolon or tab),
 * its decimal mark and its character set (one whose line breaks, quotes, separators and digits
 * are single ASCII bytes: UTF-8 or Windows-1252). A UTF-8 byte order mark at the start is always
 * dropped. {@link #RFC4180} is the exchange format and what {@code hrvstat estimate} and
 * {@code hrvstat calibrate} read; {@link #SWEDISH_EXCEL} is what Excel saves in Sweden.
 */
public record CsvFormat(char separator, char decimalMark, Charset charset) {
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
}
