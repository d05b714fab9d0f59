package se.hrvstat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.hrvstat.HrvstatApplication;

/** Starts the Spring context (store, migrations, jobs) for the commands that need it. */
final class SpringContexts {
    private static List<String> extraArguments = List.of();

    private SpringContexts() {
    }

    static void setExtraArguments(List<String> arguments) {
        extraArguments = new ArrayList<>(arguments);
    }

    /**
     * A property as the context will see it before the context exists: a {@code --name=value}
     * argument, else a system property (the launcher sets {@code hrvstat.jobs-dir} so), else the fallback.
     */
    static String property(String name, String fallback) {
        String value = null;
        for (String a : extraArguments) {
            if (a.startsWith("--" + name + "=")) {
                value = a.substring(name.length() + 3);
            }
        }
        return value != null ? value : System.getProperty(name, fallback);
    }

    /** For the commands that only read the store: the log goes to {@link LogFile} only with --debug. */
    static ConfigurableApplicationContext start(DatabaseOptions db) {
        if (!DebugLog.on()) {
            return start(db, List.of());
        }
        Path file = LogFile.of(db);
        LogFile.use(file);
        return start(db, List.of("--logging.file.name=" + file));
    }

    /**
     * For the commands that run jobs: the same, with the log written to {@link LogFile} and the
     * console keeping warnings and errors only (unless the logs are JSON).
     */
    static ConfigurableApplicationContext startLogged(DatabaseOptions db) {
        Path file = LogFile.of(db);
        LogFile.use(file);
        List<String> logging = new ArrayList<>(List.of("--logging.file.name=" + file));
        if (!"json".equals(property("hrvstat.log-format", "text"))) {
            logging.add("--logging.threshold.console=WARN");
        }
        return start(db, logging);
    }

    private static ConfigurableApplicationContext start(DatabaseOptions db, List<String> logging) {
        // as command-line properties, which take precedence over application.properties
        List<String> arguments = new ArrayList<>(logging);
        for (Map.Entry<String, Object> p : db.springProperties().entrySet()) {
            arguments.add("--" + p.getKey() + "=" + p.getValue());
        }
        arguments.addAll(extraArguments);
        return new SpringApplicationBuilder(HrvstatApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(arguments.toArray(String[]::new));
    }
}
