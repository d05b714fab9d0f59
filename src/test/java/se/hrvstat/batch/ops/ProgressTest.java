package se.hrvstat.batch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void rateAndTimeLeftFollowTheMeanRateSoFar() {
        // 500 rows in 2 s = 250 rows/s; 1 500 rows to go at 250 rows/s = 6 s
        Progress p = new Progress("validate", 500, 2000L, Duration.ofSeconds(2));

        assertThat(p.rate()).isEqualTo(250.0);
        assertThat(p.left()).isEqualTo(Duration.ofSeconds(6));
        assertThat(p.line()).isEqualTo("validate: 500 of 2000 rows (25 %), 250 rows/s, about 0:06 left");
    }

    @Test
    void withoutATotalThereIsNoShareAndNoTimeLeft() {
        Progress p = new Progress("ingest", 3000, null, Duration.ofSeconds(4));

        assertThat(p.line()).isEqualTo("ingest: 3000 rows, 750 rows/s");
        assertThat(p.bar(10)).isEqualTo("ingest     3000 rows, 750 rows/s");
    }

    @Test
    void theBarFillsWithTheShareDone() {
        // 1 000 of 4 000 = 25 %: 5 of 20 marks; 3 000 to go at 500 rows/s = 6 s
        Progress p = new Progress("validate", 1000, 4000L, Duration.ofSeconds(2));

        assertThat(p.bar(20)).isEqualTo("validate   [#####...............] 1000 of 4000 rows (25 %), 500 rows/s, about 0:06 left");
    }

    @Test
    void longWaitsShowHours() {
        assertThat(Progress.clock(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
        assertThat(Progress.clock(Duration.ofSeconds(245))).isEqualTo("4:05");
    }
}
