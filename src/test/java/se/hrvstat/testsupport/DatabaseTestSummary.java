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
 * proof that the suite ran on both stores.
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

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (counts.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder("database tests:");
        counts.forEach((store, c) -> line.append(' ').append(store).append(' ').append(c[0]).append(" passed, ")
                .append(c[1]).append(" failed;"));
        try {
            Path file = Path.of("target", "database-tests.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            System.err.println(line);
        }
    }
}
