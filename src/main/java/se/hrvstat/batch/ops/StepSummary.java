package se.hrvstat.batch.ops;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The console line of a finished step: what it did, in English, with its counts, e.g.
 * {@code   weight       43,241 respondents of 3 waves weighted  (12.1 s)}. The counts are the
 * step's read and write counts and the facts its tasklet put into the step's execution context
 * under the keys below.
 */
public final class StepSummary {
    /** Ingest: files of the run read now, and files whose rows an earlier run already loaded. */
    public static final String FILES_READ = "summary.filesRead";
    public static final String FILES_KNOWN = "summary.filesKnown";
    /** Validate: accepted rows that the rules over whole files then rejected. */
    public static final String REJECTED_BY_FILE_RULES = "summary.rejectedByFileRules";
    /** Tolerance check: the run's files and their rows accepted and rejected. */
    public static final String FILES = "summary.files";
    public static final String ACCEPTED = "summary.accepted";
    public static final String REJECTED = "summary.rejected";
    /** Weight: waves weighted. */
    public static final String WAVES = "summary.waves";

    private StepSummary() {
    }

    /** The name a person reads for a step (the stored step names stay as they are). */
    public static String label(String stepName) {
        return switch (stepName) {
            case "checkTolerance" -> "tolerance";
            case "faktablad" -> "fact sheets";
            default -> stepName;
        };
    }

    /** The first line of a job: {@code annual 2024 (execution 3): data DIR, publications into DIR/2024}. */
    public static String header(JobExecution execution) {
        JobParameters p = execution.getJobParameters();
        Long year = p.getLong("year");
        StringBuilder s = new StringBuilder(execution.getJobInstance().getJobName()).append(year == null ? "" : " " + year)
                .append(" (execution ").append(execution.getId()).append(")");
        String data = p.getString("data");
        String out = p.getString("out");
        if (data != null) {
            s.append(": data ").append(Path.of(data).toAbsolutePath().normalize());
        }
        if (out != null && (execution.getJobInstance().getJobName().equals("annual")
                || execution.getJobInstance().getJobName().equals("publish"))) {
            s.append(", publications into ").append(Path.of(out).resolve(String.valueOf(year)).toAbsolutePath().normalize());
        }
        return s.toString();
    }

    /** The line of a finished step, with how long it took. */
    public static String line(StepExecution step, Duration took) {
        String what = step.getStatus() == BatchStatus.COMPLETED ? what(step)
                : step.getStatus().toString() + (step.getStatus() == BatchStatus.STOPPED ? " (it can be resumed)" : "");
        return String.format(Locale.ROOT, "  %-12s %s  (%.1f s)", label(step.getStepName()), what,
                took.toMillis() / 1000.0);
    }

    /** What a completed step did. */
    static String what(StepExecution step) {
        ExecutionContext c = step.getExecutionContext();
        long read = step.getReadCount();
        long written = step.getWriteCount();
        return switch (step.getStepName()) {
            case "ingest" -> ingest(read, c);
            case "validate" -> c.getLong(REJECTED_BY_FILE_RULES, 0) == 0
                    ? "rules over whole files: no further rows rejected"
                    : count(c.getLong(REJECTED_BY_FILE_RULES, 0), "more row") + " rejected by rules over whole files";
            case "checkTolerance" -> count(c.getLong(FILES, 0), "file") + ": " + count(c.getLong(ACCEPTED, 0), "row")
                    + " accepted, " + number(c.getLong(REJECTED, 0)) + " rejected, within the tolerance";
            case "weight" -> count(written, "respondent") + " of " + count(c.getLong(WAVES, 0), "wave") + " weighted";
            case "estimate" -> count(written, "estimate") + " of " + count(partitions(step, "estimateIndicator"), "indicator");
            case "publish" -> count(written, "estimate") + " published: report, workbook, CSV and PX files";
            case "faktablad" -> count(written, "fact sheet") + " written";
            default -> "read " + number(read) + ", written " + number(written);
        };
    }

    private static String ingest(long read, ExecutionContext c) {
        long known = c.getLong(FILES_KNOWN, 0);
        String earlier = known == 0 ? "" : "; " + count(known, "file") + " already loaded";
        if (read == 0) {
            return "no new rows" + earlier;
        }
        return count(read, "row") + " read from " + count(c.getLong(FILES_READ, 0), "file") + earlier;
    }

    /** Worker steps of a partitioned step in the same job execution ({@code worker:partition}). */
    private static long partitions(StepExecution manager, String worker) {
        return manager.getJobExecution().getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith(worker + ":")).count();
    }

    static String count(long n, String noun) {
        return number(n) + " " + (n == 1 ? noun : noun + "s");
    }

    static String number(long n) {
        return String.format(Locale.UK, "%,d", n);
    }
}
