package se.hrvstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.testsupport.CliRun;
import se.hrvstat.testsupport.CliRun.Outcome;

class ScheduleCommandTest {
    @TempDir
    Path temp;

    private static Outcome execute(String... args) {
        return CliRun.execute(args);
    }

    @Test
    void listShowsEachDefinitionWithItsNextFiringsWithoutADatabase() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("schedule"));
        // 15 March at 02:00 in Stockholm, for the previous year
        Files.writeString(folder.resolve("annual.job"), "job = annual\ncron = 0 0 2 15 3 *\nzone = Europe/Stockholm\n"
                + "year = previous\ndata = d\nout = o\n");

        Outcome result = execute("schedule", "--list", "--count", "2", "--definitions", folder.toString());

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("annual  (").contains("job annual, year previous")
                .containsPattern("next: (\\d{4})-03-15 02:00:00 \\+01:00  \\(year \\d{4}\\)");
        assertThat(result.out().lines().filter(l -> l.contains("next: "))).hasSize(2);
    }

    @Test
    void anUnknownDefinitionNameIsAUsageErrorWithASuggestion() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("schedule"));
        Files.writeString(folder.resolve("annual.job"), "job = annual\ncron = @daily\nyear = 2024\ndata = d\nout = o\n");

        Outcome result = execute("schedule", "--now", "annaul", "--definitions", folder.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("no definition named annaul").contains("did you mean 'annual'?");
    }

    @Test
    void anUnknownLogFormatIsAUsageError() {
        Outcome result = execute("jobs", "--log-format", "xml");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("--log-format must be text or json");
    }

    @Test
    void aLostConnectionIsToldAsTheDatabaseBeingUnreachable() {
        // SQL state 08006: connection failure (PostgreSQL's and the SQL standard's class 08)
        RuntimeException lost = new RuntimeException("could not commit",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        assertThat(ExitCodes.describe(lost)).startsWith("the database cannot be reached (An I/O error occurred");
        assertThat(ExitCodes.of(lost)).isEqualTo(ExitCodes.FAILED);
    }
}
