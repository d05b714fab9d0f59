package se.hrvstat.municipal;

import java.nio.file.Path;

import se.hrvstat.publish.Texts;

/** The words the annual run gives the tables: the bundle of {@code report-templates/}. */
final class TestWords {
    static final Words BUNDLE = Texts.load(Path.of("report-templates"))::get;

    private TestWords() {
    }
}
