package se.hrvstat.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/** Where the store is: {@code --db} or HRVSTAT_DB_URL, else the embedded H2 in ./hrvstat-data/. */
public class DatabaseOptions {
    @Option(names = "--db", paramLabel = "URL",
            description = "JDBC URL of the store, e.g. jdbc:postgresql://localhost:5432/hrvstat "
                    + "(default: HRVSTAT_DB_URL, else embedded H2 in ./hrvstat-data/)")
    String url;

    @Option(names = "--db-user", paramLabel = "USER",
            description = "database user (default: HRVSTAT_DB_USER)")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD",
            description = "database password (default: HRVSTAT_DB_PASSWORD)")
    String password;

    /** Spring properties for the data source, or none for the default store. */
    Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        String chosenUrl = firstOf(url, System.getenv("HRVSTAT_DB_URL"));
        if (chosenUrl != null) {
            properties.put("spring.datasource.url", chosenUrl);
            String defaultUser = chosenUrl.startsWith("jdbc:h2:") ? "sa" : "";
            properties.put("spring.datasource.username", orElse(firstOf(user, System.getenv("HRVSTAT_DB_USER")), defaultUser));
            properties.put("spring.datasource.password", orElse(firstOf(password, System.getenv("HRVSTAT_DB_PASSWORD")), ""));
        }
        return properties;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
