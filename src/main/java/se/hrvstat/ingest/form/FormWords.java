package se.hrvstat.ingest.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The Swedish words of the form, from {@code report-templates/}{@value #FILE} as the build copies
 * it into the jar: the form is the application's own document, the same for every run. Only
 * codes are read back, so the words may change without breaking the reading of returned forms.
 */
final class FormWords {
    static final String FILE = "form.properties";
    private static final Properties WORDS = load();

    private FormWords() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = FormWords.class.getResourceAsStream("/report-templates/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("no report-templates/" + FILE + " inside the jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report-templates/" + FILE, e);
        }
        return p;
    }

    /** The text of {@code key}, its {@code %s} placeholders filled by {@code args}. */
    static String get(String key, Object... args) {
        String text = WORDS.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("report-templates/" + FILE + " has no text '" + key + "'");
        }
        return args.length == 0 ? text : String.format(Locale.ROOT, text, args);
    }

    /** The texts {@code prefix.1}, {@code prefix.2}, ... up to the first number without one. */
    static List<String> numbered(String prefix) {
        List<String> lines = new ArrayList<>();
        for (int n = 1; WORDS.getProperty(prefix + "." + n) != null; n++) {
            lines.add(WORDS.getProperty(prefix + "." + n));
        }
        return lines;
    }
}
