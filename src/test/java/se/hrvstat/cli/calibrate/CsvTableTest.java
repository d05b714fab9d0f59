package se.hrvstat.cli.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte-level CSV reading of {@code hrvstat calibrate} against RFC 4180 written out by hand:
 * quoted fields with commas, line breaks and doubled quotes, CRLF/LF/CR, empty lines, a byte
 * order mark, missing cells, and records copied back exactly as they stand.
 */
class CsvTableTest {
    @TempDir
    Path tmp;

    Path file(String content) throws IOException {
        Path p = tmp.resolve("data.csv");
        Files.write(p, content.getBytes(StandardCharsets.UTF_8));
        return p;
    }

    @Test
    void quotedFieldsLineBreaksAndMissingCells() throws Exception {
        String csv = "\uFEFF\"id\",name,w\r\n"
                + "1,\"a, b\",1.5\r\n"
                + "\r\n"
                + "2,\"say \"\"hi\"\"\nthere\",NA\n"
                + "3, Örebro ,  2e1 \r"
                + "4,,\"-0.25\"";
        CsvTable t = CsvTable.open(file(csv));
        assertThat(t.header).containsExactly("id", "name", "w");
        t.load(List.of("id", "name"), List.of("w"));
        assertThat(t.size()).isEqualTo(4);
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
        CsvTable t = CsvTable.open(file("a,b\n\"" + longText + "\",1\n2,3\n"));
        t.load(List.of("a"), List.of("b"));
        assertThat(t.texts("a")).containsExactly(longText, "2");
        assertThat(t.numbers("b")).containsExactly(1.0, 3.0);
    }

    @Test
    void numbersParseAsDoubleParseDouble() throws Exception {
        String[] cells = {"0.1", "11.068", "-3", "+7.", ".5", "123456789012345678", "9007199254740993", "1e-3",
            "0.30000000000000004", "49.99999999999999999999999", "007"};
        StringBuilder csv = new StringBuilder("v\n");
        for (String c : cells) {
            csv.append(c).append('\n');
        }
        CsvTable t = CsvTable.open(file(csv.toString()));
        t.load(List.of(), List.of("v"));
        double[] v = t.numbers("v");
        for (int i = 0; i < cells.length; i++) {
            assertThat(v[i]).as(cells[i]).isEqualTo(Double.parseDouble(cells[i]));
        }
    }

    @Test
    void errorsNameFileLineAndColumn() throws Exception {
        CsvTable t = CsvTable.open(file("a,w\nx,1\ny,abc\n"));
        assertThatThrownBy(() -> t.load(List.of("a"), List.of("w"))).isInstanceOf(InputException.class)
                .hasMessageContaining("line 3, column 'w': 'abc' is not a number");
        CsvTable u = CsvTable.open(file("a,w\nx,1\ny\n"));
        assertThatThrownBy(() -> u.load(List.of("a"), List.of())).hasMessageContaining("line 3: 1 fields, the header has 2");
        CsvTable q = CsvTable.open(file("a,w\nx,\"1\n"));
        assertThatThrownBy(() -> q.load(List.of("a"), List.of())).hasMessageContaining("line 2: quoted field not closed");
        CsvTable e = CsvTable.open(file("a,w\n"));
        assertThatThrownBy(() -> e.load(List.of("a"), List.of())).hasMessageContaining("no data rows");
    }

    @Test
    void theOutputIsEachRecordWithTheWeightAppended() throws Exception {
        CsvTable t = CsvTable.open(file("a,b\r\n\"x,1\",2\r\ny,3"));
        t.load(List.of("a"), List.of("b"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.copyRecords((row, bytes, from, to) -> {
            out.write(bytes, from, to - from);
            out.write((row < 0 ? ",w" : "," + row) .getBytes(StandardCharsets.US_ASCII));
            out.write('\n');
        });
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a,b,w\n\"x,1\",2,0\ny,3,1\n");
    }
}
