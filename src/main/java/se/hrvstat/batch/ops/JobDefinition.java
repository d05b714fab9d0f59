package se.hrvstat.batch.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.scheduling.support.CronExpression;

/**
 * One scheduled job, read from a {@code jobs/schedule/NAME.job} file of {@code key = value}
 * lines ({@code #} starts a comment line):
 * <ul>
 * <li>{@code job}: the pipeline job, or several separated by commas, run in order while each
 * completes (e.g. {@code ingest, validate});</li>
 * <li>{@code cron}: when, in Spring's {@link CronExpression} syntax, six fields
 * {@code second minute hour day-of-month month day-of-week} (e.g. {@code 0 30 2 * * MON-FRI}),
 * or a macro ({@code @yearly}, {@code @monthly}, {@code @weekly}, {@code @daily}, {@code @hourly});</li>
 * <li>{@code zone}: the time zone of {@code cron} (default: the system's);</li>
 * <li>{@code year}: the reference year, a number or {@code current} / {@code previous} (the
 * calendar year of the firing, or the one before);</li>
 * <li>{@code data}, {@code out}: the folders of {@code hrvstat run} (relative to the working folder);</li>
 * <li>{@code when}: {@code always} (default) or {@code new-input}: fire only when an input
 * file of {@code area} ({@code survey}, {@code municipal} or {@code all}, the default) is not
 * yet in the store - how "ingest when a wave arrives" is said.</li>
 * </ul>
 */
public record JobDefinition(String name, Path file, List<String> jobs, CronExpression cron, ZoneId zone,
                            String year, Path data, Path out, boolean onlyNewInput, String area) {
    private static final Set<String> KEYS = Set.of("job", "cron", "zone", "year", "data", "out", "when", "area");

    /** The reference year for a firing at {@code time}. */
    public int yearAt(ZonedDateTime time) {
        return switch (year) {
            case "current" -> time.getYear();
            case "previous" -> time.getYear() - 1;
            default -> Integer.parseInt(year);
        };
    }

    /** The first firing strictly after {@code time}, or null if the expression never fires again. */
    public ZonedDateTime nextAfter(ZonedDateTime time) {
        return cron.next(time.withZoneSameInstant(zone));
    }

    /** Reads a definition; an error names the file and line. */
    public static JobDefinition read(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw error(file, i + 1, "expected key = value, found: " + line);
            }
            String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (!KEYS.contains(key)) {
                throw error(file, i + 1, "unknown key '" + key + "' (keys: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
            if (values.put(key, line.substring(eq + 1).strip()) != null) {
                throw error(file, i + 1, "'" + key + "' is given twice");
            }
            lineOf.put(key, i + 1);
        }
        for (String required : List.of("job", "cron", "year", "data", "out")) {
            if (!values.containsKey(required) || values.get(required).isEmpty()) {
                throw error(file, 0, "'" + required + " = ...' is missing");
            }
        }
        CronExpression cron;
        try {
            cron = CronExpression.parse(values.get("cron"));
        } catch (IllegalArgumentException e) {
            throw error(file, lineOf.get("cron"), "cron '" + values.get("cron") + "': " + e.getMessage()
                    + " (six fields: second minute hour day-of-month month day-of-week)");
        }
        ZoneId zone;
        try {
            zone = values.containsKey("zone") ? ZoneId.of(values.get("zone")) : ZoneId.systemDefault();
        } catch (DateTimeException e) {
            throw error(file, lineOf.get("zone"), "unknown time zone '" + values.get("zone") + "'");
        }
        String year = values.get("year").toLowerCase(Locale.ROOT);
        if (!year.equals("current") && !year.equals("previous") && !year.matches("\\d{4}")) {
            throw error(file, lineOf.get("year"), "year must be a year such as 2024, 'current' or 'previous'");
        }
        String when = values.getOrDefault("when", "always");
        if (!when.equals("always") && !when.equals("new-input")) {
            throw error(file, lineOf.get("when"), "when must be 'always' or 'new-input'");
        }
        String area = values.getOrDefault("area", "all");
        if (!Set.of("survey", "municipal", "all").contains(area)) {
            throw error(file, lineOf.get("area"), "area must be 'survey', 'municipal' or 'all'");
        }
        List<String> jobs = Arrays.stream(values.get("job").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        String name = file.getFileName().toString().replaceFirst("\\.job$", "");
        return new JobDefinition(name, file, jobs, cron, zone, year, Path.of(values.get("data")),
                Path.of(values.get("out")), when.equals("new-input"), area);
    }

    /** Every {@code *.job} file of a folder, by name. */
    public static List<JobDefinition> readAll(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no job definitions: " + folder.toAbsolutePath() + " is not a folder");
        }
        try (var files = Files.list(folder)) {
            List<JobDefinition> all = files.filter(p -> p.getFileName().toString().endsWith(".job")).sorted()
                    .map(JobDefinition::read).toList();
            if (all.isEmpty()) {
                throw new IllegalArgumentException("no job definitions (*.job) in " + folder.toAbsolutePath());
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static IllegalArgumentException error(Path file, int line, String message) {
        return new IllegalArgumentException(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
