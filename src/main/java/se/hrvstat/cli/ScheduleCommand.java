package se.hrvstat.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.hrvstat.batch.NewInput;
import se.hrvstat.batch.PipelineRunner;
import se.hrvstat.batch.RunParameters;
import se.hrvstat.batch.ops.JobDefinition;
import se.hrvstat.batch.ops.Scheduler;

/**
 * {@code hrvstat schedule}: runs the job definitions of {@code jobs/schedule/*.job} at their
 * cron times, in the foreground, for a service manager (systemd, a container); or, with
 * {@code --now NAME}, one definition at once, for a systemd timer or a crontab line.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Run the scheduled jobs of jobs/schedule/*.job at their times, in the foreground, logging each "
                + "firing and its exit status, until SIGTERM or Ctrl-C (a running job then stops gracefully).",
            "A definition file holds job, cron (Spring syntax: second minute hour day-of-month month day-of-week), "
                + "year (YYYY, current or previous), data, out and optionally zone and when = new-input."},
        footer = {"", "Examples:", "  hrvstat schedule --list            next firing times of every definition",
            "  hrvstat schedule                   run them at their times (systemd service, container)",
            "  hrvstat schedule --now annual      run jobs/schedule/annual.job once, now (systemd timer, cron)"})
public class ScheduleCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleCommand.class);

    @Parameters(paramLabel = "NAME", arity = "0..*",
            description = "only these definitions (file names without .job); default: all")
    List<String> names = new ArrayList<>();

    @Option(names = "--definitions", paramLabel = "DIR",
            description = "folder of the *.job files (default: the jobs folder's schedule/)")
    Path definitions;

    @Option(names = "--list", description = "print each definition and its next firing times, then exit")
    boolean list;

    @Option(names = "--once", description = "wait for the next firing, run it and exit with its status")
    boolean once;

    @Option(names = "--now", paramLabel = "NAME", description = "run this definition at once, ignoring its cron, and exit with its status")
    String now;

    @Option(names = "--count", paramLabel = "N", defaultValue = "3", description = "firing times shown by --list (default: 3)")
    int count;

    @Mixin
    DatabaseOptions db;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path folder = definitions != null ? definitions
                : Path.of(SpringContexts.property("hrvstat.jobs-dir", "jobs")).resolve("schedule");
        List<JobDefinition> all = JobDefinition.readAll(folder).stream()
                .filter(d -> names.isEmpty() || names.contains(d.name())).toList();
        if (now != null) {
            all = all.stream().filter(d -> d.name().equals(now)).toList();
        }
        if (all.isEmpty()) {
            String named = now != null ? now : String.join(", ", names);
            List<String> known = JobDefinition.readAll(folder).stream().map(JobDefinition::name).toList();
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no definition named " + named + " in "
                    + folder.toAbsolutePath() + Usage.closest(named, known).map(s -> "; did you mean '" + s + "'?").orElse("")
                    + " (definitions: " + String.join(", ", known) + ")");
        }
        if (now != null) { // the usage checks of run, before any execution is recorded
            for (String job : all.get(0).jobs()) {
                Usage.requireJob(spec, job);
                Usage.requireDataFolder(spec, all.get(0).data());
                Usage.requireOutFolder(spec, job, all.get(0).out());
            }
        }
        if (list) {
            print(all);
            return ExitCodes.SUCCESS;
        }
        Main.stopGracefullyOnSignals();
        try (ConfigurableApplicationContext context = SpringContexts.startLogged(db)) {
            Scheduler.Firing firing = (d, year) -> fire(context, d, year);
            if (now != null) {
                JobDefinition d = all.get(0);
                int year = d.yearAt(ZonedDateTime.now(clock().withZone(d.zone())));
                LOG.info("schedule: running {} now (job {}, year {})", d.name(), String.join(", ", d.jobs()), year);
                int status = firing.fire(d, year);
                LOG.info("schedule: {} ended with exit status {}", d.name(), status);
                return status;
            }
            return new Scheduler(all, firing, clock()).run(once);
        }
    }

    /**
     * The scheduler's clock: the system's, or one that starts at the instant of the property
     * {@code hrvstat.schedule.clock} (ISO-8601 with offset, e.g. {@code 2027-03-15T01:59:58+01:00})
     * and runs on at normal speed from there, to rehearse a firing now, and for the tests.
     */
    private static Clock clock() {
        String start = SpringContexts.property("hrvstat.schedule.clock", null);
        if (start == null || start.isBlank()) {
            return Clock.systemDefaultZone();
        }
        Instant at = OffsetDateTime.parse(start.trim()).toInstant();
        return Clock.offset(Clock.systemDefaultZone(), Duration.between(Instant.now(), at));
    }

    /** Runs a definition's jobs in order while each completes; returns the exit status. */
    private static int fire(ConfigurableApplicationContext context, JobDefinition d, int year) {
        try {
            if (d.onlyNewInput()) {
                List<Path> fresh = context.getBean(NewInput.class).notLoaded(d.data(), year, d.area());
                if (fresh.isEmpty()) {
                    LOG.info("schedule: {}: no new {} input under {}; nothing to run", d.name(),
                            d.area().equals("all") ? "" : d.area(), d.data().toAbsolutePath());
                    return ExitCodes.SUCCESS;
                }
                LOG.info("schedule: {}: {} new input file(s), e.g. {}", d.name(), fresh.size(), fresh.get(0));
            }
            PipelineRunner runner = context.getBean(PipelineRunner.class);
            int status = ExitCodes.SUCCESS;
            for (String job : d.jobs()) {
                JobExecution execution = runner.run(job, new RunParameters(year, d.data(), d.out(), 0));
                status = JobReport.print(execution, d.out().resolve(Integer.toString(year)), year);
                if (status != ExitCodes.SUCCESS) {
                    break;
                }
            }
            return status;
        } catch (Exception e) {
            int status = ExitCodes.of(e);
            System.err.println("hrvstat: " + d.name() + ": " + ExitCodes.describe(e) + DebugLog.note(e, status));
            return status;
        }
    }

    private void print(List<JobDefinition> all) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
        for (JobDefinition d : all) {
            System.out.printf("%s  (%s)%n  job %s, year %s, data %s, out %s%s%n  cron \"%s\" in %s%n", d.name(), d.file(),
                    String.join(", ", d.jobs()), d.year(), d.data(), d.out(),
                    d.onlyNewInput() ? ", only when new " + d.area() + " input has arrived" : "", d.cron(), d.zone());
            ZonedDateTime t = ZonedDateTime.now(clock().withZone(d.zone()));
            for (int i = 0; i < count; i++) {
                t = d.nextAfter(t);
                if (t == null) {
                    break;
                }
                System.out.println("  next: " + f.format(t) + "  (year " + d.yearAt(t) + ")");
            }
        }
    }
}
