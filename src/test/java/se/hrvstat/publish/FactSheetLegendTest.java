package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The fact sheet explains every table symbol exactly once (seen twice on 1280-malmo.pdf before). */
class FactSheetLegendTest {

    @Test
    void symbols_that_the_tables_notes_explain_are_not_explained_again() {
        List<String> tableNotes = List.of(
                "\"..\" = uppgiften redovisas inte av röjandeskäl: färre än 5 personer.",
                "\"–\" = kommunen har inte lämnat uppgifter.",
                "Källa: kommunernas kartläggning 2024.");

        List<String> notes = FactSheetWriter.notesWithLegend(tableNotes);

        assertThat(notes).startsWith(tableNotes.toArray(String[]::new))
                .doesNotContain(SwedishFormat.LEGEND_SUPPRESSED, StatTableView.LEGEND_MISSING)
                .endsWith(SwedishFormat.LEGEND_UNCERTAIN);
    }

    @Test
    void without_table_notes_the_whole_legend_is_given() {
        assertThat(FactSheetWriter.notesWithLegend(List.of("Källa: x.")))
                .containsExactly("Källa: x.", SwedishFormat.LEGEND_SUPPRESSED, StatTableView.LEGEND_MISSING,
                        SwedishFormat.LEGEND_UNCERTAIN);
    }
}
