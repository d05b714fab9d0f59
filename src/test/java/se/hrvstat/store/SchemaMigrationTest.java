package se.hrvstat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.hrvstat.testsupport.Store;

class SchemaMigrationTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    void oneFlywayHistoryCreatesTheSameTablesOnEveryStore(Store store) throws Exception {
        Store.Database db = store.freshDatabase(temp);
        Flyway flyway = Flyway.configure().dataSource(db.url(), db.user(), db.password())
                .locations("classpath:db/migration/common", "classpath:db/migration/"
                        + (store == Store.H2 ? "h2" : "postgresql")).load();

        int applied = flyway.migrate().migrationsExecuted;

        // every versioned migration of both folders, however many helpers have added
        assertThat(applied).isEqualTo(migrations("common") + migrations(store == Store.H2 ? "h2" : "postgresql"));
        assertThat(tables(db)).contains("batch_job_instance", "batch_job_execution", "batch_step_execution",
                "input_file", "rejected_row", "survey_class", "survey_response", "register_count",
                "municipal_case", "municipal_effort", "municipal_population", "survey_weight", "survey_estimate", "indicator_version",
                "run_lock");
    }

    private static long migrations(String folder) throws Exception {
        Path dir = Path.of("src/main/resources/db/migration", folder);
        if (!java.nio.file.Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = java.nio.file.Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    private static List<String> tables(Store.Database db) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
