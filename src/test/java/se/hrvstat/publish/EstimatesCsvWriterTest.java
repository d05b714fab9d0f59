package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.result.EstimateRow;

class EstimatesCsvWriterTest {

    @TempDir
    Path dir;

    private List<String> writeAndRead(List<EstimateRow> rows) throws IOException {
        Path file = dir.resolve("estimates-2024.csv");
        new EstimatesCsvWriter().write(rows, file);
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void the_first_line_is_exactly_the_header_of_the_command_line_contract() throws IOException {
        List<String> lines = writeAndRead(TestReports.estimates());
        assertThat(lines.get(0)).isEqualTo("indicator,wave,domain,estimate,se,ci_low,ci_high,deff,n,flag,p");
        assertThat(lines).hasSize(TestReports.estimates().size() + 1);
    }

    @Test
    void numbers_keep_at_least_twelve_significant_digits_with_a_decimal_point() throws IOException {
        EstimateRow row = new EstimateRow("hedersnormer", 2024, "sex=1;grade=9", 0.12345678901234567,
                0.0012345678901234, 0.1, 0.15, 1.5, 12345L, "");
        String line = writeAndRead(List.of(row)).get(1);
        assertThat(line).isEqualTo(
                "hedersnormer,2024,sex=1;grade=9,0.12345678901234566,0.0012345678901234,0.1,0.15,1.5,12345,,");
        assertThat(Double.parseDouble(line.split(",")[3])).isEqualTo(0.12345678901234567);
    }

    @Test
    void small_values_are_written_in_plain_notation_not_exponent_notation() {
        assertThat(EstimatesCsvWriter.number(1.0E-7)).isEqualTo("0.0000001");
        assertThat(EstimatesCsvWriter.number(3.0)).isEqualTo("3");
        assertThat(EstimatesCsvWriter.number(-0.25)).isEqualTo("-0.25");
    }

    @Test
    void missing_and_not_a_number_values_are_empty_fields() throws IOException {
        EstimateRow row = new EstimateRow("hedersvald", 2024, "sex=2", null, Double.NaN, null, null,
                Double.POSITIVE_INFINITY, 3L, "suppressed");
        assertThat(writeAndRead(List.of(row)).get(1)).isEqualTo("hedersvald,2024,sex=2,,,,,,3,suppressed,");
    }

    @Test
    void an_n_that_is_not_published_is_an_empty_field() throws IOException {
        EstimateRow row = new EstimateRow("sokt_hjalp", 2024, "lanskod=09", null, null, null, null, null, null,
                "suppressed");
        assertThat(writeAndRead(List.of(row)).get(1)).isEqualTo("sokt_hjalp,2024,lanskod=09,,,,,,,suppressed,");
    }

    @Test
    void the_p_value_of_a_difference_is_the_last_field_in_plain_notation() throws IOException {
        EstimateRow row = new EstimateRow("hedersnormer:diff", 2024, "sex=1-sex=2", 0.03, 0.005, 0.02, 0.04, null,
                13495L, "", 7.75e-9);
        assertThat(writeAndRead(List.of(row)).get(1))
                .isEqualTo("hedersnormer:diff,2024,sex=1-sex=2,0.03,0.005,0.02,0.04,,13495,,0.00000000775");
    }

    @Test
    void rows_keep_the_order_they_are_given_in() throws IOException {
        List<EstimateRow> rows = TestReports.estimates();
        List<String> lines = writeAndRead(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(lines.get(i + 1)).startsWith(rows.get(i).indicator() + "," + rows.get(i).wave() + ","
                    + rows.get(i).domain() + ",");
        }
    }

    @Test
    void text_with_commas_or_quotes_is_quoted_and_the_file_is_utf8_without_bom() throws IOException {
        EstimateRow row = new EstimateRow("ö,\"x\"", 2024, "", 0.5, 0.1, 0.3, 0.7, null, 10L, "");
        Path file = dir.resolve("e.csv");
        new EstimatesCsvWriter().write(List.of(row), file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) 'i');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"ö,\"\"x\"\"\",2024,,0.5,");
    }

    @Test
    void nothing_but_the_final_file_is_left_in_the_folder() throws IOException {
        writeAndRead(TestReports.estimates());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("estimates-2024.csv");
        }
    }
}
