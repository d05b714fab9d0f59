package se.hrvstat.batch.ops;

import java.time.Duration;
import java.util.Locale;

/**
 * What a progress report says about a step: the work done (rows, waves, indicators, fact
 * sheets: the {@code unit}), the rate of rows and, when the total is known, the share done and
 * the time left at the current rate. A step that counts nothing ({@code unit} null) reports
 * only the time it has run. Pure arithmetic, so it is tested alone.
 */
public record Progress(String step, long rows, Long total, Duration elapsed, String unit) {
    /** Progress counted in rows. */
    public Progress(String step, long rows, Long total, Duration elapsed) {
        this(step, rows, total, elapsed, "rows");
    }

    /** Units per second so far (0 before any time has passed). */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : rows / seconds;
    }

    /** Time left at the mean rate so far: (total - rows) / rate; null when unknown. */
    public Duration left() {
        if (total == null || rows == 0 || rate() <= 0) {
            return null;
        }
        long remaining = Math.max(0, total - rows);
        return Duration.ofMillis(Math.round(remaining / rate() * 1000));
    }

    /** Share done in [0, 1], or null without a total. */
    public Double share() {
        return total == null || total <= 0 ? null : Math.min(1.0, (double) rows / total);
    }

    /**
     * A line: {@code validate: 45200 of 87000 rows (52 %), 12300 rows/s, about 0:04 left},
     * {@code estimate: 7 of 23 indicators (30 %), about 0:20 left}, or for a step that counts
     * nothing {@code publish: 0:12 so far}.
     */
    public String line() {
        StringBuilder s = new StringBuilder(step).append(": ");
        if (unit == null) {
            return s.append(clock(elapsed)).append(" so far").toString();
        }
        s.append(rows);
        if (total != null) {
            s.append(" of ").append(total);
        }
        s.append(' ').append(unit);
        if (share() != null) {
            s.append(String.format(Locale.ROOT, " (%d %%)", Math.round(share() * 100)));
        }
        if (unit.equals("rows")) {
            s.append(String.format(Locale.ROOT, ", %.0f rows/s", rate()));
        }
        if (left() != null) {
            s.append(", about ").append(clock(left())).append(" left");
        }
        return s.toString();
    }

    /** A bar for a terminal, {@code width} characters between the brackets. */
    public String bar(int width) {
        Double share = share();
        int filled = share == null ? 0 : (int) Math.round(share * width);
        String bar = share == null ? "" : "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] ";
        return String.format(Locale.ROOT, "%-10s %s%s", step, bar, line().substring(step.length() + 2));
    }

    /** Minutes and seconds ({@code 4:05}), hours when needed ({@code 1:02:03}). */
    static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
