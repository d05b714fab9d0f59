package se.hrvstat.cli;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.hrvstat.batch.ops.JobHistory;
import se.hrvstat.result.ExecutionRecord;
import se.hrvstat.result.StepRecord;

/**
 * {@code hrvstat jobs}: the job history, newest first; {@code hrvstat jobs show ID}: one
 * execution. Both read the history over a plain connection ({@link JobHistory}): no Spring context,
 * no migrations, and no store created where there is none.
 */
@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "List job executions, newest first: id, job, parameters, status, start, duration.",
        subcommands = JobsCommand.Show.class)
public class JobsCommand implements Callable<Integer> {
    @Option(names = "--job", description = "only this job (annual, ingest, ...)")
    String job;

    @Option(names = "--status", description = "only this status (COMPLETED, FAILED, STOPPED, STARTED, ABANDONED)")
    String status;

    @Option(names = "--limit", defaultValue = "50", description = "at most this many (default: ${DEFAULT-VALUE})")
    int limit;

    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() {
        Optional<JobHistory> opened = History.open(db);
        if (opened.isEmpty()) {
            return ExitCodes.SUCCESS; // an empty history, and the message said where it looked
        }
        try (JobHistory history = opened.get()) {
            System.out.printf("%-6s %-10s %-10s %-19s %10s  %s%n", "ID", "JOB", "STATUS", "START", "DURATION", "PARAMETERS");
            for (ExecutionRecord e : history.executions(job, status, limit)) {
                System.out.printf("%-6d %-10s %-10s %-19s %10s  %s%n", e.id(), e.job(), e.status(), time(e.start()),
                        duration(e.start(), e.end()), e.parameters());
            }
            return ExitCodes.SUCCESS;
        }
    }

    /** Always with seconds ("2026-11-29 15:23:00"; LocalDateTime.toString drops zero seconds). */
    static String time(LocalDateTime t) {
        return t == null ? "-" : t.format(SECONDS);
    }

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static String duration(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return "-";
        }
        Duration d = Duration.between(start, end == null ? LocalDateTime.now() : end);
        return String.format("%.1f s%s", d.toMillis() / 1000.0, end == null ? "+" : "");
    }

    /** {@code hrvstat jobs show ID}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one execution: parameters, steps with counts, duration and failure message.")
    static class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Mixin
        DatabaseOptions db;

        @Override
        public Integer call() {
            Optional<JobHistory> opened = History.open(db);
            if (opened.isEmpty()) {
                return ExitCodes.USAGE; // no such execution, and the message said where it looked
            }
            try (JobHistory history = opened.get()) {
                Optional<ExecutionRecord> found = history.execution(id);
                if (found.isEmpty()) {
                    History.hasExecution(history, id);
                    return ExitCodes.USAGE;
                }
                ExecutionRecord e = found.get();
                System.out.printf("execution %d: job %s, %s, started %s, took %s%n  parameters: %s%n", id, e.job(),
                        e.status(), time(e.start()), duration(e.start(), e.end()), e.parameters());
                if (!e.failure().isBlank()) {
                    System.out.println("  failure: " + e.failure());
                }
                System.out.printf("  %-15s %-10s %9s %9s %9s %10s%n", "STEP", "STATUS", "READ", "WRITTEN", "SKIPPED", "DURATION");
                for (StepRecord step : history.steps(id)) {
                    System.out.printf("  %-15s %-10s %9d %9d %9d %10s%n", step.step(), step.status(), step.read(),
                            step.written(), step.skipped(), duration(step.start(), step.end()));
                }
                return ExitCodes.SUCCESS;
            }
        }
    }
}
