package se.hrvstat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import se.hrvstat.batch.ops.JobHistory;

/**
 * Opens the job history of the store the command's options name ({@code --db}, else
 * {@code HRVSTAT_DB_URL}, else the embedded store of application.properties) without the Spring
 * context ({@link JobHistory}), and tells on standard error, in one line, where it looked when
 * there is no history or no such execution.
 */
final class History {
    private History() {
    }

    /** The history, or empty after saying on standard error that there is none and where it looked. */
    static Optional<JobHistory> open(DatabaseOptions db) {
        Map<String, Object> chosen = db.springProperties();
        Properties defaults = applicationProperties();
        String url = (String) chosen.getOrDefault("spring.datasource.url",
                SpringContexts.property("spring.datasource.url", defaults.getProperty("spring.datasource.url")));
        String user = (String) chosen.getOrDefault("spring.datasource.username", defaults.getProperty("spring.datasource.username", ""));
        String password = (String) chosen.getOrDefault("spring.datasource.password", defaults.getProperty("spring.datasource.password", ""));
        JobHistory.Opening opened = JobHistory.open(url, user, password);
        if (opened.history().isEmpty()) {
            System.err.println("hrvstat: " + opened.missing());
        }
        return opened.history();
    }

    /** Whether the execution exists; if not, says so with where it looked. */
    static boolean hasExecution(JobHistory history, long id) {
        boolean found = history.hasExecution(id);
        if (!found) {
            System.err.println("hrvstat: no job execution with id " + id + " in " + history.where() + " (see hrvstat jobs)");
        }
        return found;
    }

    private static Properties applicationProperties() {
        Properties p = new Properties();
        try (InputStream in = History.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
