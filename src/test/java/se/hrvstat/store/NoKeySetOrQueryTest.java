package se.hrvstat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The sweep of issue 15: H2 2.4 once returned some rows twice for a key-set condition of the form
 * {@code file_id > ? OR (file_id = ? AND line_no > ?)} beside an {@code IN} list (commit 5fce499,
 * the paging reader of the staging table, which has since gone). No query of the store selects
 * rows by an {@code OR} of keys any more: each reads whole files ({@code file_id IN (...)}, numbers
 * only) or one key at a time. This keeps it so: a new query that needs a key set should read per
 * file, or join a table of the keys, instead of an {@code OR} of key conditions.
 */
class NoKeySetOrQueryTest {
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern OR = Pattern.compile("(?i)(^|[^A-Za-z_])OR([^A-Za-z_]|$)");

    @Test
    void noSqlOfTheStoreSelectsRowsByAnOrOfKeyConditions() throws Exception {
        List<String> found = new ArrayList<>();
        int literals = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/se/hrvstat/store"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue; // comments
                    }
                    Matcher m = STRING.matcher(lines.get(i));
                    while (m.find()) {
                        literals++;
                        if (OR.matcher(m.group(1)).find()) {
                            found.add(source.getFileName() + ":" + (i + 1) + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(literals).as("string literals read from the store's sources").isGreaterThan(100);
        assertThat(found).as("SQL with OR in the store").isEmpty();
    }
}
