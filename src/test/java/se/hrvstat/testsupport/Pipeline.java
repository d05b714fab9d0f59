package se.hrvstat.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.hrvstat.HrvstatApplication;
import se.hrvstat.sampledata.SampleDataGenerator;

/** Test helpers: sample data, the application on a store, the CLI as a separate process. */
public final class Pipeline {
    private Pipeline() {
    }

    /**
     * A small generated data set (the committed sample's model at a fraction of its size), copied
     * into {@code dir}: generated once per scale and test run into {@code target/sample-data-cache}.
     */
    public static Path sampleData(Path dir, double scale) {
        return copyTree(cachedSampleData(scale), dir);
    }

    /** A copy of the repository's {@code jobs/} (the statisticians' settings) in {@code dir/jobs}, for a test to change. */
    public static Path jobsCopy(Path dir) {
        return copyTree(Path.of("jobs"), dir.resolve("jobs"));
    }

    /** Copies the folder {@code from} with everything under it to {@code to}; returns {@code to}. */
    static Path copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    private static synchronized Path cachedSampleData(double scale) {
        Path cached = Path.of("target", "sample-data-cache", Long.toString(ProcessHandle.current().pid()),
                Double.toString(scale));
        if (!Files.isDirectory(cached)) {
            Path partial = cached.resolveSibling(cached.getFileName() + ".partial");
            SampleDataGenerator.generate(partial, SampleDataGenerator.DEFAULT_SEED, scale);
            try {
                Files.move(partial, cached);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cached;
    }

    public static ConfigurableApplicationContext start(Store.Database db, String... extraArguments) {
        return start(db, Path.of("jobs"), extraArguments);
    }

    /** The application with the statisticians' files of another jobs folder (e.g. a changed copy of jobs/). */
    public static ConfigurableApplicationContext start(Store.Database db, Path jobsDir, String... extraArguments) {
        List<String> args = new ArrayList<>(List.of(db.springArguments()));
        args.addAll(List.of(extraArguments));
        args.add("--hrvstat.jobs-dir=" + jobsDir);
        args.add("--hrvstat.templates-dir=report-templates");
        args.add("--logging.level.se.hrvstat=WARN");
        return new SpringApplicationBuilder(HrvstatApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(args.toArray(String[]::new));
    }

    /** Data lines (all lines but the header) of every CSV named {@code name} under {@code dir}. */
    public static long dataLines(Path dir, String name) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().equals(name)).mapToLong(Pipeline::linesBelowHeader).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long linesBelowHeader(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).count() - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JVM options of the {@code hrvstat} processes the tests start (issue 16, suite speed): the
     * client compiler only, the JDK's class-data archive and the serial collector, what the
     * README's launcher notes bring a command's start to. A test's process is short and starts
     * cold, so compiling less pays more than compiling well: {@code hrvstat run ingest} on the
     * 0.1 sample took 50 s instead of 87 s, the same rows loaded (docs/benchmarks.md).
     */
    static final List<String> CLI_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:+UseSerialGC");

    /** Starts {@code hrvstat ARGS} in a new JVM on the test class path, output to {@code log}. */
    public static Process startCli(Path log, Store.Database db, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(CLI_JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "se.hrvstat.cli.Main"));
        command.addAll(cliArguments(db, args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * Runs {@code hrvstat ARGS} in this JVM, with the same arguments {@link #startCli} gives a
     * new JVM, writes what it printed to {@code log} and returns its exit status. For the runs
     * that resume or restart what a killed, stopped or cut-off {@code hrvstat} process left (issue
     * 16, suite speed): the interrupted run stays a real process, its continuation runs in the
     * test JVM, whose classes are loaded and compiled already (a cold {@code hrvstat} process
     * spends most of an annual run's minute on that).
     */
    public static int runCli(Path log, Store.Database db, String... args) throws IOException {
        CliRun.Outcome run = CliRun.execute(cliArguments(db, args).toArray(String[]::new));
        Files.writeString(log, run.out() + run.err());
        return run.status();
    }

    private static List<String> cliArguments(Store.Database db, String... args) {
        List<String> command = new ArrayList<>(List.of(args));
        command.addAll(List.of("--db", db.url(), "--db-user", db.user(), "--db-password", db.password(),
                "--hrvstat.jobs-dir=jobs", "--hrvstat.templates-dir=report-templates"));
        return command;
    }
}
