package se.hrvstat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import se.hrvstat.result.CaseCount;
import se.hrvstat.testsupport.Store;

/** The latest-return rule of {@link MunicipalReturnStore}, the one the published municipal statistics read. */
class MunicipalStatisticsStoreTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    void aLaterSubmissionForTheSameMunicipalityAndSectorReplacesTheEarlierOne(Store store) {
        JdbcTemplate jdbc = migrated(store);
        Timestamp early = Timestamp.from(Instant.parse("2025-02-01T10:00:00Z"));
        Timestamp late = Timestamp.from(Instant.parse("2025-03-01T10:00:00Z"));
        // file 1: 0114 skola 7 (early), 0114 socialtjanst 5 (early); file 2: 0114 skola 9 (late)
        insertCase(jdbc, 1, 1, "0114", "skola", 7, early);
        insertCase(jdbc, 1, 2, "0114", "socialtjanst", 5, early);
        insertCase(jdbc, 2, 1, "0114", "skola", 9, late);
        // file 3 loaded later but submitted earlier: it does not replace the late one
        insertCase(jdbc, 3, 1, "0114", "skola", 4, early);
        // another year is not read
        jdbc.update("INSERT INTO municipal_case VALUES (2023, '0114', 'skola', 'flicka_kvinna', '0-12', 'personer', 1, ?, 4, 1)",
                early);

        yearInputs(jdbc, 2024, 1, 2, 3, 4);

        assertThat(new MunicipalReturnStore(jdbc).latestCases(2024, 2024)).containsExactlyInAnyOrder(
                new CaseCount("0114", "socialtjanst", "flicka_kvinna", "0-12", "personer", 5),
                new CaseCount("0114", "skola", "flicka_kvinna", "0-12", "personer", 9));
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    void equalTimestampsTakeTheLaterLoadedFileSoNothingIsCountedTwice(Store store) {
        JdbcTemplate jdbc = migrated(store);
        Timestamp same = Timestamp.from(Instant.parse("2025-02-01T10:00:00Z"));
        insertCase(jdbc, 5, 1, "0114", "skola", 7, same);
        insertCase(jdbc, 6, 1, "0114", "skola", 8, same);
        yearInputs(jdbc, 2024, 5, 6);

        assertThat(new MunicipalReturnStore(jdbc).latestCases(2024, 2024)).containsExactly(
                new CaseCount("0114", "skola", "flicka_kvinna", "0-12", "personer", 8));
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    void aFileOutsideTheReferenceYearsInputsIsNotReadHoweverLateItWasSubmitted(Store store) {
        JdbcTemplate jdbc = migrated(store);
        insertCase(jdbc, 7, 1, "0114", "skola", 7, Timestamp.from(Instant.parse("2025-02-01T10:00:00Z")));
        insertCase(jdbc, 8, 1, "0114", "skola", 9, Timestamp.from(Instant.parse("2025-03-01T10:00:00Z")));
        yearInputs(jdbc, 2024, 7); // file 8 came with another data folder (e.g. a rejected run's)

        assertThat(new MunicipalReturnStore(jdbc).latestCases(2024, 2024)).containsExactly(
                new CaseCount("0114", "skola", "flicka_kvinna", "0-12", "personer", 7));
        assertThat(new MunicipalReturnStore(jdbc).latestCases(2024, 2025)).as("no inputs chosen for 2025").isEmpty();
    }

    /** Registers the files and makes them the inputs of {@code year}. */
    private static void yearInputs(JdbcTemplate jdbc, int year, long... files) {
        for (long file : files) {
            jdbc.update("INSERT INTO input_file (file_id, checksum, kind, period, path, registered_at) "
                    + "VALUES (?, ?, 'returns', 2024, ?, CURRENT_TIMESTAMP)", file, "checksum " + file, "returns-" + file);
            jdbc.update("INSERT INTO year_input (ref_year, file_id, path) VALUES (?, ?, ?)", year, file,
                    "returns-" + file);
        }
    }

    private JdbcTemplate migrated(Store store) {
        Store.Database db = store.freshDatabase(temp);
        Flyway.configure().dataSource(db.url(), db.user(), db.password())
                .locations("classpath:db/migration/common", "classpath:db/migration/"
                        + (store == Store.H2 ? "h2" : "postgresql")).load().migrate();
        return new JdbcTemplate(new DriverManagerDataSource(db.url(), db.user(), db.password()));
    }

    private static void insertCase(JdbcTemplate jdbc, long file, int line, String kod, String sector, long value,
                                   Timestamp submitted) {
        jdbc.update("INSERT INTO municipal_case (ref_year, kommunkod, sector, sex, age_group, measure, case_count, "
                + "submitted, file_id, line_no) VALUES (2024, ?, ?, 'flicka_kvinna', '0-12', 'personer', ?, ?, ?, ?)",
                kod, sector, value, submitted, file, line);
    }
}
