package se.hrvstat.publish.web;

import java.nio.file.Path;

import se.hrvstat.publish.Texts;

/**
 * The words of the web edition that the other publications do not have: {@value #FILE} in
 * {@code report-templates/} (UTF-8), else the copy inside the jar, read as every bundle is
 * ({@link Texts#load(Path, String)}). Shared words (labels of groups, the legend of the symbols,
 * the key figures) come from {@code texts.properties}.
 */
final class WebTexts {
    static final String FILE = "web.properties";
    private final Texts texts;

    private WebTexts(Texts texts) {
        this.texts = texts;
    }

    static WebTexts load(Path templatesDir) {
        return new WebTexts(Texts.load(templatesDir, FILE));
    }

    /** The text of {@code key} with its placeholders filled, HTML-escaped. */
    String get(String key, Object... args) {
        return Html.esc(raw(key, args));
    }

    /** The text of {@code key} with its placeholders filled, not escaped. */
    String raw(String key, Object... args) {
        return texts.get(key, args);
    }
}
