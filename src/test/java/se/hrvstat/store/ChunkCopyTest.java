package se.hrvstat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.hrvstat.result.InputKind;
import se.hrvstat.result.Reject;
import se.hrvstat.result.SourceRow;
import se.hrvstat.result.ValidatedRow;
import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.Store;

/**
 * Rows streamed into a chunk's COPY as the step reads them (issue 5 item 7) land exactly once
 * when the chunk commits, with the batches the step did not stream and the rejects, across a
 * change of table within the chunk; a chunk that fails after streaming lands nothing and leaves
 * every pooled connection usable. On H2 streaming does nothing and the writer lands the rows.
 */
class ChunkCopyTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    void streamedAndUnstreamedBlocksOfTwoTablesLandOnceWhenTheChunkCommits(Store store) {
        try (ConfigurableApplicationContext app = Pipeline.start(store.freshDatabase(temp))) {
            ValidatedRowStore rows = app.getBean(ValidatedRowStore.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long answers = file(app, "responses");
            long population = file(app, "population");

            transaction(app).executeWithoutResult(status -> {
                ValidatedRowStore.Batch first = rows.prepare(answers(answers, 2, 1000));
                ValidatedRowStore.Batch registers = rows.prepare(registerCounts(population, 3));
                List<ValidatedRow> last = new ArrayList<>(answers(answers, 1002, 500));
                last.add(rejected(answers, 1502));
                ValidatedRowStore.Batch notStreamed = rows.prepare(last);
                rows.stream(first);
                rows.stream(registers); // another table: the open COPY ends, one for register_count starts
                rows.write(List.of(first, registers, notStreamed));
            });

            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Long.class)).isEqualTo(1500);
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT line_no) FROM survey_response", Long.class))
                    .isEqualTo(1500);
            assertThat(jdbc.queryForObject("SELECT MIN(line_no) || '-' || MAX(line_no) FROM survey_response",
                    String.class)).isEqualTo("2-1501");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM register_count", Long.class)).isEqualTo(3);
            assertThat(jdbc.queryForObject("SELECT line_no || ' ' || rule_name FROM rejected_row", String.class))
                    .isEqualTo("1502 duplicate_key");
        }
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    @Timeout(120) // without the cancel, the rollback of a connection in the middle of a COPY hangs
    void aChunkThatFailsAfterStreamingLandsNothingAndLeavesTheConnectionsUsable(Store store) {
        try (ConfigurableApplicationContext app = Pipeline.start(store.freshDatabase(temp))) {
            ValidatedRowStore rows = app.getBean(ValidatedRowStore.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long answers = file(app, "responses");

            // more failed chunks than the pool has connections: each goes back mid-COPY if not cancelled
            for (int attempt = 0; attempt < 15; attempt++) {
                assertThatThrownBy(() -> transaction(app).executeWithoutResult(status -> {
                    rows.stream(rows.prepare(answers(answers, 2, 1000)));
                    throw new IllegalStateException("the chunk fails after its first block was streamed");
                })).hasMessageContaining("chunk fails");
            }

            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Long.class)).isZero();
            transaction(app).executeWithoutResult(status -> {
                ValidatedRowStore.Batch batch = rows.prepare(answers(answers, 2, 1000));
                rows.stream(batch);
                rows.write(List.of(batch));
            });
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Long.class)).isEqualTo(1000);
        }
    }

    /** A registered input file of the kind (rows and rejects refer to it). */
    private static long file(ConfigurableApplicationContext app, String kind) {
        return file(app, kind, "checksum of " + kind);
    }

    private static long file(ConfigurableApplicationContext app, String kind, String checksum) {
        return app.getBean(InputFileStore.class).register(checksum, kind, 2024, "/data/survey/2024/" + kind + ".csv",
                "RFC 4180").fileId();
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    void aCorrectedFileWithTheSameKeysLandsBesideTheEarlierOneWhichIsKept(Store store) {
        try (ConfigurableApplicationContext app = Pipeline.start(store.freshDatabase(temp))) {
            ValidatedRowStore rows = app.getBean(ValidatedRowStore.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long earlier = file(app, "responses");
            long corrected = file(app, "responses", "checksum of the corrected file");
            transaction(app).executeWithoutResult(status -> rows.write(List.of(rows.prepare(answers(earlier, 2, 1000)))));

            // the corrected file: the same resp_ids; which file a year reads is chosen later (year_input)
            transaction(app).executeWithoutResult(status -> {
                ValidatedRowStore.Batch first = rows.prepare(answers(corrected, 2, 600));
                ValidatedRowStore.Batch second = rows.prepare(answers(corrected, 602, 400));
                rows.stream(first); // on PostgreSQL into the COPY
                rows.write(List.of(first, second));
            });

            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE file_id = ?", Long.class,
                    corrected)).isEqualTo(1000);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE file_id = ?", Long.class,
                    earlier)).as("the earlier file's rows are kept").isEqualTo(1000);
        }
    }

    private static TransactionTemplate transaction(ConfigurableApplicationContext app) {
        return new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    }

    /** Accepted rows of a responses.csv, as validation types them, from line {@code from} on. */
    private static List<ValidatedRow> answers(long file, int from, int count) {
        List<ValidatedRow> rows = new ArrayList<>();
        for (int line = from; line < from + count; line++) {
            Object[] values = new Object[InputKind.RESPONSES.header().size()];
            values[0] = "R2024-" + line;
            values[1] = 2024;
            values[2] = "0120-GR-01-9A";
            for (int i = 3; i < values.length; i++) {
                values[i] = i == 5 ? (Object) 15 : line % 2 + 1;
            }
            rows.add(new ValidatedRow(source(InputKind.RESPONSES, file, line), values, List.of()));
        }
        return rows;
    }

    private static ValidatedRow rejected(long file, int line) {
        return new ValidatedRow(source(InputKind.RESPONSES, file, line), new Object[25],
                List.of(new Reject("duplicate_key", "resp_id", "R2024-2", "resp_id R2024-2 appears twice")));
    }

    /** Accepted rows of a population.csv: margin, lanskod, sex, grade, count. */
    private static List<ValidatedRow> registerCounts(long file, int count) {
        List<ValidatedRow> rows = new ArrayList<>();
        for (int line = 2; line < 2 + count; line++) {
            rows.add(new ValidatedRow(source(InputKind.POPULATION, file, line),
                    new Object[] {"sex_grade", null, line % 2 + 1, 9, 1000L + line, null}, List.of()));
        }
        return rows;
    }

    private static SourceRow source(InputKind kind, long file, int line) {
        return new SourceRow(file, kind, 2024, line, new String[0], null);
    }
}
