package se.hrvstat.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the database tests by store (their display names say "on H2" / "on PostgreSQL") and
 * writes a summary line to {@code target/database-tests.txt}, which .ci/run prints:
 * proof that the suite ran on both stores. With the suite in several forks, the line is the sum
 * over the forks.
 */
public class DatabaseTestSummary implements TestExecutionListener {
    private final Map<String, int[]> counts = new TreeMap<>();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest()) {
            return;
        }
        String name = test.getDisplayName();
        for (String store : new String[] {"H2", "PostgreSQL"}) {
            if (name.startsWith("on " + store)) {
                int[] c = counts.computeIfAbsent(store, s -> new int[2]);
                c[result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? 0 : 1]++;
            }
        }
    }

    /**
     * Writes this JVM's counts to {@code target/database-tests.d/fork-PID.txt} (the suite may run
     * in several forks) and the sum over the forks of this run to {@code target/database-tests.txt},
     * under a file lock. A fork file belongs to this run when its JVM started within a minute of
     * this one (surefire starts the forks of a run together); those of earlier runs are deleted.
     */
    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (counts.isEmpty()) {
            return;
        }
        Path folder = Path.of("target", "database-tests.d");
        long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        try {
            Files.createDirectories(folder);
            try (java.nio.channels.FileChannel lock = java.nio.channels.FileChannel.open(folder.resolve("lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE); java.nio.channels.FileLock held = lock.lock()) {
                StringBuilder own = new StringBuilder().append(started);
                counts.forEach((store, c) -> own.append(' ').append(store).append(' ').append(c[0]).append(' ').append(c[1]));
                Files.writeString(folder.resolve("fork-" + ProcessHandle.current().pid() + ".txt"),
                        own + System.lineSeparator());
                Files.writeString(Path.of("target", "database-tests.txt"), line(sumOfThisRun(folder, started))
                        + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println(line(counts));
        }
    }

    private static Map<String, int[]> sumOfThisRun(Path folder, long started) throws IOException {
        Map<String, int[]> sum = new TreeMap<>();
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("fork-")).toList()) {
                String[] fields = Files.readString(f).trim().split(" ");
                if (Math.abs(Long.parseLong(fields[0]) - started) > 60_000) {
                    Files.delete(f);
                    continue;
                }
                for (int i = 1; i + 2 < fields.length; i += 3) {
                    int[] c = sum.computeIfAbsent(fields[i], s -> new int[2]);
                    c[0] += Integer.parseInt(fields[i + 1]);
                    c[1] += Integer.parseInt(fields[i + 2]);
                }
            }
        }
        return sum;
    }

    private static String line(Map<String, int[]> counts) {
        StringBuilder line = new StringBuilder("database tests:");
        counts.forEach((store, c) -> line.append(' ').append(store).append(' ').append(c[0]).append(" passed, ")
                .append(c[1]).append(" failed;"));
        return line.toString();
    }
}
