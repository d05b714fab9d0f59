package se.hrvstat.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import se.hrvstat.store.RunLockStore;
import se.hrvstat.testsupport.Store;

/** CLI.md: a run never starts beside a live run of the same job and year; a dead one is taken over. */
class RunLockTest {
    @TempDir
    Path temp;

    private RunLockStore store(Store store) {
        Store.Database db = store.freshDatabase(temp);
        Flyway.configure().dataSource(db.url(), db.user(), db.password()).locations("classpath:db/migration/common",
                "classpath:db/migration/" + (store == Store.H2 ? "h2" : "postgresql")).load().migrate();
        return new RunLockStore(new JdbcTemplate(new DriverManagerDataSource(db.url(), db.user(), db.password())));
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    void aSecondRunOfTheSameJobAndYearIsRefusedWhileTheFirstLives(Store kind) {
        RunLockStore locks = store(kind);
        try (RunLock first = RunLock.acquire(locks, "annual:2024")) {
            assertThatThrownBy(() -> RunLock.acquire(locks, "annual:2024"))
                    .isInstanceOf(RunLock.AlreadyRunningException.class)
                    .hasMessageContaining("annual:2024 is already running").hasMessageContaining("process "
                            + ProcessHandle.current().pid());
            try (RunLock otherYear = RunLock.acquire(locks, "annual:2023")) {
                assertThat(otherYear).isNotNull();
            }
        }
        try (RunLock again = RunLock.acquire(locks, "annual:2024")) {
            assertThat(again).as("released when the first run ends").isNotNull();
        }
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    void theLockOfAProcessThatDiedIsTakenOver(Store kind) throws Exception {
        RunLockStore locks = store(kind);
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        assertThat(locks.tryInsert("annual:2024", java.net.InetAddress.getLocalHost().getHostName(), dead.pid())).isTrue();

        try (RunLock taken = RunLock.acquire(locks, "annual:2024")) {
            assertThat(locks.holder("annual:2024")).hasValueSatisfying(h ->
                    assertThat(h.pid()).isEqualTo(ProcessHandle.current().pid()));
        }
    }
}
