package se.hrvstat.batch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulerTest {
    @TempDir
    Path temp;

    @Test
    void onceRunsTheFirstDueDefinitionForItsYearAndReturnsItsStatus() throws Exception {
        Path file = temp.resolve("every-second.job");
        Files.writeString(file, "job = ingest, validate\ncron = * * * * * *\nyear = previous\ndata = d\nout = o\n");
        JobDefinition everySecond = JobDefinition.read(file);
        List<String> fired = new ArrayList<>();

        int status = new Scheduler(List.of(everySecond), (d, year) -> {
            fired.add(d.name() + " " + year);
            return 3;
        }, Clock.systemDefaultZone()).run(true);

        int previousYear = ZonedDateTime.now().getYear() - 1;
        assertThat(fired).containsExactly("every-second " + previousYear);
        assertThat(status).isEqualTo(3);
    }

    @Test
    void aDefinitionThatNeverFiresAgainEndsTheSchedule() throws Exception {
        Path file = temp.resolve("past.job");
        // a date that never comes: 30 February
        Files.writeString(file, "job = annual\ncron = 0 0 0 30 2 *\nyear = 2024\ndata = d\nout = o\n");

        int status = new Scheduler(List.of(JobDefinition.read(file)), (d, year) -> 1, Clock.systemDefaultZone()).run(false);

        assertThat(status).isZero();
    }

    @Test
    void aDefinitionFiresAtItsCronTimeOnTheSchedulersClockNotTheWallClock() throws Exception {
        Path file = temp.resolve("yearly.job");
        // 15 March at 02:00 in Stockholm, for the year before the firing
        Files.writeString(file, "job = annual\ncron = 0 0 2 15 3 *\nzone = Europe/Stockholm\nyear = previous\n"
                + "data = d\nout = o\n");
        // a clock set to one second before that time in 2027, running on from there
        Instant start = OffsetDateTime.parse("2027-03-15T01:59:59+01:00").toInstant();
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start));
        List<Instant> firedAt = new ArrayList<>();
        long began = System.nanoTime();

        int status = new Scheduler(List.of(JobDefinition.read(file)), (d, year) -> {
            firedAt.add(clock.instant());
            return year;
        }, clock).run(true);

        assertThat(status).as("the year of a firing on 15 March 2027").isEqualTo(2026);
        assertThat(firedAt).singleElement().satisfies(at -> assertThat(at)
                .isBetween(start.plusSeconds(1), start.plusSeconds(30)));
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(30));
    }
}
