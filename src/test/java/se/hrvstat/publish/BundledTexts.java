package se.hrvstat.publish;

import java.nio.file.Path;

/** The words the annual run publishes: the bundle of {@code report-templates/}. */
final class BundledTexts {
    static final Texts TEXTS = Texts.load(Path.of("report-templates"));

    private BundledTexts() {
    }
}
