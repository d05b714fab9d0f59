package se.hrvstat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import se.hrvstat.ingest.InputKind;
import se.hrvstat.ingest.SourceRow;
import se.hrvstat.ingest.ValidatedRow;
import se.hrvstat.testsupport.Store;

/**
 * COPY's binary format (PostgreSQL documentation, COPY, "Binary Format") through a real
 * PostgreSQL: rows encoded by {@link PgCopy}, sent with COPY, read back with SELECT and compared
 * with the values written. PostgreSQL itself is the independent check of the encoding: a wrong
 * length, byte order or epoch gives an error or a different value.
 */
class PgCopyBinaryTest {
    @TempDir
    Path temp;

    @Test
    void everyTypeRoundTripsThroughPostgresql() throws Exception {
        Store.Database db = Store.POSTGRESQL.freshDatabase(temp);
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(c, true);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (a SMALLINT, b INTEGER, c BIGINT, d BOOLEAN, e VARCHAR(20), f TEXT, "
                        + "g TIMESTAMP, h DOUBLE PRECISION, i CHAR(3))");
            }
            List<PgCopy.Type> types = List.of(PgCopy.Type.INT2, PgCopy.Type.INT4, PgCopy.Type.INT8, PgCopy.Type.BOOL,
                    PgCopy.Type.TEXT, PgCopy.Type.TEXT, PgCopy.Type.TIMESTAMP, PgCopy.Type.FLOAT8, PgCopy.Type.TEXT);
            Object[] first = {(short) -32768, Integer.MAX_VALUE, Long.MIN_VALUE, true, "Åsa 😀", "a\tb\\c\nd",
                LocalDateTime.of(1999, 12, 31, 23, 59, 59, 123_456_000), -0.5, "ab"};
            Object[] second = {32767, -1, 0L, false, "", null, LocalDateTime.of(2025, 3, 1, 10, 0, 5), 1e300, null};
            Object[] nulls = new Object[9];
            PgCopy rows = new PgCopy(8);
            for (Object[] row : List.of(first, second, nulls)) {
                rows.fields(row.length);
                for (int k = 0; k < row.length; k++) {
                    rows.binary(row[k], types.get(k));
                }
            }
            // split into two buffers: one COPY of several, header once before and trailer once after
            PgCopy more = new PgCopy(1).fields(1 + 8);
            more.binary(7, PgCopy.Type.INT2);
            for (int k = 1; k < 9; k++) {
                more.binary(null, types.get(k));
            }

            PgCopy.send(dataSource, "COPY t FROM STDIN (FORMAT binary)", List.of(rows, more), true);

            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT a, b, c, d, e, f, g, h, i FROM t ORDER BY a NULLS LAST")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(-32768);
                assertThat(rs.getInt(2)).isEqualTo(Integer.MAX_VALUE);
                assertThat(rs.getLong(3)).isEqualTo(Long.MIN_VALUE);
                assertThat(rs.getBoolean(4)).isTrue();
                assertThat(rs.getString(5)).isEqualTo("Åsa 😀");
                assertThat(rs.getString(6)).isEqualTo("a\tb\\c\nd");
                assertThat(rs.getObject(7, LocalDateTime.class)).isEqualTo(LocalDateTime.of(1999, 12, 31, 23, 59, 59, 123_456_000));
                assertThat(rs.getDouble(8)).isEqualTo(-0.5);
                assertThat(rs.getString(9)).isEqualTo("ab "); // char(3) pads
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(7);
                assertThat(rs.getObject(2)).isNull();
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(32767);
                assertThat(rs.getInt(2)).isEqualTo(-1);
                assertThat(rs.getLong(3)).isZero();
                assertThat(rs.getBoolean(4)).isFalse();
                assertThat(rs.getString(5)).isEmpty();
                assertThat(rs.getObject(6)).isNull();
                assertThat(rs.getObject(7, LocalDateTime.class)).isEqualTo(LocalDateTime.of(2025, 3, 1, 10, 0, 5));
                assertThat(rs.getDouble(8)).isEqualTo(1e300);
                assertThat(rs.getObject(9)).isNull();
                assertThat(rs.next()).isTrue();
                for (int k = 1; k <= 9; k++) {
                    assertThat(rs.getObject(k)).isNull();
                }
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void aValueThatDoesNotFitItsColumnIsRefused() {
        PgCopy copy = new PgCopy(8);

        assertThatThrownBy(() -> copy.binary(32768, PgCopy.Type.INT2)).hasMessageContaining("out of range for smallint");
        assertThatThrownBy(() -> copy.binary("7", PgCopy.Type.INT4)).hasMessageContaining("String cannot be copied as int4");
    }

    @Test
    void surveyResponsesLandInTheBinaryFormat() throws Exception {
        Store.Database db = Store.POSTGRESQL.freshDatabase(temp);
        Flyway.configure().dataSource(db.url(), db.user(), db.password())
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(c, true);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.update("INSERT INTO input_file (file_id, checksum, kind, period, path, registered_at) "
                    + "VALUES (5, 'x', 'RESPONSES', 2024, 'r.csv', CURRENT_TIMESTAMP)");
            ValidatedRowStore store = new ValidatedRowStore(jdbc, new InputFileStore(jdbc));
            assertThat(store.binaryTypes(InputKind.RESPONSES)).isPresent();

            Object[] values = new Object[InputKind.RESPONSES.header().size()];
            values[InputKind.RESPONSES.column("wave")] = 2024;
            values[InputKind.RESPONSES.column("resp_id")] = "R1";
            values[InputKind.RESPONSES.column("class_id")] = "K1";
            for (String column : List.of("sex", "grade", "born", "disability", "lgbtq", "q16")) {
                values[InputKind.RESPONSES.column(column)] = 2;
            }
            store.write(List.of(new ValidatedRow(new SourceRow(5, InputKind.RESPONSES, 2024, 3, new String[values.length], null), values, List.of())));

            assertThat(jdbc.queryForList("SELECT wave, resp_id, class_id, sex, age, q16, file_id, line_no FROM survey_response"))
                    .singleElement().satisfies(row -> assertThat(row.values()).containsExactly(2024, "R1", "K1", 2, null, 2, 5L, 3));
        }
    }
}
