package se.hrvstat.cli;

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

    static ConfigurableApplicationContext start(DatabaseOptions db) {
        // as command-line properties, which take precedence over application.properties
        List<String> arguments = new ArrayList<>();
        for (Map.Entry<String, Object> p : db.springProperties().entrySet()) {
            arguments.add("--" + p.getKey() + "=" + p.getValue());
        }
        arguments.addAll(extraArguments);
        return new SpringApplicationBuilder(HrvstatApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(arguments.toArray(String[]::new));
    }
}
