package se.hrvstat.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import se.hrvstat.batch.PipelineRunner;
import se.hrvstat.batch.RunParameters;

/**
 * One annual run of the small (0.1) generated sample per store and test JVM, shared by the
 * tests that check what a first annual run on a fresh database leaves (issue 16, suite speed:
 * an annual run is the suite's most expensive step). Made on first use into
 * {@code target/shared-annual-run/<pid>/<store>/}: the data, the publications ({@link #out})
 * and the database. A test may run the annual job again on it (AnnualJobTest's rerun, which
 * must add nothing) but must not change its inputs or its settings.
 */
public final class SharedAnnualRun {
    /** The year the run publishes. */
    public static final int YEAR = 2024;
    private static final Map<Store, SharedAnnualRun> RUNS = new EnumMap<>(Store.class);

    private final Path data;
    private final Path out;
    private final Store.Database db;
    private final JobExecution first;

    private SharedAnnualRun(Path data, Path out, Store.Database db, JobExecution first) {
        this.data = data;
        this.out = out;
        this.db = db;
        this.first = first;
    }

    /** The run on this store, made on the first call in this JVM. */
    public static synchronized SharedAnnualRun of(Store store) {
        SharedAnnualRun run = RUNS.get(store);
        if (run == null) {
            run = make(store);
            RUNS.put(store, run);
        }
        return run;
    }

    private static SharedAnnualRun make(Store store) {
        Path dir = Path.of("target", "shared-annual-run", Long.toString(ProcessHandle.current().pid()), store.name())
                .toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path data = Pipeline.sampleData(dir.resolve("data"), 0.1);
        Path out = dir.resolve("out");
        Store.Database db = store.freshDatabase(dir);
        try (ConfigurableApplicationContext app = Pipeline.start(db)) {
            JobExecution first = app.getBean(PipelineRunner.class).run("annual", new RunParameters(YEAR, data, out, 0));
            return new SharedAnnualRun(data, out, db, first);
        } catch (Exception e) {
            throw new IllegalStateException("the shared annual run on " + store + " could not be made", e);
        }
    }

    /** The generated input folder the run read. */
    public Path data() {
        return data;
    }

    /** The folder the run published into ({@code out/2024/...}). */
    public Path out() {
        return out;
    }

    /** The database the run stored into. */
    public Store.Database db() {
        return db;
    }

    /** The first annual execution on the fresh database, as the runner returned it. */
    public JobExecution first() {
        return first;
    }
}
