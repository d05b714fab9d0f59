package se.hrvstat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import se.hrvstat.result.InputKind;
import se.hrvstat.table.CsvFormat;

/**
 * Detects the dialect of a CSV file from its first bytes and its header line, never by a
 * silent guess: the header must split into exactly the expected column names with one
 * separator and not with the other, else the file is refused with a message.
 *
 * <p>Character set: a UTF-8 byte-order mark means UTF-8; otherwise the first 64 KiB must
 * decode as strict UTF-8, else the file is read as Windows-1252 (the Swedish Excel default).
 * A NUL byte means the file is not text.
 */
public final class CsvDialectDetector {
    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvDialectDetector() {
    }

    /**
     * The dialect of an input file of {@code kind}: its header must be the kind's, exactly, or
     * for a kind that allows further columns ({@link InputKind#furtherColumnsAllowed()}) begin with
     * the kind's columns and go on with further names of letters, digits and _; the kind's optional
     * last columns ({@link InputKind#requiredColumns()}) may be left out.
     */
    public static CsvFormat detect(Path file, InputKind kind) {
        return detect(file, kind.header(), kind.furtherColumnsAllowed(), kind.requiredColumns());
    }

    public static CsvFormat detect(Path file, List<String> expectedHeader) {
        return detect(file, expectedHeader, false, expectedHeader.size());
    }

    private static CsvFormat detect(Path file, List<String> expectedHeader, boolean furtherColumns, int required) {
        byte[] sample = readSample(file);
        if (sample.length == 0) {
            throw new InputFileException(file, 1, 1, "the file is empty (not even a header)");
        }
        boolean bom = sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB
                && (sample[2] & 0xFF) == 0xBF;
        byte[] text = bom ? Arrays.copyOfRange(sample, 3, sample.length) : sample;
        long line = 1;
        int column = 1;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == 0) {
                throw new InputFileException(file, line, column, "the file is not text (it contains a NUL byte at byte "
                        + (i + 1) + "): is it a CSV file at all?");
            }
            if (text[i] == '\n') {
                line++;
                column = 1;
            } else if (text[i] == ',' || text[i] == ';') {
                column++;
            }
        }
        Charset charset = bom || isUtf8(text, sample.length == SAMPLE_BYTES) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String headerLine = firstLine(new String(text, charset));
        char delimiter = delimiter(file, headerLine, expectedHeader, furtherColumns, required);
        return new CsvFormat(delimiter, delimiter == ';' ? ',' : '.', charset, bom);
    }

    private static char delimiter(Path file, String headerLine, List<String> expected, boolean furtherColumns,
                                  int required) {
        boolean comma = splitsInto(headerLine, ',', expected, furtherColumns, required);
        boolean semicolon = splitsInto(headerLine, ';', expected, furtherColumns, required);
        if (comma && !semicolon) {
            return ',';
        }
        if (semicolon && !comma) {
            return ';';
        }
        if (comma) {
            throw new InputFileException(file, 1, 0, "the separator is ambiguous (the header splits with both ',' and ';')");
        }
        List<String> found = Arrays.stream(headerLine.split(headerLine.indexOf(';') >= 0 ? ";" : ",", -1))
                .map(CsvDialectDetector::clean).toList();
        for (int i = 0; i < Math.max(found.size(), expected.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "(no column)";
            String got = i < found.size() ? found.get(i) : "(missing)";
            if (i >= found.size() && i >= required) {
                break; // an optional last column left out
            }
            if (furtherColumns && i >= expected.size() && !FURTHER_NAME.matcher(got).matches()) {
                throw new InputFileException(file, 1, i + 1, "wrong header: a further column's name must be letters, "
                        + "digits and _, found '" + got + "'");
            }
            if (!want.equals(got) && !(furtherColumns && i >= expected.size())) {
                throw new InputFileException(file, 1, i + 1, "wrong header: expected '" + want + "' but found '"
                        + got + "' (the header must be " + String.join(",", expected.subList(0, required))
                        + (required < expected.size() ? ", optionally followed by "
                                + String.join(",", expected.subList(required, expected.size())) : "")
                        + (furtherColumns ? ", optionally followed by further columns" : "") + ")");
            }
        }
        throw new InputFileException(file, 1, 0, "wrong header");
    }

    private static boolean splitsInto(String headerLine, char delimiter, List<String> expected, boolean furtherColumns,
                                      int required) {
        List<String> names = Arrays.stream(headerLine.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1))
                .map(CsvDialectDetector::clean).toList();
        if (names.size() >= required && names.size() < expected.size()) {
            return names.equals(expected.subList(0, names.size())); // optional last columns left out
        }
        if (!furtherColumns || names.size() <= expected.size()) {
            return names.equals(expected);
        }
        return names.subList(0, expected.size()).equals(expected)
                && names.subList(expected.size(), names.size()).stream().allMatch(n -> FURTHER_NAME.matcher(n).matches());
    }

    /** The name of a further column of a kind that allows them. */
    private static final java.util.regex.Pattern FURTHER_NAME = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private static String clean(String name) {
        String trimmed = name.trim();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }

    private static boolean isUtf8(byte[] text, boolean truncated) {
        int length = text.length;
        if (truncated) {
            // do not judge a multi-byte character cut by the sample's end
            while (length > 0 && (text[length - 1] & 0xC0) == 0x80) {
                length--;
            }
            if (length > 0 && (text[length - 1] & 0x80) != 0) {
                length--;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(text, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] readSample(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
