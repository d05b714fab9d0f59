package se.hrvstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.result.InputKind;
import se.hrvstat.table.CsvFormat;

class CsvDialectDetectorTest {
    @TempDir
    Path temp;

    private static final String HEADER = "year;kommunkod;sex;age_group;count";

    @Test
    void rfc4180WithAByteOrderMarkIsDetectedAsUtf8CommaWithBom() throws Exception {
        Path file = temp.resolve("population_municipal.csv");
        byte[] body = "year,kommunkod,sex,age_group,count\n2024,0114,pojke_man,0-12,10\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);

        CsvFormat dialect = CsvDialectDetector.detect(file, InputKind.MUNICIPAL_POPULATION.header());

        assertThat(dialect.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(dialect.byteOrderMark()).isTrue();
        assertThat(dialect.separator()).isEqualTo(',');
    }

    @Test
    void theSwedishExcelDialectIsDetectedAsWindows1252Semicolon() throws Exception {
        Path file = temp.resolve("population_municipal.csv");
        Files.write(file, (HEADER + "\n2024;0114;flicka_kvinna;0-12;10\n# Upplands Väsby\n")
                .getBytes(Charset.forName("windows-1252")));

        CsvFormat dialect = CsvDialectDetector.detect(file, InputKind.MUNICIPAL_POPULATION.header());

        assertThat(dialect.charset().name()).isEqualTo("windows-1252");
        assertThat(dialect.separator()).isEqualTo(';');
        assertThat(dialect.decimalMark()).isEqualTo(',');
    }

    @Test
    void aWrongHeaderNamesTheFileLineAndColumn() throws Exception {
        Path file = temp.resolve("population_municipal.csv");
        Files.writeString(file, "year,kommun,sex,age_group,count\n");

        assertThatThrownBy(() -> CsvDialectDetector.detect(file, InputKind.MUNICIPAL_POPULATION.header()))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("population_municipal.csv, line 1, column 2")
                .hasMessageContaining("expected 'kommunkod' but found 'kommun'");
    }

    @Test
    void anEmptyFileAndABinaryFileAreRefusedWithTheirName() throws Exception {
        Path empty = temp.resolve("empty.csv");
        Files.write(empty, new byte[0]);
        Path binary = temp.resolve("binary.csv");
        Files.write(binary, new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00});

        assertThatThrownBy(() -> CsvDialectDetector.detect(empty, InputKind.DESIGN.header()))
                .hasMessageContaining("empty.csv").hasMessageContaining("empty");
        assertThatThrownBy(() -> CsvDialectDetector.detect(binary, InputKind.DESIGN.header()))
                .hasMessageContaining("binary.csv").hasMessageContaining("not text");
    }

    @Test
    void aPopulationHeaderMayLeaveOutTheOptionalBornColumnButNothingElse(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("population.csv");
        Files.writeString(old, "margin,lanskod,sex,grade,count\nsex_grade,,1,9,10\n");
        Path withBorn = dir.resolve("population-born.csv");
        Files.writeString(withBorn, "margin;lanskod;sex;grade;count;born\nborn_grade;;;9;10;1\n");
        Path short4 = dir.resolve("population-short.csv");
        Files.writeString(short4, "margin,lanskod,sex,grade\nsex_grade,,1,9\n");

        assertThat(CsvDialectDetector.detect(old, InputKind.POPULATION).separator()).isEqualTo(',');
        assertThat(CsvDialectDetector.detect(withBorn, InputKind.POPULATION).separator()).isEqualTo(';');
        assertThatThrownBy(() -> CsvDialectDetector.detect(short4, InputKind.POPULATION))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("expected 'count' but found '(missing)'")
                .hasMessageContaining("the header must be margin,lanskod,sex,grade,count, optionally followed by born");
    }
}
