package se.hrvstat.cli;

import java.nio.file.Path;

/**
 * Where a command that runs jobs writes its log ({@code hrvstat.log}, INFO and above: every
 * file read, the validation counts, the weighting diagnostics, the console's lines): the folder
 * {@code --hrvstat.log-dir=DIR} or {@code HRVSTAT_LOG_DIR} names, else {@code logs/} beside
 * the embedded H2 store ({@code ./hrvstat-data/logs/} by default), else
 * {@code ./hrvstat-logs/}. Spring Boot rolls it over at 10 MB and keeps 7 days
 * ({@code logging.logback.rollingpolicy.*}). The console shows warnings and errors only, unless
 * the logs are JSON for a log shipper ({@code --log-format json}). A command without a store
 * writes (only with {@code --debug}) to {@link #standalone()}. It is the one log file of a
 * command: {@link DebugLog} appends stack traces to it.
 */
final class LogFile {
    static final String NAME = "hrvstat.log";
    private static final String DEFAULT_STORE = "jdbc:h2:file:./hrvstat-data/hrvstat";
    private static volatile Path current;

    private LogFile() {
    }

    /** The log file of a command on this store. */
    static Path of(DatabaseOptions db) {
        Path named = inNamedFolder();
        if (named != null) {
            return named;
        }
        String url = String.valueOf(db.springProperties().getOrDefault("spring.datasource.url", DEFAULT_STORE));
        if (url.startsWith("jdbc:h2:file:")) {
            String file = url.substring("jdbc:h2:file:".length()).split(";", 2)[0];
            Path parent = Path.of(file).toAbsolutePath().normalize().getParent();
            if (parent != null) {
                return parent.resolve("logs").resolve(NAME);
            }
        }
        return Path.of("hrvstat-logs").resolve(NAME).toAbsolutePath().normalize();
    }

    /** The log file of a command without a store: {@code hrvstat.log} in the named folder, else in the current one. */
    static Path standalone() {
        Path named = inNamedFolder();
        return named != null ? named : Path.of(NAME).toAbsolutePath().normalize();
    }

    private static Path inNamedFolder() {
        String dir = SpringContexts.property("hrvstat.log-dir", System.getenv("HRVSTAT_LOG_DIR"));
        return dir == null || dir.isBlank() ? null : Path.of(dir).resolve(NAME).toAbsolutePath().normalize();
    }

    /** The log file of the running command, or null when it writes none. */
    static Path current() {
        return current;
    }

    static void use(Path file) {
        current = file;
    }
}
