package se.hrvstat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every word the publications print comes from {@code report-templates/} (texts.properties or the
 * templates), so that the wording can change without touching Java: no string literal in the
 * code of {@code publish} and {@code municipal} holds a Swedish letter. Exceptions are left out:
 * their messages are for the operator, not the publications. (A check by letters: it catches
 * sentences and most words, not a word such as "Metadata".)
 */
class PublicationWordsTest {
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final Pattern SWEDISH = Pattern.compile("[åäöÅÄÖ]");

    @Test
    void noStringLiteralOfPublishOrMunicipalHoldsASwedishWord() throws IOException {
        List<String> found = new ArrayList<>();
        for (String room : List.of("publish", "municipal")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/se/hrvstat", room))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.toString().endsWith("Exception.java")).sorted().toList()) {
                    found.addAll(swedishLiterals(file));
                }
            }
        }
        assertThat(found).as("string literals with Swedish words (move them to report-templates/texts.properties)")
                .isEmpty();
    }

    /** "file:line: literal" for each string literal with a Swedish letter, comments left out. */
    private static List<String> swedishLiterals(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String code = lines.get(i).strip();
            if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                continue;
            }
            Matcher m = STRING_LITERAL.matcher(withoutLineComment(code));
            while (m.find()) {
                if (SWEDISH.matcher(m.group()).find()) {
                    out.add(file.getFileName() + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        return out;
    }

    /** The line up to a {@code //} that is not inside a string or character literal. */
    static String withoutLineComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
