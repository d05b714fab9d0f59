package se.hrvstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class JobsCommandTimeTest {

    @Test
    void aStartOnTheFullMinuteKeepsItsSecondsSoTheColumnsStayAligned() {
        LocalDateTime onTheMinute = LocalDateTime.of(2026, 11, 29, 15, 23, 0, 500_000_000);

        assertThat(JobsCommand.time(onTheMinute)).isEqualTo("2026-11-29 15:23:00");
    }

    @Test
    void anExecutionThatHasNotStartedShowsADash() {
        assertThat(JobsCommand.time((LocalDateTime) null)).isEqualTo("-");
    }
}
