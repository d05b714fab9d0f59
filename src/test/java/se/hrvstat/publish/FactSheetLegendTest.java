package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The fact sheet explains every table symbol exactly once (seen twice on 1280-malmo.pdf before). */
class FactSheetLegendTest {
    private static final FactSheetWriter WRITER = new FactSheetWriter(Path.of("report-templates"));
    private static final String SUPPRESSED = BundledTexts.TEXTS.get("legend.suppressed");
    private static final String MISSING = BundledTexts.TEXTS.get("legend.missing");
    private static final String UNCERTAIN = BundledTexts.TEXTS.get("legend.uncertain");

    @Test
    void symbols_that_the_tables_notes_explain_are_not_explained_again() {
        List<String> tableNotes = List.of(
                "\"..\" = uppgiften redovisas inte av röjandeskäl: färre än 5 personer.",
                "\"–\" = kommunen har inte lämnat uppgifter.",
                "Källa: kommunernas kartläggning 2024.");

        List<String> notes = WRITER.notesWithLegend(tableNotes);

        assertThat(notes).startsWith(tableNotes.toArray(String[]::new))
                .doesNotContain(SUPPRESSED, MISSING)
                .endsWith(UNCERTAIN);
    }

    @Test
    void without_table_notes_the_whole_legend_is_given() {
        assertThat(WRITER.notesWithLegend(List.of("Källa: x.")))
                .containsExactly("Källa: x.", SUPPRESSED, MISSING,
                        UNCERTAIN);
    }
}
