package se.hrvstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.hrvstat.result.InputKind;
import se.hrvstat.table.CsvFormat;

/**
 * The data-row reader of {@link CsvRowSource} splits records as Commons CSV's RFC 4180 format
 * with empty lines ignored does (the reader it replaced for speed): Commons CSV is the oracle
 * here, on texts made to hit the corners (quotes, doubled quotes, line breaks inside quotes,
 * CRLF, lone CR, empty fields, empty lines, no final line break, a quote inside a plain field).
 */
class CsvRowSourceTest {
    private static final CsvFormat SEMICOLON = new CsvFormat(';', ',', StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "h1,h2,h3\n1,2,3\n4,5,6\n",
        "h1,h2,h3\r\n1,2,3\r\n4,5,6\r\n",
        "h1,h2,h3\r1,2,3\r4,5,6",
        "h1,h2,h3\n\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n",
        "h1,h2,h3\n,,\n1,,\n,,3\n",
        "h1,h2,h3\n\n1,2,3\n\n\n4,5,6",
        "h1,h2,h3\nab\"c,d\"\"e,f\n",
        "h1,h2,h3\n\"\",\"\"\"\",\"x\r\ny\"\r\n",
        "h1,h2,h3\n1,2\n1,2,3,4\n",
        "h1,h2,h3\nÅsa,Ölme,\"Ängel\"\n",
        // values that repeat, change in one character (first, middle, last) or length from row to
        // row: the reader reuses the previous row's string of a column only when it is the same text
        "h1,h2,h3\nab,2024,R1\nab,2024,R2\nac,2025,R2\nbc,2024,R22\nab,,R2\nab,2024,\"R2\"\nab,2034,R\n"
    })
    void recordsAreSplitAsCommonsCsvSplitsThem(String text) throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        assertThat(read(file, CsvFormat.RFC4180)).isEqualTo(commonsCsv(text, ','));
    }

    @Test
    void aFieldLongerThanTheReadBufferIsReadWhole() throws Exception {
        String text = "h1,h2,h3\n" + "x".repeat(70_000) + ",2,\"" + "y".repeat(70_000) + "\"\n";
        Path file = dir.resolve("t.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        assertThat(read(file, CsvFormat.RFC4180)).isEqualTo(commonsCsv(text, ','));
    }

    @Test
    void theSwedishDialectSplitsAtSemicolons() throws Exception {
        String text = "h1;h2;h3\n1,5;\"a;b\";3\n";
        Path file = dir.resolve("t.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        assertThat(read(file, SEMICOLON)).isEqualTo(commonsCsv(text, ';')).containsExactly(List.of("1,5", "a;b", "3"));
    }

    @Test
    void eachRowKnowsTheLineItStartsOn() throws Exception {
        // header line 1; row on line 2; an empty line 3; a row spanning lines 4-5; a row on line 6
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "h1,h2\n1,2\n\n\"x\ny\",3\n4,5", StandardCharsets.UTF_8);

        List<Integer> lines = new ArrayList<>();
        try (CsvRowSource source = new CsvRowSource(file, InputKind.RESPONSES, CsvFormat.RFC4180)) {
            for (CsvRowSource.Row row = source.next(); row != null; row = source.next()) {
                lines.add(row.line());
            }
        }
        assertThat(lines).containsExactly(2, 4, 6);
    }

    @Test
    void aQuoteLeftOpenIsReportedWhereItOpens() throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "h1,h2\n1,2\n3,\"4\n5,6\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(file, CsvFormat.RFC4180)).isInstanceOf(InputFileException.class)
                .hasMessageContaining("line 3, column 2").hasMessageContaining("never closed");
    }

    @Test
    void textAfterAClosingQuoteIsABrokenFileNamingItsLine() throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "h1,h2\n1,2\n\"3\"x,4\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(file, CsvFormat.RFC4180)).isInstanceOf(InputFileException.class)
                .hasMessageContaining("line 3").hasMessageContaining("broken CSV");
    }

    private static List<List<String>> read(Path file, CsvFormat dialect) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvRowSource source = new CsvRowSource(file, InputKind.RESPONSES, dialect)) {
            for (CsvRowSource.Row row = source.next(); row != null; row = source.next()) {
                rows.add(List.of(row.fields()));
            }
        }
        return rows;
    }

    private static List<List<String>> commonsCsv(String text, char delimiter) throws Exception {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(record.toList());
            }
        }
        return rows;
    }
}
