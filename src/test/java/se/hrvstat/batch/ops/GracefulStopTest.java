package se.hrvstat.batch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The in-process side of a graceful stop; the signal itself is tested with a real process. */
class GracefulStopTest {
    @AfterEach
    void forgetTheSignal() {
        GracefulStop.reset();
    }

    @Test
    void aSignalCallsTheRegisteredStopActionsOnceAndIsRemembered() {
        AtomicInteger stops = new AtomicInteger();
        AtomicInteger unregistered = new AtomicInteger();
        GracefulStop.onStop(unregistered::incrementAndGet).close();

        try (GracefulStop.Registration r = GracefulStop.onStop(stops::incrementAndGet)) {
            assertThat(GracefulStop.requested()).isNull();
            GracefulStop.received("SIGTERM");
        }

        assertThat(stops).hasValue(1);
        assertThat(unregistered).hasValue(0);
        assertThat(GracefulStop.requested()).isEqualTo("SIGTERM");
    }

    @Test
    void anActionRegisteredAfterTheSignalRunsAtOnce() {
        GracefulStop.received("SIGINT");
        AtomicInteger stops = new AtomicInteger();

        GracefulStop.onStop(stops::incrementAndGet).close();

        assertThat(stops).hasValue(1);
    }
}
