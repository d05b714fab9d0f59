package se.hrvstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.hrvstat.testsupport.CliRun;
import se.hrvstat.testsupport.CliRun.Outcome;
import se.hrvstat.batch.PipelineRunner;
import se.hrvstat.ingest.form.Efforts;
import se.hrvstat.ingest.form.FormContent;
import se.hrvstat.ingest.form.MunicipalForm;
import se.hrvstat.ingest.form.ReturnRow;
import se.hrvstat.batch.RunParameters;
import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.Store;

/**
 * Issue 5, item 8: bad input never crashes. Each broken file, generated here, ends in a clear
 * message naming the file, the line and the column, with no stack trace on the console
 * ({@code hrvstat validate}), and nothing of it half-loaded in the store ({@code ingest} and
 * {@code validate} jobs on H2): an unreadable file leaves no rows at all, a bad row is stored
 * as rejected with its line, column and rule and not among the accepted rows.
 *
 * <p>Faults that matter for "half-loaded" sit beyond the first chunk (the store runs with chunks
 * of 1000 rows here), so a part of the file was committed before the reader met the fault.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one store for the battery, chosen by store()
class BrokenFileBatteryTest {
    private static final Path BROKEN = Path.of("sample-data/broken");
    private static final String HEADER = "resp_id,wave,class_id,sex,grade,age,born,disability,lgbtq,q01,q02,q03,q04,"
            + "q05,q06,q07,q08,q09,q10,q11,q12,q13,q14,q15,q16";
    private static final int ROWS = 1500;
    private static final int FAULT_LINE = 1400;

    Path temp;
    ConfigurableApplicationContext app;
    private int cases;

    /** On H2; {@link BrokenFileBatteryOnPostgresqlTest} runs the same battery on PostgreSQL (COPY). */
    Store store() {
        return Store.H2;
    }

    @BeforeAll
    void startStore(@TempDir Path dir) {
        temp = dir;
        app = Pipeline.start(store().freshDatabase(temp), "--hrvstat.ingest.chunk=1000");
    }

    @AfterAll
    void stopStore() {
        app.close();
    }

    /** What a broken file must end in. */
    record Expect(String file, boolean unreadable, long line, String column, String rule, String text) {
        /** The whole file is refused: {@code FILE, line L, column C: ...}. */
        static Expect refused(String file, long line, int column, String text) {
            return new Expect(file, true, line, String.valueOf(column), null, text);
        }

        /** A form is refused: {@code Form FILE ...: text}. */
        static Expect formRefused(String file, String text) {
            return new Expect(file, true, 0, null, null, text);
        }

        /** One row is rejected under a rule, naming its line and column. */
        static Expect rejected(String file, long line, String column, String rule) {
            return new Expect(file, false, line, column, rule, null);
        }
    }

    interface Maker {
        Expect make(Path data) throws IOException;
    }

    record Broken(String name, Maker maker) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A valid answer for the classes of sample-data/broken/design.csv (the first line of its excerpt). */
    private static String answer(int n) {
        return "R2024-X" + String.format("%06d", n) + ",2024,0120-GR-01-9A,1,9,16,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,,1";
    }

    private static List<String> answers() {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= ROWS; i++) {
            lines.add(answer(i));
        }
        return lines;
    }

    private static Path wave(Path data) throws IOException {
        Path folder = Files.createDirectories(data.resolve("survey/2024"));
        Files.copy(BROKEN.resolve("design.csv"), folder.resolve("design.csv"));
        return folder.resolve("responses.csv");
    }

    private static Expect responses(Path data, List<String> lines, Expect expect) throws IOException {
        Files.write(wave(data), lines, StandardCharsets.UTF_8);
        return expect;
    }

    private static Path form(Path data) throws IOException {
        return Files.createDirectories(data.resolve("municipal/2024/forms")).resolve("0180.xlsx");
    }

    static Stream<Broken> brokenFiles() {
        return Stream.of(
            new Broken("a truncated file (the last row cut short)", data -> {
                List<String> lines = answers();
                String last = lines.remove(lines.size() - 1);
                Path file = wave(data);
                Files.writeString(file, String.join("\n", lines) + "\n" + last.substring(0, last.indexOf(",1,9,") + 2));
                // the cut row has 4 fields: the first missing column is grade
                return Expect.rejected("responses.csv", ROWS + 1, "grade", "wrong_field_count");
            }),
            new Broken("a wrong header", data -> {
                List<String> lines = answers();
                lines.set(0, HEADER.replace(",sex,", ",kon,"));
                return responses(data, lines, Expect.refused("responses.csv", 1, 4, "wrong header"));
            }),
            new Broken("an unknown column", data -> {
                List<String> lines = answers().stream().map(l -> l + ",x").toList();
                return responses(data, lines, Expect.refused("responses.csv", 1, 26, "wrong header"));
            }),
            new Broken("a missing column", data -> {
                List<String> lines = answers().stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
                return responses(data, lines, Expect.refused("responses.csv", 1, 25, "wrong header"));
            }),
            new Broken("a quote left open", data -> {
                List<String> lines = answers();
                lines.set(FAULT_LINE - 1, lines.get(FAULT_LINE - 1).replace(",0120-GR", ",\"0120-GR"));
                return responses(data, lines, Expect.refused("responses.csv", FAULT_LINE, 3, "never closed"));
            }),
            new Broken("mixed encodings (Windows-1252 after 64 KiB of UTF-8)", data -> {
                List<String> lines = answers();
                lines.set(FAULT_LINE - 1, lines.get(FAULT_LINE - 1).replace("9A", "9Å"));
                Path file = wave(data);
                Files.write(file, String.join("\n", lines.subList(0, FAULT_LINE - 1)).getBytes(StandardCharsets.UTF_8));
                Files.write(file, ("\n" + String.join("\n",
                        lines.subList(FAULT_LINE - 1, lines.size())) + "\n").getBytes(Charset.forName("windows-1252")),
                        java.nio.file.StandardOpenOption.APPEND);
                return Expect.refused("responses.csv", FAULT_LINE, 3, "not UTF-8");
            }),
            new Broken("binary garbage", data -> {
                Files.copy(BROKEN.resolve("responses-binary.csv"), wave(data));
                return Expect.refused("responses.csv", -1, -1, "not text");
            }),
            new Broken("an empty file", data -> {
                Files.write(wave(data), new byte[0]);
                return Expect.refused("responses.csv", 1, 1, "empty");
            }),
            new Broken("a 0-byte XLSX form", data -> {
                Files.write(form(data), new byte[0]);
                return Expect.formRefused("0180.xlsx", "");
            }),
            new Broken("an XLSX cut off (no central directory)", data -> {
                Files.copy(BROKEN.resolve("forms/corrupt.xlsx"), form(data));
                return Expect.formRefused("0180.xlsx", "");
            }),
            new Broken("an XLSX zip bomb", data -> {
                Files.copy(BROKEN.resolve("forms/zip-bomb.xlsx"), form(data));
                return Expect.formRefused("0180.xlsx", "");
            }),
            new Broken("a formula in a cell", data -> {
                List<String> lines = answers();
                lines.set(4, lines.get(4).replace(",0120-GR-01-9A,", ",\"=HYPERLINK(\"\"http://x.invalid\"\",\"\"y\"\")\","));
                return responses(data, lines, Expect.rejected("responses.csv", 5, "class_id", "format"));
            }),
            new Broken("a huge field (only its row is rejected)", data -> {
                List<String> lines = answers();
                lines.set(FAULT_LINE - 1, lines.get(FAULT_LINE - 1).replace("0120-GR-01-9A", "A".repeat(100_000)));
                return responses(data, lines, Expect.rejected("responses.csv", FAULT_LINE, "class_id", "field_too_long"));
            }),
            new Broken("a field larger than any table cell (1 MiB and more)", data -> {
                List<String> lines = answers();
                lines.set(FAULT_LINE - 1, lines.get(FAULT_LINE - 1).replace("0120-GR-01-9A", "A".repeat(1_100_000)));
                return responses(data, lines, Expect.refused("responses.csv", FAULT_LINE, 3, "no table cell"));
            }),
            new Broken("a formula in a cell of an XLSX form", data -> {
                Path file = form(data);
                MunicipalForm.writeFilled(file, new FormContent("0180", 2024,
                        java.time.OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 0, java.time.ZoneOffset.UTC),
                        List.of(new ReturnRow("skola", "flicka_kvinna", "13-17", "personer", 3)),
                        new Efforts(true, true, true, true, 3, 10, true, true, true)));
                byte[] bytes;
                try (java.io.InputStream in = Files.newInputStream(file);
                     org.apache.poi.ss.usermodel.Workbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
                    org.apache.poi.ss.usermodel.Sheet cases = wb.getSheet(MunicipalForm.SHEET_CASES);
                    org.apache.poi.ss.usermodel.Row row = cases.getRow(MunicipalForm.FIRST_CASE_ROW);
                    org.apache.poi.ss.usermodel.Cell cell = row.getCell(MunicipalForm.FIRST_MEASURE_COLUMN);
                    (cell == null ? row.createCell(MunicipalForm.FIRST_MEASURE_COLUMN) : cell).setCellFormula("HYPERLINK(\"http://x.invalid\",\"y\")");
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    wb.write(out);
                    bytes = out.toByteArray();
                }
                Files.write(file, bytes);
                return Expect.formRefused("0180.xlsx", "formula");
            }),
            new Broken("a duplicate resp_id", data -> {
                List<String> lines = answers();
                lines.set(6, answer(1));
                return responses(data, lines, Expect.rejected("responses.csv", 7, "resp_id", "duplicate_key"));
            }),
            new Broken("a code out of range", data -> {
                Files.copy(BROKEN.resolve("responses-code-out-of-range.csv"), wave(data));
                // sample-data/broken/README.md: line 6 has q05 = 3
                return Expect.rejected("responses.csv", 6, "q05", "code");
            }),
            new Broken("a date in the wrong format", data -> {
                Path folder = Files.createDirectories(data.resolve("municipal/2024"));
                Files.writeString(folder.resolve("returns.csv"), "year,kommunkod,sector,sex,age_group,measure,value,submitted\n"
                        + "2024,0180,skola,flicka_kvinna,13-17,personer,5,2025-03-01T10:00:00Z\n"
                        + "2024,0180,skola,pojke_man,13-17,personer,4,03/01/2025 10:00\n");
                return Expect.rejected("returns.csv", 3, "submitted", "timestamp");
            }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileEndsInAClearMessageAndNothingHalfLoaded(Broken broken) throws Exception {
        Path data = temp.resolve("case" + (++cases));
        Expect expect = broken.maker().make(data);

        Outcome validate = validate(data);

        assertThat(validate.err() + validate.out()).doesNotContain("Exception").doesNotContain("\tat ");
        if (expect.unreadable()) {
            assertThat(validate.status()).isEqualTo(3);
            assertThat(validate.err()).contains(expect.file()).contains(expect.text());
            if (expect.line() != 0) {
                assertThat(validate.err()).contains(expect.line() > 0 ? ", line " + expect.line() + ", column "
                        + expect.column() + ": " : ", line ").contains(", column ");
            }
        } else {
            assertThat(validate.out()).contains("line " + expect.line() + ", column " + expect.column() + ":")
                    .contains(expect.rule());
        }

        assertNothingHalfLoaded(data, expect);
    }

    /**
     * A file of sample-data/broken/ in its place in a data folder (EXCHANGE.md layout), with the
     * valid design excerpt beside the survey files, and what the message must name: the file,
     * and the line and column (for a form: the sheet and cell where the form names one).
     */
    record Shipped(String file, String placedAs, String where) {
        @Override
        public String toString() {
            return file;
        }
    }

    /** Every deliberately broken file of sample-data/broken/ (its README says what is wrong where). */
    static Stream<Shipped> shippedBrokenFiles() {
        return Stream.of(
            new Shipped("responses-wrong-header.csv", "survey/2024/responses.csv", "responses.csv, line 1, column "),
            new Shipped("responses-broken-quoting.csv", "survey/2024/responses.csv", "responses.csv, line 4, column "),
            new Shipped("responses-empty.csv", "survey/2024/responses.csv", "responses.csv, line 1, column 1"),
            new Shipped("responses-binary.csv", "survey/2024/responses.csv", "responses.csv"),
            new Shipped("responses-unknown-class.csv", "survey/2024/responses.csv", "line 3, column class_id"),
            new Shipped("responses-grade-mismatch.csv", "survey/2024/responses.csv", "line 5, column grade"),
            new Shipped("responses-code-out-of-range.csv", "survey/2024/responses.csv", "line 6, column q05"),
            new Shipped("responses-q15-not-routed.csv", "survey/2024/responses.csv", "line 2, column q15"),
            new Shipped("responses-personnummer.csv", "survey/2024/responses.csv", "line 7, column resp_id"),
            new Shipped("returns-invalid.csv", "municipal/2024/returns.csv", "line 4, column value"),
            new Shipped("efforts-trained-above-total.csv", "municipal/2024/efforts.csv", "column staff_trained"),
            new Shipped("forms/bad-cell.xlsx", "municipal/2024/forms/0180.xlsx", "E6"),
            new Shipped("forms/corrupt.xlsx", "municipal/2024/forms/0180.xlsx", "0180.xlsx"),
            new Shipped("forms/zip-bomb.xlsx", "municipal/2024/forms/0180.xlsx", "0180.xlsx"));
    }

    /**
     * Issue 15, item 3: each broken file of sample-data/ is rejected input, exit status 3, through
     * {@code hrvstat validate} and through {@code run annual} (the annual job, reported as the
     * command reports it), with the file, line and column in the message and no stack trace.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedBrokenFiles")
    void everyBrokenFileOfTheSampleDataIsRejectedWithExit3ByValidateAndByTheAnnualRun(Shipped broken) throws Exception {
        Path data = temp.resolve("shipped" + (++cases));
        Path placed = Files.createDirectories(data.resolve(broken.placedAs()).getParent()).resolve(
                data.resolve(broken.placedAs()).getFileName());
        Files.copy(BROKEN.resolve(broken.file()), placed);
        // the other inputs the annual run needs, valid, so that the broken file is what stops it
        Path wave = Files.createDirectories(data.resolve("survey/2024"));
        for (String valid : List.of("design.csv", "responses.csv")) {
            if (!Files.exists(wave.resolve(valid))) {
                Files.copy(BROKEN.resolve(valid), wave.resolve(valid));
            }
        }
        Path municipal = Files.createDirectories(data.resolve("municipal/2024"));
        if (!Files.exists(municipal.resolve("returns.csv")) && !broken.placedAs().contains("forms/")) {
            Files.copy(Path.of("sample-data/municipal/2024/returns.csv"), municipal.resolve("returns.csv"));
        }

        Outcome validate = validate(data);
        Outcome annual = annualRun(data);

        for (Outcome outcome : List.of(validate, annual)) {
            assertThat(outcome.status()).as(outcome.err()).isEqualTo(3);
            assertThat(outcome.out() + outcome.err()).contains(broken.where()).doesNotContain("Exception")
                    .doesNotContain("\tat ").as("one line tells the failure").doesNotContain("Encountered an error");
        }
    }

    /** The annual job on the battery's store, its outcome printed and turned into an exit status as by {@code run}. */
    private Outcome annualRun(Path data) throws Exception {
        java.io.PrintStream err = System.err;
        java.io.PrintStream out = System.out;
        java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        Path published = temp.resolve("out-" + cases);
        try {
            System.setErr(new java.io.PrintStream(stderr, true, StandardCharsets.UTF_8));
            System.setOut(new java.io.PrintStream(stdout, true, StandardCharsets.UTF_8));
            JobExecution run = app.getBean(PipelineRunner.class).run("annual", new RunParameters(2024, data, published, 0));
            int status = JobReport.print(run, published.resolve("2024"), 2024);
            assertThat(published.resolve("2024/estimates-2024.csv")).as("nothing published").doesNotExist();
            return new Outcome(status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
    }

    private void assertNothingHalfLoaded(Path data, Expect expect) throws Exception {
        PipelineRunner runner = app.getBean(PipelineRunner.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        RunParameters run = new RunParameters(2024, data, temp.resolve("out"), 0);
        JobExecution ingest = runner.run("ingest", run);
        Path file;
        try (Stream<Path> files = Files.walk(data)) {
            file = files.filter(p -> p.getFileName().toString().endsWith(expect.file())).findFirst().orElseThrow();
        }
        List<Long> ids = jdbc.queryForList("SELECT file_id FROM input_file WHERE checksum = ?", Long.class,
                sha256(file));
        if (expect.unreadable()) {
            assertThat(ingest.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(ingest.getAllFailureExceptions()).first().extracting(ExitCodes::describe).asString()
                    .contains(expect.file());
            for (long id : ids) {
                assertThat(count(jdbc, "survey_response", id) + count(jdbc, "municipal_case", id)
                        + count(jdbc, "municipal_effort", id) + count(jdbc, "rejected_row", id))
                        .as("rows of the refused file").isZero();
            }
            return;
        }
        assertThat(ingest.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        runner.run("validate", run); // may stop with exit 3 (tolerance): the rejects are stored either way
        long id = ids.get(0);
        String table = expect.file().equals("returns.csv") ? "municipal_case" : "survey_response";
        assertThat(jdbc.queryForObject("SELECT rule_name FROM rejected_row WHERE file_id = ? AND line_no = ? "
                + "AND column_name = ?", String.class, id, expect.line(), expect.column())).isEqualTo(expect.rule());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE file_id = ? AND line_no = ?",
                Long.class, id, expect.line())).as("the rejected row is not among the accepted").isZero();
        long rejectedLines = jdbc.queryForObject("SELECT COUNT(DISTINCT line_no) FROM rejected_row WHERE file_id = ?",
                Long.class, id);
        assertThat(count(jdbc, table, id) + rejectedLines).as("every row read accepted or rejected, once")
                .isEqualTo(jdbc.queryForObject("SELECT rows_loaded FROM input_file WHERE file_id = ?", Long.class, id))
                .isEqualTo(Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream().skip(1)
                        .filter(l -> !l.isEmpty()).count());
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }

    private static long count(JdbcTemplate jdbc, String table, long fileId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE file_id = ?", Long.class, fileId);
    }

    private static Outcome validate(Path data) {
        return CliRun.execute("validate", "--data", data.toString(), "--year", "2024");
    }
}
