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
}
