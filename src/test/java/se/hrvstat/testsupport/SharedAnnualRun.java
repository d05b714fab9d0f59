package se.hrvstat.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

import se.hrvstat.batch.PipelineRunner;
import se.hrvstat.batch.RunParameters;
import se.hrvstat.result.EstimateRow;
import se.hrvstat.store.EstimateStore;

/**
 * One annual run of the small (0.1) generated sample on a fresh database, shared by the tests
 * that check what a first annual run leaves (issue 16, suite speed: an annual run is the suite's
 * most expensive step).
 *
 * <p>On H2 it is made once per {@code mvn} run, for every test JVM of it, by the command line
 * ({@code hrvstat run annual --year 2024 --data D --out O --db URL --hrvstat.jobs-dir=jobs
 * --hrvstat.templates-dir=report-templates}, run in the test JVM by {@link CliRun}, as RunConsoleTest ran
 * it) into
 * {@code target/shared-annual-run/<mvn run>/H2/}: the data, the publications, the database, the
 * log file beside it and what the command printed ({@link #console()}). The first test JVM to
 * need it makes it under a file lock; another waits and reads it. That folder is not changed
 * afterwards: each test JVM works on its own copy of the closed database file and of the
 * publications ({@link #db()}, {@link #out()}, made on first use), so that a test that runs the
 * annual job again there (AnnualJobTest's rerun, which must add nothing) changes nobody else's;
 * {@link #databaseCopy} gives a test a copy of its own. The data is read by everybody and must
 * not be changed.
 *
 * <p>On PostgreSQL (whose server is per test JVM) it is made once per test JVM with the pipeline
 * runner, into {@code target/shared-annual-run/<pid>/POSTGRESQL/}.
 */
public final class SharedAnnualRun {
    /** The year the run publishes. */
    public static final int YEAR = 2024;
    private static final Map<Store, SharedAnnualRun> RUNS = new EnumMap<>(Store.class);

    private final Store store;
    /** The folder of the run: data/, out/, the database files and (H2) logs/hrvstat.log. */
    private final Path dir;
    private final Path data;
    private final Path out;
    private final Store.Database db;
    /** H2: the database file's name (without .mv.db) in {@link #dir}; null on PostgreSQL. */
    private final String h2Name;
    /** H2: what the command printed and its exit status; null on PostgreSQL. */
    private final CliRun.Outcome console;
    /** The first execution, as the runner returned it (PostgreSQL) or read from this JVM's copy (H2). */
    private JobExecution first;
    /** H2: this JVM's copy of the database and the publications. */
    private Path copiedOut;
    private Store.Database copiedDb;
    /** H2: the estimates of the run, read from this JVM's copy as the run left it. */
    private List<EstimateRow> estimates;

    private SharedAnnualRun(Store store, Path dir, Path data, Path out, Store.Database db, String h2Name,
                            CliRun.Outcome console, JobExecution first) {
        this.store = store;
        this.dir = dir;
        this.data = data;
        this.out = out;
        this.db = db;
        this.h2Name = h2Name;
        this.console = console;
        this.first = first;
    }

    /**
     * The command line of the H2 run (after {@code --data}, {@code --out} and {@code --db}): the
     * statisticians' jobs/ and the report templates of the repository.
     */
    private static List<String> command(Path data, Path out, Store.Database db) {
        return List.of("run", "annual", "--year", Integer.toString(YEAR), "--data", data.toString(), "--out",
                out.toString(), "--db", db.url(), "--hrvstat.jobs-dir=jobs", "--hrvstat.templates-dir=report-templates");
    }

    /** The run on this store, made on the first call in this mvn run (H2) or JVM (PostgreSQL). */
    public static synchronized SharedAnnualRun of(Store store) {
        SharedAnnualRun run = RUNS.get(store);
        if (run == null) {
            run = store == Store.H2 ? sharedH2() : ownPostgres();
            RUNS.put(store, run);
        }
        return run;
    }

