package se.hrvstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import se.hrvstat.testsupport.Store;

/**
 * The broken-file battery on PostgreSQL, where accepted rows land with COPY streamed block by
 * block: nothing half-loaded, every row of a readable file accepted or rejected once, and a file
 * that replaces the earlier one of its wave (each case's responses.csv has the same resp_ids)
 * does so before its rows land.
 */
class BrokenFileBatteryOnPostgresqlTest extends BrokenFileBatteryTest {

    @Override
    Store store() {
        return Store.POSTGRESQL;
    }

    @Test
    void theBatteryRunsOnPostgresql() {
        assertThat(app.getBean(JdbcTemplate.class).execute((Connection c) -> c.getMetaData().getDatabaseProductName()))
                .isEqualTo("PostgreSQL");
    }
}
