package se.hrvstat.publish.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The words of the web edition that the other publications do not have: {@value #FILE} in
 * {@code report-templates/} (UTF-8), else the copy inside the jar. Shared words (labels of
 * groups, the legend of the symbols, the key figures) come from {@code texts.properties}.
 */
final class WebTexts {
    static final String FILE = "web.properties";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private final Properties texts;

    private WebTexts(Properties texts) {
        this.texts = texts;
    }

    static WebTexts load(Path templatesDir) {
        Properties p = new Properties();
        Path file = templatesDir.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            } else {
                try (InputStream in = WebTexts.class.getResourceAsStream("/report-templates/" + FILE)) {
                    if (in == null) {
                        throw new IllegalStateException("no " + FILE + " in " + templatesDir + " nor inside the jar");
                    }
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new WebTexts(p);
    }

    /** The text of {@code key} with its placeholders filled, HTML-escaped. */
    String get(String key, Object... args) {
        return Html.esc(raw(key, args));
    }

    /** The text of {@code key} with its placeholders filled, not escaped. */
    String raw(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("report-templates/" + FILE + " has no text '" + key + "'");
        }
        return args.length == 0 ? text : String.format(SWEDISH, text, args);
    }
}
