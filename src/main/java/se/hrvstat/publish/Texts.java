package se.hrvstat.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The words of the publications: a bundle of Swedish texts in {@code report-templates/} that
 * statisticians edit ({@value #FILE}, UTF-8). A text may hold {@link java.util.Formatter}
 * placeholders ({@code %d}, {@code %s}, {@code %.1f}), filled with Swedish number forms. Read
 * from the templates folder, else from the copy inside the jar. Immutable. Every word that
 * {@code publish} prints outside the JRXML templates is one of these texts; the municipal tables
 * get theirs ({@code municipal.*}) through {@code se.hrvstat.municipal.Words}.
 */
public final class Texts {
    /** The bundle's file name. */
    public static final String FILE = "texts.properties";
    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private final Properties texts;
    private final String fileName;

    private Texts(Properties texts, String fileName) {
        this.texts = texts;
        this.fileName = fileName;
    }

    /** The bundle of {@code templatesDir}, or the one inside the jar when the folder has none. */
    public static Texts load(Path templatesDir) {
        return load(templatesDir, FILE);
    }

    /**
     * The bundle {@code fileName} (e.g. {@code web.properties}) of {@code templatesDir}, or the one
     * inside the jar when the folder has none.
     */
    public static Texts load(Path templatesDir, String fileName) {
        Properties p = new Properties();
        Path file = templatesDir.resolve(fileName);
        try {
            if (Files.isRegularFile(file)) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            } else {
                try (InputStream in = Texts.class.getResourceAsStream("/report-templates/" + fileName)) {
                    if (in == null) {
                        throw new IllegalStateException("no " + fileName + " in " + templatesDir + " nor inside the jar");
                    }
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Texts(p, fileName);
    }

    /** The text of {@code key} as written (placeholders unfilled), if the bundle has one. */
    public Optional<String> find(String key) {
        return Optional.ofNullable(texts.getProperty(key));
    }

    /** The text of {@code key} with its placeholders filled (Swedish number forms). */
    public String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("report-templates/" + fileName + " has no text '" + key + "'");
        }
        return args.length == 0 ? text : String.format(SWEDISH, text, args);
    }
}