    private static SharedAnnualRun ownPostgres() {
        Path dir = createDirectories(Path.of("target", "shared-annual-run", Long.toString(ProcessHandle.current().pid()),
                Store.POSTGRESQL.name()).toAbsolutePath());
        Path data = Pipeline.sampleData(dir.resolve("data"), 0.1);
        Path out = dir.resolve("out");
        Store.Database db = Store.POSTGRESQL.freshDatabase(dir);
        try (ConfigurableApplicationContext app = Pipeline.start(db)) {
            JobExecution first = app.getBean(PipelineRunner.class).run("annual", new RunParameters(YEAR, data, out, 0));
            return new SharedAnnualRun(Store.POSTGRESQL, dir, data, out, db, null, null, first);
        } catch (Exception e) {
            throw new IllegalStateException("the shared annual run on PostgreSQL could not be made", e);
        }
    }

    /**
     * The H2 run of this mvn run: made by the first test JVM that asks (under a file lock, which a
     * second JVM waits for), then read from {@code done.properties} by every JVM.
     */
    private static SharedAnnualRun sharedH2() {
        Path dir = createDirectories(Path.of("target", "shared-annual-run", mvnRun(), Store.H2.name()).toAbsolutePath());
        Path done = dir.resolve("done.properties");
        try (FileChannel channel = FileChannel.open(dir.resolveSibling("H2.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            if (!Files.exists(done)) {
                makeH2(dir, done);
            }
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(done, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            String name = p.getProperty("database");
            CliRun.Outcome console = new CliRun.Outcome(Integer.parseInt(p.getProperty("status")),
                    Files.readString(dir.resolve("console-out.txt")), Files.readString(dir.resolve("console-err.txt")));
            return new SharedAnnualRun(Store.H2, dir, dir.resolve("data"), dir.resolve("out"), h2(dir, name), name,
                    console, null);
        } catch (IOException e) {
            throw new UncheckedIOException("the shared annual run on H2 could not be made", e);
        }
    }

    private static void makeH2(Path dir, Path done) throws IOException {
        // what an earlier JVM left half made (it died during the run) is made again
        try (Stream<Path> old = Files.list(dir)) {
            for (Path f : old.toList()) {
                deleteTree(f);
            }
        }
        Path data = Pipeline.sampleData(dir.resolve("data"), 0.1);
        Path out = dir.resolve("out");
        Store.Database db = Store.H2.freshDatabase(dir);
        String name = db.url().substring(db.url().lastIndexOf('/') + 1, db.url().indexOf(';'));
        CliRun.Outcome run = CliRun.execute(command(data, out, db).toArray(String[]::new));
        Files.writeString(dir.resolve("console-out.txt"), run.out());
        Files.writeString(dir.resolve("console-err.txt"), run.err());
        requireClosed(dir, name);
        Properties p = new Properties();
        p.setProperty("database", name);
        p.setProperty("status", Integer.toString(run.status()));
        Path partial = dir.resolve("done.partial");
        try (var w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            p.store(w, String.join(" ", command(data, out, db)));
        }
        Files.move(partial, done);
    }

    /** The H2 database is closed once the command's context is (no lock file of the engine is left). */
    private static void requireClosed(Path dir, String name) {
        Path lock = dir.resolve(name + ".lock.db");
        for (int i = 0; i < 100 && Files.exists(lock); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (Files.exists(lock)) {
            throw new IllegalStateException("the shared run's H2 database is still open: " + lock);
        }
    }

    /**
     * This mvn run: the first JVM among this process's ancestors (surefire's forks are children of
     * Maven's JVM, under a shell), by its pid and start, when surefire says that the test JVMs
     * are its forks ({@code hrvstat.test.forks-of-maven}, pom.xml); this JVM alone otherwise (e.g.
     * a test run from an IDE, whose JVM lives on between runs).
     */
    private static String mvnRun() {
        if (Boolean.getBoolean("hrvstat.test.forks-of-maven")) {
            java.util.Optional<ProcessHandle> parent = ProcessHandle.current().parent();
            while (parent.isPresent()) {
                ProcessHandle p = parent.get();
                if (p.info().command().map(c -> Path.of(c).getFileName().toString().equals("java")).orElse(false)) {
                    removeFinishedMvnRuns();
                    return mvnRun(p);
                }
                parent = p.parent();
            }
        }
        return Long.toString(ProcessHandle.current().pid());
    }

    private static String mvnRun(ProcessHandle maven) {
        return "mvn-" + maven.pid() + "-" + maven.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
    }

    /** The folders of mvn runs whose Maven JVM has ended (they are about 150 MB each). */
    private static void removeFinishedMvnRuns() {
        Path root = Path.of("target", "shared-annual-run");
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> runs = Files.list(root)) {
            for (Path run : runs.toList()) {
                String name = run.getFileName().toString();
                if (!name.startsWith("mvn-")) {
                    continue;
                }
                long pid = Long.parseLong(name.split("-")[1]);
                boolean running = ProcessHandle.of(pid).map(p -> mvnRun(p).equals(name)).orElse(false);
                if (!running) {
                    deleteTree(run);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an old folder left is only disk space
        }
    }

    private static Store.Database h2(Path dir, String name) {
        return new Store.Database("jdbc:h2:file:" + dir.resolve(name) + ";AUTO_SERVER=TRUE;WRITE_DELAY=0", "sa", "");
    }

    /**
     * H2 only: a copy of the run's database as the run left it (closed), in {@code into}, for a
     * test to change (e.g. to run another job on it).
     */
    public Store.Database databaseCopy(Path into) {
        if (store != Store.H2) {
            throw new UnsupportedOperationException("a copy of the shared run's database is made on H2 only");
        }
        createDirectories(into);
        try {
            Files.copy(dir.resolve(h2Name + ".mv.db"), into.resolve(h2Name + ".mv.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return h2(into.toAbsolutePath(), h2Name);
    }

    /**
     * H2: this JVM's copy of the database and the publications, and the first execution and the
     * estimates read from it; made on first use.
     */
    private synchronized void copyForThisJvm() {
        if (copiedDb != null) {
            return;
        }
        Path own = dir.resolveSibling("H2-" + ProcessHandle.current().pid());
        deleteTree(own);
        Store.Database copy = databaseCopy(own);
        copiedOut = Pipeline.copyTree(out, own.resolve("out"));
        try (ConfigurableApplicationContext app = Pipeline.start(copy)) {
            first = firstExecution(app);
            estimates = List.copyOf(app.getBean(EstimateStore.class).load(YEAR));
        }
        copiedDb = copy; // last: the copy counts as made once all of it is read
    }

    /** The generated input folder the run read (shared: not to be changed). */
    public Path data() {
        return data;
    }

    /** The folder the run published into ({@code out/2024/...}); on H2 this JVM's copy of it. */
    public Path out() {
        if (store == Store.H2) {
            copyForThisJvm();
            return copiedOut;
        }
        return out;
    }

    /** The database the run stored into; on H2 this JVM's copy of it. */
    public Store.Database db() {
        if (store == Store.H2) {
            copyForThisJvm();
            return copiedDb;
        }
        return db;
    }

    /**
     * The first annual execution on the fresh database: as the runner returned it (PostgreSQL),
     * or read from the job repository of this JVM's copy (H2, where the command line ran it).
     */
    public JobExecution first() {
        if (store == Store.H2) {
            copyForThisJvm();
        }
        return first;
    }

    /** The store's first annual execution (of its first job instance: a rerun adds others). */
    private static JobExecution firstExecution(ConfigurableApplicationContext app) {
        JobRepository repository = app.getBean(JobRepository.class);
        JobInstance instance = repository.findJobInstances("annual").stream()
                .min(Comparator.comparingLong(JobInstance::getInstanceId))
                .orElseThrow(() -> new IllegalStateException("the shared run's store holds no annual execution"));
        return repository.getJobExecutions(instance).stream()
                .min(Comparator.comparingLong(JobExecution::getId)).orElseThrow();
    }

    /**
     * H2: the run's estimates as the store holds them ({@code EstimateStore.load(YEAR)}), read with
     * the first execution when this JVM copies the store, before any test runs a job on the copy:
     * what a run never stopped, killed or restarted gives, for the tests that stop or kill one.
     */
    public List<EstimateRow> estimates() {
        requireH2();
        copyForThisJvm();
        return estimates;
    }

    /** H2: what the command line printed (standard output and error) and its exit status. */
    public CliRun.Outcome console() {
        requireH2();
        return console;
    }

    /** H2: the folder the command published into, as its console names it ({@code out/2024/...}). */
    public Path commandOut() {
        requireH2();
        return out;
    }

    /** H2: the folder of the command's database, beside which it wrote {@code logs/hrvstat.log}. */
    public Path commandDatabaseFolder() {
        requireH2();
        return dir;
    }

    private void requireH2() {
        if (store != Store.H2) {
            throw new UnsupportedOperationException("the shared run is made by the command line on H2 only");
        }
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
