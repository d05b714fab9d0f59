package se.hrvstat.cli;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.jdbc.core.JdbcTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hrvstat jobs}: the job history, newest first; {@code hrvstat jobs show ID}: one
 * execution. Both read the history over a plain connection ({@link History}): no Spring context,
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
        java.util.Optional<History> opened = History.open(db);
        if (opened.isEmpty()) {
            return ExitCodes.SUCCESS; // an empty history, and the message said where it looked
        }
        try (History history = opened.get()) {
            JdbcTemplate jdbc = history.jdbc();
            List<Object> args = new ArrayList<>();
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            if (job != null) {
                where.append(" AND i.JOB_NAME = ?");
                args.add(job);
            }
            if (status != null) {
                where.append(" AND e.STATUS = ?");
                args.add(status.toUpperCase(java.util.Locale.ROOT));
            }
            String sql = "SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.START_TIME, e.END_TIME FROM BATCH_JOB_EXECUTION e "
                    + "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID" + where
                    + " ORDER BY e.JOB_EXECUTION_ID DESC";
            System.out.printf("%-6s %-10s %-10s %-19s %10s  %s%n", "ID", "JOB", "STATUS", "START", "DURATION", "PARAMETERS");
            jdbc.query(con -> {
                var ps = con.prepareStatement(sql);
                ps.setMaxRows(limit);
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                return ps;
            }, rs -> {
                long id = rs.getLong(1);
                System.out.printf("%-6d %-10s %-10s %-19s %10s  %s%n", id, rs.getString(2), rs.getString(3),
                        time(rs.getTimestamp(4)), duration(rs.getTimestamp(4), rs.getTimestamp(5)), parameters(jdbc, id));
            });
            return ExitCodes.SUCCESS;
        }
    }

    static String parameters(JdbcTemplate jdbc, long executionId) {
        return String.join(" ", jdbc.queryForList("SELECT PARAMETER_NAME || '=' || PARAMETER_VALUE FROM "
                + "BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = ? ORDER BY PARAMETER_NAME", String.class, executionId));
    }

    /** Always with seconds ("2026-11-29 15:23:00"; LocalDateTime.toString drops zero seconds). */
    static String time(Timestamp t) {
        return t == null ? "-" : t.toLocalDateTime().format(SECONDS);
    }

    private static final java.time.format.DateTimeFormatter SECONDS =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static String duration(Timestamp start, Timestamp end) {
        if (start == null) {
            return "-";
        }
        Duration d = Duration.between(start.toInstant(), end == null ? java.time.Instant.now() : end.toInstant());
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
            java.util.Optional<History> opened = History.open(db);
            if (opened.isEmpty()) {
                return ExitCodes.USAGE; // no such execution, and the message said where it looked
            }
            try (History history = opened.get()) {
                JdbcTemplate jdbc = history.jdbc();
                if (!history.hasExecution(id)) {
                    return ExitCodes.USAGE;
                }
                jdbc.query("SELECT i.JOB_NAME, e.STATUS, e.START_TIME, e.END_TIME, e.EXIT_MESSAGE FROM BATCH_JOB_EXECUTION e "
                        + "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE e.JOB_EXECUTION_ID = ?", rs -> {
                            System.out.printf("execution %d: job %s, %s, started %s, took %s%n  parameters: %s%n", id,
                                    rs.getString(1), rs.getString(2), time(rs.getTimestamp(3)),
                                    duration(rs.getTimestamp(3), rs.getTimestamp(4)), parameters(jdbc, id));
                            String message = rs.getString(5);
                            if (message != null && !message.isBlank()) {
                                System.out.println("  failure: " + message.lines().findFirst().orElse(""));
                            }
                        }, id);
                System.out.printf("  %-15s %-10s %9s %9s %9s %10s%n", "STEP", "STATUS", "READ", "WRITTEN", "SKIPPED", "DURATION");
                jdbc.query("SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, READ_SKIP_COUNT + PROCESS_SKIP_COUNT + "
                        + "WRITE_SKIP_COUNT, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? "
                        + "ORDER BY STEP_EXECUTION_ID", rs -> {
                            System.out.printf("  %-15s %-10s %9d %9d %9d %10s%n", rs.getString(1), rs.getString(2),
                                    rs.getLong(3), rs.getLong(4), rs.getLong(5), duration(rs.getTimestamp(6), rs.getTimestamp(7)));
                        }, id);
                return ExitCodes.SUCCESS;
            }
        }
    }
}
