package se.hrvstat.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.Store;

/**
 * The validate stage of the pipeline: rules over whole files (jobs/rules.csv) move a row to the
 * rejects, and the validation report lands beside the publications, also when the run stops.
 */
class ValidationReportStepTest {
    private static final Path BROKEN = Path.of("sample-data/broken");

    @TempDir
    Path temp;

    @Test
    void aTypeCountAbovePersonerIsRejectedInTheStoreAndListedInTheValidationReport() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data/municipal/2024"));
        Files.copy(BROKEN.resolve("returns-invalid.csv"), folder.resolve("returns.csv"));
        Path out = temp.resolve("out");
        try (ConfigurableApplicationContext app = Pipeline.start(Store.H2.freshDatabase(temp))) {
            PipelineRunner runner = app.getBean(PipelineRunner.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            RunParameters run = new RunParameters(2024, temp.resolve("data"), out, 0);

            assertThat(runner.run("ingest", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            JobExecution validate = runner.run("validate", run);

            // sample-data/broken/README.md: line 4 has hot 14 above personer 12; lines 5-6 kommunkod 0000.
            // 3 of 5 rows rejected is above the 2 % tolerance: the run stops (exit 3)
            assertThat(validate.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(validate.getAllFailureExceptions()).first().isInstanceOf(InputRejectedException.class);
            assertThat(jdbc.queryForList("SELECT line_no FROM municipal_case ORDER BY line_no", Integer.class))
                    .containsExactly(2, 3);
            assertThat(jdbc.queryForObject("SELECT rule_name FROM rejected_row WHERE line_no = 4", String.class))
                    .isEqualTo("type_count_within_persons");
            assertThat(jdbc.queryForObject("SELECT rows_rejected FROM input_file", Integer.class)).isEqualTo(3);

            Path report = out.resolve("2024/valideringsrapport-2024.xlsx");
            assertThat(report).exists();
            try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Row file = wb.getSheet("Filer").getRow(1);
                assertThat(file.getCell(0).getStringCellValue()).endsWith("returns.csv");
                assertThat(file.getCell(2).getNumericCellValue()).isEqualTo(5);
                assertThat(file.getCell(3).getNumericCellValue()).isEqualTo(2);
                assertThat(file.getCell(4).getNumericCellValue()).isEqualTo(3);
                Sheet rows = wb.getSheet("Avvisade rader");
                assertThat(rows.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(4);
                assertThat(rows.getRow(1).getCell(2).getStringCellValue()).isEqualTo("value");
                assertThat(rows.getRow(1).getCell(3).getStringCellValue()).isEqualTo("type_count_within_persons");
                assertThat(rows.getRow(1).getCell(4).getStringCellValue()).isEqualTo("14");
                assertThat(wb.getSheet("Regler").getRow(1).getCell(1).getStringCellValue()).isEqualTo("kommunkod");
                assertThat(wb.getSheet("Regler").getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2);
            }
        }
    }
}
