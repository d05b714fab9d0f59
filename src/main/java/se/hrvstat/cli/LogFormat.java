package se.hrvstat.cli;

import java.util.List;

/**
 * {@code --log-format text|json}: human-readable log lines (the default) or one JSON object per
 * line in the Elastic Common Schema, Spring Boot's structured logging
 * ({@code logging.structured.format.console=ecs}), for log shippers. With JSON the progress of
 * long steps is logged as lines, never drawn as a bar.
 */
final class LogFormat {
    private LogFormat() {
    }

    /** Adds the Spring properties of a format; false if the format is unknown. */
    static boolean apply(String format, List<String> springArgs) {
        switch (format) {
            case "text" -> springArgs.add("--hrvstat.log-format=text");
            case "json" -> {
                springArgs.add("--hrvstat.log-format=json");
                springArgs.add("--logging.structured.format.console=ecs");
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
