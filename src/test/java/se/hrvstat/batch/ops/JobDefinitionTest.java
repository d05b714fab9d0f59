package se.hrvstat.batch.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobDefinitionTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @TempDir
    Path temp;

    @Test
    void theCommittedDefinitionsOfTheRepositoryAllRead() {
        List<JobDefinition> all = JobDefinition.readAll(Path.of("jobs/schedule"));

        assertThat(all).extracting(JobDefinition::name).containsExactly("annual", "municipal-returns", "survey-wave");
        assertThat(all.get(0).jobs()).containsExactly("annual");
        assertThat(all.get(2).jobs()).containsExactly("ingest", "validate");
        assertThat(all.get(2).onlyNewInput()).isTrue();
        assertThat(all.get(2).area()).isEqualTo("survey");
    }

    @Test
    void theAnnualRunFiresAtTwoOnTheFifteenthOfMarchForThePreviousYear() {
        JobDefinition annual = JobDefinition.read(Path.of("jobs/schedule/annual.job"));

        // cron "0 0 2 15 3 *": second 0, minute 0, hour 2, day 15, month 3, any weekday
        ZonedDateTime next = annual.nextAfter(ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, STOCKHOLM));

        assertThat(next).isEqualTo(ZonedDateTime.of(2025, 3, 15, 2, 0, 0, 0, STOCKHOLM));
        assertThat(annual.yearAt(next)).isEqualTo(2024);
        assertThat(annual.nextAfter(next)).isEqualTo(ZonedDateTime.of(2026, 3, 15, 2, 0, 0, 0, STOCKHOLM));
    }

    @Test
    void weekdayNightsSkipTheWeekend() {
        JobDefinition returns = JobDefinition.read(Path.of("jobs/schedule/municipal-returns.job"));

        // 2025-03-14 is a Friday (ISO calendar), so after its 01:30 the next weekday is Monday 17 March
        ZonedDateTime next = returns.nextAfter(ZonedDateTime.of(2025, 3, 14, 2, 0, 0, 0, STOCKHOLM));

        assertThat(next).isEqualTo(ZonedDateTime.of(2025, 3, 17, 1, 30, 0, 0, STOCKHOLM));
    }

    @Test
    void aWrongCronNamesTheFileAndLine() throws Exception {
        Path file = temp.resolve("bad.job");
        Files.writeString(file, "# comment\njob = annual\ncron = 0 0 2 15 3\nyear = 2024\ndata = d\nout = o\n");

        assertThatThrownBy(() -> JobDefinition.read(file)).hasMessageStartingWith(file + ":3: cron '0 0 2 15 3'")
                .hasMessageContaining("six fields");
    }

    @Test
    void anUnknownKeyAndAMissingKeyAreNamed() throws Exception {
        Path unknown = temp.resolve("unknown.job");
        Files.writeString(unknown, "job = annual\nschedule = daily\n");
        Path missing = temp.resolve("missing.job");
        Files.writeString(missing, "job = annual\ncron = @daily\nyear = current\ndata = d\n");

        assertThatThrownBy(() -> JobDefinition.read(unknown)).hasMessageStartingWith(unknown + ":2: unknown key 'schedule'");
        assertThatThrownBy(() -> JobDefinition.read(missing)).hasMessage(missing + ": 'out = ...' is missing");
    }
}
