package se.hrvstat.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;

/**
 * Reading CSV into the column table, against RFC 4180 written out by hand: quoted fields with
 * separators, line breaks and doubled quotes; CRLF, LF and CR; empty lines; a byte order mark;
 * missing cells; the Swedish Excel and tab dialects; line numbers in every message; records
 * copied back exactly as they stand. (The cases of the former readers of {@code hrvstat estimate}
 * and {@code hrvstat calibrate}, CsvDataTest and CsvTableTest, are here.)
 */
class CsvFileTest {
    @TempDir
    Path tmp;

    Path file(String content) throws IOException {
        return file(content, StandardCharsets.UTF_8);
    }

    Path file(String content, Charset charset) throws IOException {
        Path p = tmp.resolve("d.csv");
        Files.write(p, content.getBytes(charset));
        return p;
    }

    ColumnTable read(String content, List<String> texts, List<String> numbers) throws Exception {
        return CsvFile.open(file(content), CsvFormat.RFC4180).read(texts, numbers, TextCells.AS_WRITTEN);
    }

    @Test
    void columnsAreTablesawColumnsOfTheDeclaredTypes() throws Exception {
        ColumnTable t = read("s,y,z\na,1,x\nb,2,y\n", List.of("s"), List.of("y"));
        assertThat(t.table().columnCount()).isEqualTo(2);
        assertThat(t.table().column("y").type()).isEqualTo(ColumnType.DOUBLE);
        assertThat(t.table().column("s").type()).isEqualTo(ColumnType.STRING);
        assertThat(t.table().rowCount()).isEqualTo(2);
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws Exception {
        ColumnTable d = read("name,y\r\n\"a,b\",1\r\n\"say \"\"hi\"\"\",2\r\n\"two\nlines\",3\r\n", List.of("name"), List.of("y"));
        assertThat(d.texts("name")).containsExactly("a,b", "say \"hi\"", "two\nlines");
        assertThat(d.numbers("y")).containsExactly(1, 2, 3);
    }

    @Test
    void emptyAndNaAreMissing() throws Exception {
        ColumnTable d = read("s,y\nNA,NA\n,\nx,1.5\n", List.of("s"), List.of("y"));
        assertThat(d.texts("s")).containsExactly(null, null, "x");
        assertThat(d.numbers("y")[0]).isNaN();
        assertThat(d.numbers("y")[1]).isNaN();
        assertThat(d.table().stringColumn("s").countMissing()).isEqualTo(2);
    }

    @Test
    void cellsOfWhiteSpaceOrNaWithWhiteSpaceAreMissingAndOtherCellsAreNot() {
        for (String missing : new String[] {"", " ", "NA", " NA ", "\u3000", "\tNA\u2003"}) {
            assertThat(Cells.isMissing(missing)).as("'%s'", missing).isTrue();
            byte[] b = missing.getBytes(StandardCharsets.UTF_8);
            assertThat(Cells.isMissing(b, 0, b.length, StandardCharsets.UTF_8)).as("bytes of '%s'", missing).isTrue();
        }
        for (String present : new String[] {"0", "1", "N", "NaN", "NAN", "x", "1 ", "\u00e51"}) {
            assertThat(Cells.isMissing(present)).as("'%s'", present).isFalse();
            byte[] b = present.getBytes(StandardCharsets.UTF_8);
            assertThat(Cells.isMissing(b, 0, b.length, StandardCharsets.UTF_8)).as("bytes of '%s'", present).isFalse();
        }
    }

    @Test
    void aBadNumberNamesFileLineAndColumnCountingQuotedLineBreaks() {
        assertThatThrownBy(() -> read("s,y\n\"a\nb\",1\nc,x1\n", List.of("s"), List.of("y")))
                .isInstanceOf(InputException.class).hasMessageContaining("d.csv: line 4, column 'y': 'x1' is not a number");
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThatThrownBy(() -> read("s,y\n\"abc,1\n", List.of("s"), List.of("y")))
                .isInstanceOf(InputException.class).hasMessageContaining("line 2: quoted field not closed");
    }

    @Test
    void textAfterAClosingQuoteIsAnError() {
        assertThatThrownBy(() -> read("s,y\n\"ab\"c,1\n", List.of("s"), List.of("y")))
                .isInstanceOf(InputException.class).hasMessageContaining("line 2, field 1: text after a closing quote");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsAnError() {
        assertThatThrownBy(() -> read("s,y\na,1\nb,2,3\n", List.of("s"), List.of("y")))
                .isInstanceOf(InputException.class).hasMessageContaining("line 3: 3 fields, the header has 2");
    }

    @Test
    void anUnknownColumnIsNamedWithTheHeader() {
        assertThatThrownBy(() -> read("s,y\na,1\n", List.of("t"), List.of("y")))
                .isInstanceOf(UnknownColumnException.class).hasMessageContaining("d.csv: no column 't' (columns: s, y)");
    }

    @Test
    void aFileWithoutRowsOrHeaderIsAnError() {
        assertThatThrownBy(() -> read("s,y\n", List.of("s"), List.of())).hasMessageContaining("no data rows");
        assertThatThrownBy(() -> read("", List.of(), List.of())).hasMessageContaining("line 1: no header");
        assertThatThrownBy(() -> CsvFile.open(tmp.resolve("none.csv"), CsvFormat.RFC4180))
                .isInstanceOf(InputException.class).hasMessageContaining("none.csv: cannot be read");
    }

    @RepeatedTest(20)
    void numbersAreParsedExactlyAsDoubleParseDouble(RepetitionInfo info) {
        Random r = new Random(info.getCurrentRepetition());
        for (int k = 0; k < 10000; k++) {
            String s = switch (r.nextInt(5)) {
                case 0 -> Long.toString(r.nextLong() % 1_000_000_000_000L);
                case 1 -> String.format(java.util.Locale.ROOT, "%." + r.nextInt(12) + "f", r.nextGaussian() * 1000);
                case 2 -> Double.toString(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20));
                case 3 -> "0." + Long.toString(Math.abs(r.nextLong()) % 10_000_000_000_000_000L);
                default -> (r.nextBoolean() ? "-" : "+") + r.nextInt(1000) + "." + r.nextInt(1000);
            };
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            double fast = Cells.plainDecimal(b, 0, b.length, '.');
            double v = Double.isNaN(fast) ? Cells.number(s, '.') : fast;
            assertThat(v).as(s).isEqualTo(Double.parseDouble(s));
        }
    }

    @Test
    void numbersOfEveryFormParseAsDoubleParseDouble() throws Exception {
        String[] cells = {"0.1", "11.068", "-3", "+7.", ".5", "123456789012345678", "9007199254740993", "1e-3",
            "0.30000000000000004", "49.99999999999999999999999", "007", "  2e1 ", "\"-0.25\""};
        StringBuilder csv = new StringBuilder("v\n");
        for (String c : cells) {
            csv.append(c).append('\n');
        }
        double[] v = read(csv.toString(), List.of(), List.of("v")).numbers("v");
        for (int i = 0; i < cells.length; i++) {
            assertThat(v[i]).as(cells[i]).isEqualTo(Double.parseDouble(cells[i].replace("\"", "")));
        }
    }

    @Test
    void negativeZeroAndMissingAreKeptBitForBit() throws Exception {
        double[] y = read("y\n0\n-0\n0.1\nNA\n", List.of(), List.of("y")).numbers("y");
        assertThat(Double.doubleToRawLongBits(y[0])).isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(Double.doubleToRawLongBits(y[1])).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(y[2]).isEqualTo(0.1);
        assertThat(y[3]).isNaN();
    }

    @Test
    void lineNumbersOfRowsAfterBlankLinesAndQuotedLineBreaksAreRight() throws Exception {
        // rows: a (line 2), b (3, two lines), c (5), after a blank line d (7), e (8)
        ColumnTable d = read("s,y\na,1\n\"b\nb\",2\nc,3\n\nd,4\ne,5\n", List.of("s"), List.of("y"));
        assertThat(d.rows()).isEqualTo(5);
        assertThat(d.where(0, "y")).endsWith("d.csv: line 2, column 'y'");
        assertThat(d.where(1, "y")).endsWith("line 3, column 'y'");
        assertThat(d.where(2, "y")).endsWith("line 5, column 'y'");
        assertThat(d.where(3, "y")).endsWith("line 7, column 'y'");
        assertThat(d.where(4, "y")).endsWith("line 8, column 'y'");
    }

    @Test
    void manyRowsFillTheColumns() throws Exception {
        StringBuilder csv = new StringBuilder("s,w,y\n");
        for (int i = 0; i < 5000; i++) {
            csv.append("s").append(i % 7).append(',').append(i + 0.5).append(',').append(i % 2).append('\n');
        }
        ColumnTable d = read(csv.toString(), List.of("s"), List.of("w", "y"));
        assertThat(d.rows()).isEqualTo(5000);
        assertThat(d.numbers("w")[4999]).isEqualTo(4999.5);
        assertThat(d.numbers("y")[4999]).isEqualTo(1);
        assertThat(d.texts("s")[4999]).isEqualTo("s" + 4999 % 7);
        assertThat(d.where(4999, "w")).endsWith("line 5001, column 'w'");
    }

    @Test
    void blankLinesLeaveNoRowBehind() throws Exception {
        ColumnTable d = read("y,s\n1,a\n\n2,b\n\n\n3,c\n\n", List.of("s"), List.of("y"));
        assertThat(d.rows()).isEqualTo(3);
        assertThat(d.numbers("y")).containsExactly(1, 2, 3);
        assertThat(d.texts("s")).containsExactly("a", "b", "c");
    }

    @Test
    void textCodesNumberTheValuesInOrderOfFirstAppearanceWithoutMixingUpEqualHashes() throws Exception {
        // "Aa" and "BB" have the same String hash; 500 + 2 values make Tablesaw widen its keys
        StringBuilder csv = new StringBuilder("s\n");
        for (int i = 0; i < 2000; i++) {
            csv.append(i == 1 ? "NA" : i % 3 == 0 ? "Aa" : i % 3 == 1 ? "BB" : "v" + (i % 500)).append('\n');
        }
        ColumnTable d = read(csv.toString(), List.of("s"), List.of());
        String[] t = d.texts("s");
        TextCodes codes = d.codes("s");
        for (int i = 0; i < 2000; i++) {
            String expected = i == 1 ? null : i % 3 == 0 ? "Aa" : i % 3 == 1 ? "BB" : "v" + (i % 500);
            assertThat(t[i]).isEqualTo(expected);
            assertThat(codes.codes()[i] < 0 ? null : codes.values()[codes.codes()[i]]).isEqualTo(expected);
        }
        assertThat(codes.values()[0]).isEqualTo("Aa");
        assertThat(codes.values()[1]).isEqualTo("v2");
        assertThat(codes.values()[2]).isEqualTo("BB");
        assertThat(codes.values()).hasSize(502);
    }

    @Test
    void aColumnMayBeReadAsNumbersAndAsText() throws Exception {
        ColumnTable d = read("g,y\n1,a\n2,b\n1,c\n", List.of("g"), List.of("g"));
        assertThat(d.numbers("g")).containsExactly(1, 2, 1);
        assertThat(d.texts("g")).containsExactly("1", "2", "1");
    }

    @Test
    void textIsKeptAsWrittenOrTrimmed() throws Exception {
        Path f = file("id,name\n1, Örebro \n2,\" a \"\"b\"\" \"\n3,  \n");
        CsvFile csv = CsvFile.open(f, CsvFormat.RFC4180);
        assertThat(csv.read(List.of("name"), List.of(), TextCells.AS_WRITTEN).texts("name"))
                .containsExactly(" Örebro ", " a \"b\" ", null);
        assertThat(csv.read(List.of("name"), List.of(), TextCells.TRIMMED).texts("name"))
                .containsExactly("Örebro", "a \"b\"", null);
    }

    @Test
    void textThatIsNotUtf8IsAnErrorNamingLineAndColumn() throws Exception {
        Path f = tmp.resolve("bad.csv");
        Files.write(f, new byte[] {'s', '\n', 'a', '\n', (byte) 0xe5, 'b', '\n'});
        assertThatThrownBy(() -> CsvFile.open(f, CsvFormat.RFC4180).read(List.of("s"), List.of(), TextCells.AS_WRITTEN))
                .isInstanceOf(InputException.class).hasMessageContaining("bad.csv: line 3, column 's': not UTF-8 text");
    }

    @Test
    void quotedFieldsLineBreaksByteOrderMarkAndMissingCellsAndTheRecordsAsTheyStand() throws Exception {
        String text = "\uFEFF\"id\",name,w\r\n"
                + "1,\"a, b\",1.5\r\n"
                + "\r\n"
                + "2,\"say \"\"hi\"\"\nthere\",NA\n"
                + "3, Örebro ,  2e1 \r"
                + "4,,\"-0.25\"";
        CsvFile csv = CsvFile.open(file(text), CsvFormat.RFC4180);
        assertThat(csv.header()).containsExactly("id", "name", "w");
        ColumnTable t = csv.read(List.of("id", "name"), List.of("w"), TextCells.TRIMMED);
        assertThat(t.rows()).isEqualTo(4);
        assertThat(t.texts("name")).containsExactly("a, b", "say \"hi\"\nthere", "Örebro", null);
        assertThat(t.texts("id")).containsExactly("1", "2", "3", "4");
        double[] w = t.numbers("w");
        assertThat(w[0]).isEqualTo(1.5);
        assertThat(w[1]).isNaN();
        assertThat(w[2]).isEqualTo(20.0);
        assertThat(w[3]).isEqualTo(-0.25);
        // line 1 header, 2 first row, 3 empty, 4-5 the quoted line break, 6, 7
        assertThat(t.where(2, "w")).endsWith(": line 6, column 'w'");
        assertThat(t.where(3, "w")).endsWith(": line 7, column 'w'");

        List<String> copied = new ArrayList<>();
        t.copyRecords((row, bytes, from, to) -> copied.add(row + ":" + new String(bytes, from, to - from, StandardCharsets.UTF_8)));
        assertThat(copied).containsExactly("-1:\"id\",name,w", "0:1,\"a, b\",1.5", "1:2,\"say \"\"hi\"\"\nthere\",NA",
                "2:3, Örebro ,  2e1 ", "3:4,,\"-0.25\"");
    }

    @Test
    void aRecordLongerThanTheBufferIsReadWhole() throws Exception {
        String longText = "x".repeat(200_000);
        ColumnTable t = read("a,b\n\"" + longText + "\",1\n2,3\n", List.of("a"), List.of("b"));
        assertThat(t.texts("a")).containsExactly(longText, "2");
        assertThat(t.numbers("b")).containsExactly(1.0, 3.0);
    }

    @Test
    void theRecordsCanBeCopiedWithAFieldAppended() throws Exception {
        ColumnTable t = read("a,b\r\n\"x,1\",2\r\ny,3", List.of("a"), List.of("b"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.copyRecords((row, bytes, from, to) -> {
            out.write(bytes, from, to - from);
            out.write((row < 0 ? ",w" : "," + row).getBytes(StandardCharsets.US_ASCII));
            out.write('\n');
        });
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a,b,w\n\"x,1\",2,0\ny,3,1\n");
    }

    @Test
    void theSwedishExcelDialectHasSemicolonsDecimalCommasAndWindows1252() throws Exception {
        Path f = file("kommun;andel;vikt\r\nÖrebro;0,25;\"1,5\"\r\nMalmö;NA;2\r\n", Charset.forName("windows-1252"));
        ColumnTable t = CsvFile.open(f, CsvFormat.SWEDISH_EXCEL).read(List.of("kommun"), List.of("andel", "vikt"), TextCells.AS_WRITTEN);
        assertThat(t.texts("kommun")).containsExactly("Örebro", "Malmö");
        assertThat(t.numbers("andel")[0]).isEqualTo(0.25);
        assertThat(t.numbers("andel")[1]).isNaN();
        assertThat(t.numbers("vikt")).containsExactly(1.5, 2.0);
    }

    @Test
    void tabSeparatedFilesAreReadWithTheTabFormat() throws Exception {
        Path f = file("\uFEFFa\tb\nx, y\t1.5\n");
        ColumnTable t = CsvFile.open(f, CsvFormat.TAB_SEPARATED).read(List.of("a"), List.of("b"), TextCells.AS_WRITTEN);
        assertThat(t.texts("a")).containsExactly("x, y");
        assertThat(t.numbers("b")).containsExactly(1.5);
    }
}
