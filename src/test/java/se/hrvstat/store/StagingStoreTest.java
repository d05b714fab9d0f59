package se.hrvstat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.hrvstat.ingest.InputKind;
import se.hrvstat.ingest.SourceRow;
import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.Store;

/** Staged rows come back exactly as read: through COPY on PostgreSQL, batched inserts on H2. */
class StagingStoreTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    void cellsWithTabsNewlinesBackslashesAndQuotesComeBackUnchanged(Store store) {
        try (ConfigurableApplicationContext app = Pipeline.start(store.freshDatabase(temp))) {
            long fileId = app.getBean(InputFileStore.class).register("c0ffee", "design", 2024, "design.csv", "test").fileId();
            String[] tricky = {"a\tb", "line\nbreak\r\n", "back\\slash \\N", "\"quoted\", comma;", "å ä ö é", ""};
            app.getBean(StagingStore.class).insert(List.of(
                    new SourceRow(fileId, InputKind.DESIGN, 2024, 2, tricky, null),
                    new SourceRow(fileId, InputKind.DESIGN, 2024, 3, new String[] {"x"}, "resp_id,class_id")));

            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<String> fields = jdbc.queryForList("SELECT fields FROM staging_row ORDER BY line_no", String.class);
            assertThat(SourceRow.splitFields(fields.get(0))).containsExactly(tricky);
            assertThat(jdbc.queryForList("SELECT pin_columns FROM staging_row ORDER BY line_no", String.class))
                    .containsExactly(null, "resp_id,class_id");
        }
    }
}
