package se.hrvstat.result;

import java.time.LocalDateTime;

/**
 * One job execution as the history shows it ({@code hrvstat jobs}, {@code jobs show}).
 *
 * @param parameters the job parameters as {@code name=value} separated by spaces, by name
 * @param end        null while it runs
 * @param failure    the first line of its exit message, or empty
 */
public record ExecutionRecord(long id, String job, String status, LocalDateTime start, LocalDateTime end,
        String parameters, String failure) {
}
