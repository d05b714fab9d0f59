package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.hrvstat.result.DisclosureFacts;
import se.hrvstat.result.MethodFacts;

/**
 * The method chapter's section 4.4 (Röjandekontroll) says what the run's disclosure method does,
 * with the run's own numbers: under suppression which counts are hidden, under the Cell Key
 * Method that counts are adjusted by at most D — never that small counts are suppressed. The same
 * lines serve the PDF, the web edition's method page and the workbook's metadata.
 */
class DisclosureMethodTextTest {
    private static final String LABEL = "Röjandekontroll av kartläggningens antal";

    private static MethodFacts facts(DisclosureFacts disclosure) {
        return new MethodFacts(2024, "test", List.of(), List.of(), 3, 0.95, "logit", 10, 100, 0.3, List.of(), true,
                List.of(), disclosure);
    }

    private static List<MethodChapter.Line> section44(DisclosureFacts disclosure) throws IOException {
        Map<String, String> metadata = MethodText.of(facts(disclosure), PdfReportWriter.DEFAULT_TEMPLATES);
        return MethodChapter.lines(PdfReportWriter.DEFAULT_TEMPLATES, metadata, "95", List.of(), BundledTexts.TEXTS)
                .stream().filter(l -> l.subsection().equals("4.4 Röjandekontroll")).toList();
    }

    private static String text(List<MethodChapter.Line> lines) {
        return String.join("\n", lines.stream().map(l -> l.key() + ": " + l.value()).toList());
    }

    @Test
    void underTheCellKeyMethodSection44DescribesTheAdjustmentWithDFromTheSettings() throws IOException {
        List<MethodChapter.Line> lines = section44(DisclosureFacts.cellKey(5, 10, 3));

        assertThat(lines).extracting(MethodChapter.Line::key).containsExactly("", LABEL);
        String all = text(lines);
        assertThat(all).contains("cell key-metoden", "med högst 3", "Ett verkligt 0 redovisas alltid som 0",
                "inget annat antal redovisas som 0", "samma värde i alla tabeller", "delarna inte summera till totalen",
                "färre än 10 personer");
        assertThat(all).doesNotContain("undertryck", "redovisas inte (..); 0", "sekundär");
        // the survey's estimates keep their own rules (section 2.8)
        assertThat(lines.get(0).value()).contains("precisionsreglerna (avsnitt 2.8)");
    }

    @Test
    void theCellKeyTextTakesDFromTheSettingsNotFromTheWords() throws IOException {
        assertThat(text(section44(DisclosureFacts.cellKey(5, 10, 2)))).contains("med högst 2").doesNotContain("högst 3");
    }

    @Test
    void underSuppressionSection44SaysWhichCountsAreHiddenAndHowTheyAreChecked() throws IOException {
        // min-count 5: counts 1-4 hidden; no count can be shown to be below 5
        String all = text(section44(DisclosureFacts.suppression(5, 10)));

        assertThat(all).contains(LABEL, "Antal personer från 1 till 4 redovisas inte (..); 0 redovisas alltid",
                "sekundär undertryckning", "mindre än 5", "färre än 10 personer");
        assertThat(all).doesNotContain("cell key", "justeras");
    }
}
