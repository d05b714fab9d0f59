package se.hrvstat.batch.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs job definitions at their cron times, in the foreground, one firing at a time (a
 * definition due while another runs fires when that one ends; firings missed meanwhile are not
 * repeated, as cron does not). Every firing and its exit status is logged. Ends when a stop is
 * requested (SIGTERM, Ctrl-C: the running job stops gracefully first), after the first firing
 * with {@code once}, or when no definition will fire again.
 */
public final class Scheduler {
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
    private static final Duration TICK = Duration.ofMillis(250);

    /** Runs one definition for a reference year; returns the exit status (CLI.md). */
    @FunctionalInterface
    public interface Firing {
        int fire(JobDefinition definition, int year);
    }

    private final List<JobDefinition> definitions;
    private final Firing firing;
    private final Clock clock;

    public Scheduler(List<JobDefinition> definitions, Firing firing, Clock clock) {
        this.definitions = List.copyOf(definitions);
        this.firing = firing;
        this.clock = clock;
    }

    /**
     * Runs until stopped; returns the exit status of the last firing (0 if none fired), or with
     * {@code once} the status of the first firing.
     */
    public int run(boolean once) throws InterruptedException {
        Map<JobDefinition, ZonedDateTime> next = new LinkedHashMap<>();
        ZonedDateTime now = ZonedDateTime.now(clock);
        for (JobDefinition d : definitions) {
            schedule(next, d, now);
        }
        int last = 0;
        while (GracefulStop.requested() == null) {
            ZonedDateTime earliest = next.values().stream().filter(java.util.Objects::nonNull)
                    .min(ZonedDateTime::compareTo).orElse(null);
            if (earliest == null) {
                LOG.info("schedule: no definition fires again; ending");
                return last;
            }
            if (ZonedDateTime.now(clock).isBefore(earliest)) {
                Duration wait = Duration.between(ZonedDateTime.now(clock), earliest);
                Thread.sleep(Math.max(1, Math.min(wait.toMillis(), TICK.toMillis())));
                continue;
            }
            for (JobDefinition d : definitions) {
                ZonedDateTime due = next.get(d);
                if (due == null || due.isAfter(ZonedDateTime.now(clock)) || GracefulStop.requested() != null) {
                    continue;
                }
                last = fire(d, due);
                schedule(next, d, ZonedDateTime.now(clock));
                if (once) {
                    return last;
                }
            }
        }
        LOG.info("schedule: {} received; ending", GracefulStop.requested());
        return last;
    }

    private int fire(JobDefinition d, ZonedDateTime due) {
        int year = d.yearAt(due);
        LOG.info("schedule: firing {} (job {}, year {}, due {})", d.name(), String.join(", ", d.jobs()), year, due);
        long started = System.nanoTime();
        int status;
        try {
            status = firing.fire(d, year);
        } catch (RuntimeException e) {
            LOG.error("schedule: {} failed: {}", d.name(), e.getMessage());
            status = 1;
        }
        LOG.info("schedule: {} ended with exit status {} after {} s", d.name(), status,
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
        return status;
    }

    private static void schedule(Map<JobDefinition, ZonedDateTime> next, JobDefinition d, ZonedDateTime after) {
        ZonedDateTime at = d.nextAfter(after);
        next.put(d, at);
        if (at != null) {
            LOG.info("schedule: {} fires next at {}", d.name(), at);
        }
    }
}
