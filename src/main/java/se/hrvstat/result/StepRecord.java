package se.hrvstat.result;

import java.time.LocalDateTime;

/** One step of a job execution as {@code hrvstat jobs show} lists it; {@code end} is null while it runs. */
public record StepRecord(String step, String status, long read, long written, long skipped, LocalDateTime start,
        LocalDateTime end) {
}
