package se.hrvstat.cli.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDataTest {
    @TempDir
    Path tmp;

    CsvData read(String content, List<String> texts, List<String> numbers) throws Exception {
        Path f = tmp.resolve("d.csv");
        Files.writeString(f, content);
        return CsvData.read(f, texts, numbers, null);
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws Exception {
        CsvData d = read("name,y\r\n\"a,b\",1\r\n\"say \"\"hi\"\"\",2\r\n\"two\nlines\",3\r\n", List.of("name"), List.of("y"));
        assertThat(d.texts("name")).containsExactly("a,b", "say \"hi\"", "two\nlines");
        assertThat(d.numbers("y")).containsExactly(1, 2, 3);
    }

    @Test
    void emptyAndNaAreMissing() throws Exception {
        CsvData d = read("s,y\nNA,NA\n,\nx,1.5\n", List.of("s"), List.of("y"));
        assertThat(d.texts("s")).containsExactly(null, null, "x");
        assertThat(d.numbers("y")[0]).isNaN();
        assertThat(d.numbers("y")[1]).isNaN();
    }

    @Test
    void aBadNumberNamesFileLineAndColumnCountingQuotedLineBreaks() throws Exception {
        assertThatThrownBy(() -> read("s,y\n\"a\nb\",1\nc,x1\n", List.of("s"), List.of("y")))
                .isInstanceOf(InputException.class).hasMessageContaining("d.csv: line 4, column 'y': 'x1' is not a number");
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThatThrownBy(() -> read("s,y\n\"abc,1\n", List.of("s"), List.of("y")))
                .isInstanceOf(InputException.class).hasMessageContaining("line 2: quoted field not closed");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsAnError() {
        assertThatThrownBy(() -> read("s,y\na,1\nb,2,3\n", List.of("s"), List.of("y")))
                .isInstanceOf(InputException.class).hasMessageContaining("line 3: 3 fields, the header has 2");
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
            assertThat(NumberCell.parse(s.toCharArray(), s.length())).as(s).isEqualTo(Double.parseDouble(s));
        }
    }

    @Test
    void aColumnWithFewValuesIsHeldAsBytesAndReadsBackBitForBit() throws Exception {
        StringBuilder csv = new StringBuilder("y,z\n");
        for (int i = 0; i < 3000; i++) {
            // y: 0, 1, -0, 0.1 and missing; z: 256 distinct values, then a 257th
            String y = switch (i % 5) { case 0 -> "0"; case 1 -> "1"; case 2 -> "-0"; case 3 -> "0.1"; default -> "NA"; };
            csv.append(y).append(',').append(i < 2999 ? i % 256 : 1000).append('\n');
        }
        CsvData d = read(csv.toString(), List.of(), List.of("y", "z"));
        assertThat(d.isCompact("y")).isTrue();
        assertThat(d.isCompact("z")).isFalse();
        double[] y = d.numbers("y");
        double[] z = d.numbers("z");
        assertThat(y).hasSize(3000);
        for (int i = 0; i < 3000; i++) {
            double expected = switch (i % 5) { case 0 -> 0.0; case 1 -> 1.0; case 2 -> -0.0; case 3 -> 0.1; default -> Double.NaN; };
            assertThat(Double.doubleToRawLongBits(y[i])).as("row %d", i).isEqualTo(Double.doubleToRawLongBits(expected));
            assertThat(z[i]).isEqualTo(i < 2999 ? i % 256 : 1000);
        }
    }

    @Test
    void exactly256DistinctValuesStayCompact() throws Exception {
        StringBuilder csv = new StringBuilder("y\n");
        for (int i = 0; i < 600; i++) {
            csv.append(i % 256 - 100).append('\n');
        }
        CsvData d = read(csv.toString(), List.of(), List.of("y"));
        assertThat(d.isCompact("y")).isTrue();
        assertThat(d.numbers("y")[255]).isEqualTo(155);
        assertThat(d.numbers("y")[599]).isEqualTo(599 % 256 - 100);
    }

    @Test
    void lineNumbersOfRowsAfterBlankLinesAndQuotedLineBreaksAreRight() throws Exception {
        // rows: a (line 2), b (3, two lines), c (5), after a blank line d (7), e (8)
        CsvData d = read("s,y\na,1\n\"b\nb\",2\nc,3\n\nd,4\ne,5\n", List.of("s"), List.of("y"));
        assertThat(d.rows()).isEqualTo(5);
        assertThat(d.where(0, "y")).endsWith("d.csv: line 2, column 'y'");
        assertThat(d.where(1, "y")).endsWith("line 3, column 'y'");
        assertThat(d.where(2, "y")).endsWith("line 5, column 'y'");
        assertThat(d.where(3, "y")).endsWith("line 7, column 'y'");
        assertThat(d.where(4, "y")).endsWith("line 8, column 'y'");
    }

    @Test
    void manyRowsGrowTheColumns() throws Exception {
        StringBuilder csv = new StringBuilder("s,w,y\n");
        for (int i = 0; i < 5000; i++) {
            csv.append("s").append(i % 7).append(',').append(i + 0.5).append(',').append(i % 2).append('\n');
        }
        CsvData d = read(csv.toString(), List.of("s"), List.of("w", "y"));
        assertThat(d.rows()).isEqualTo(5000);
        assertThat(d.numbers("w")[4999]).isEqualTo(4999.5);
        assertThat(d.numbers("y")[4999]).isEqualTo(1);
        assertThat(d.texts("s")[4999]).isEqualTo("s" + 4999 % 7);
        assertThat(d.where(4999, "w")).endsWith("line 5001, column 'w'");
    }

    @Test
    void blankLinesLeaveNoCellBehindInANumberColumn() throws Exception {
        CsvData d = read("y,s\n1,a\n\n2,b\n\n\n3,c\n\n", List.of("s"), List.of("y"));
        assertThat(d.rows()).isEqualTo(3);
        assertThat(d.numbers("y")).containsExactly(1, 2, 3);
        assertThat(d.texts("s")).containsExactly("a", "b", "c");
    }

    @Test
    void textValuesAreNumberedInOrderOfFirstAppearanceWithoutMixingUpEqualHashes() throws Exception {
        // "Aa" and "BB" have the same String hash
        StringBuilder csv = new StringBuilder("s\n");
        for (int i = 0; i < 2000; i++) {
            csv.append(i % 3 == 0 ? "Aa" : i % 3 == 1 ? "BB" : "v" + (i % 500)).append('\n');
        }
        CsvData d = read(csv.toString(), List.of("s"), List.of());
        String[] t = d.texts("s");
        for (int i = 0; i < 2000; i++) {
            assertThat(t[i]).isEqualTo(i % 3 == 0 ? "Aa" : i % 3 == 1 ? "BB" : "v" + (i % 500));
        }
        assertThat(d.dictionary("s")[0]).isEqualTo("Aa");
        assertThat(d.dictionary("s")[1]).isEqualTo("BB");
        assertThat(d.dictionary("s")[2]).isEqualTo("v2");
    }

    @Test
    void cellsOfWhiteSpaceOrNaWithWhiteSpaceAreMissingAndOtherCellsAreNot() {
        for (String missing : new String[] {"", " ", "NA", " NA ", "\u3000", "\tNA\u2003"}) {
            assertThat(NumberCell.isMissing(missing.toCharArray(), missing.length())).as("'%s'", missing).isTrue();
        }
        for (String present : new String[] {"0", "1", "N", "NaN", "NAN", "x", "1 ", "\u00e51"}) {
            assertThat(NumberCell.isMissing(present.toCharArray(), present.length())).as("'%s'", present).isFalse();
        }
    }
}
