package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.EstimateRow;
import se.hrvstat.result.IndicatorInfo;

class KeyFindingsTextTest {

    private static final String NB = "\u00A0";

    private static EstimateRow level(String indicator, int wave, String domain, double share) {
        return new EstimateRow(indicator, wave, domain, share, 0.005, share - 0.01, share + 0.01, 1.5, 1000L, "");
    }

    private static EstimateRow row(String indicator, String domain, double estimate, double low, double high) {
        return new EstimateRow(indicator, 2024, domain, estimate, 0.005, low, high, null, 1000L, "", 0.01);
    }

    /** Shares of the sample report (estimates-2024.csv of the sample data), rounded here by hand. */
    private static AnnualReport report() {
        List<EstimateRow> rows = List.of(
                level("hedersnormer", 2022, "", 0.07441), level("hedersnormer", 2024, "", 0.08549),
                // +1,108 points: printed as 1,1 although 8,5 − 7,4 of the rounded shares is also 1,1
                row("hedersnormer:change", "", 0.01108, 0.0021, 0.0200),
                level("hedersnormer", 2024, "born=1", 0.03447), level("hedersnormer", 2024, "born=3", 0.22164),
                row("hedersnormer:diff", "born=1-born=3", -0.18716, -0.20874, -0.16558),
                level("begransningar", 2022, "", 0.11949), level("begransningar", 2024, "", 0.11540),
                // −0,409 points: printed 0,4 while 11,5 − 11,9 of the rounded shares is −0,4 too; interval includes 0
                row("begransningar:change", "", -0.00409, -0.0150, 0.0068),
                level("vet_hjalp", 2022, "", 0.7534), level("vet_hjalp", 2024, "", 0.7036),
                // −4,98 points, interval below 0: a decrease of 5,0 points (75,3 − 70,4 = 4,9 on the rounded shares)
                row("vet_hjalp:change", "", -0.0498, -0.07, -0.03));
        List<IndicatorInfo> catalogue = List.of(new IndicatorInfo("hedersnormer", "Lever med hedersnormer", ""),
                new IndicatorInfo("begransningar", "Begränsningar i vardagen (minst två av fem)", ""),
                new IndicatorInfo("vet_hjalp", "Vet vart man kan vända sig för att få hjälp", ""));
        return new AnnualReport(2024, rows, catalogue, Map.of(), List.of(), Instant.parse("2025-03-14T09:30:00Z"), 0.95);
    }

    @Test
    void the_headline_and_the_sentence_under_it_say_what_changed() {
        KeyFindingsText.Summary s = KeyFindingsText.of(report(), BundledTexts.TEXTS);
        assertThat(s.headline()).isEqualTo("Andelen elever som lever med hedersnormer ökade till 8,5" + NB + "% år 2024");
        assertThat(s.standfirst()).isEqualTo("Mellan 2022 och 2024 ökade 1 av 3 huvudindikatorer, 1 minskade och "
                + "1 visar ingen säkerställd förändring.");
    }

    @Test
    void the_findings_are_plain_sentences_with_rounded_shares_and_differences() {
        List<String> f = KeyFindingsText.of(report(), BundledTexts.TEXTS).findings();
        assertThat(f).containsExactly(
                "Andelen elever som lever med hedersnormer ökade från 7,4" + NB + "% år 2022 till 8,5" + NB
                        + "% år 2024, en ökning med 1,1 procentenheter.",
                "Andelen elever som vet vart de kan vända sig för att få hjälp minskade från 75,3" + NB
                        + "% år 2022 till 70,4" + NB + "% år 2024, en minskning med 5,0 procentenheter.",
                "Andelen elever som lever med hedersnormer är högre bland elever födda utomlands (22,2" + NB
                        + "%) än bland elever födda i Sverige med minst en förälder född i Sverige (3,4" + NB
                        + "%), en skillnad på 18,7 procentenheter år 2024.",
                "Ingen säkerställd förändring mellan 2022 och 2024 för övriga indikatorer: "
                        + "begränsningar i vardagen (minst två av fem).");
    }

    @Test
    void the_note_says_how_a_change_counts_and_that_changes_are_computed_on_unrounded_values() {
        String note = KeyFindingsText.of(report(), BundledTexts.TEXTS).note();
        assertThat(note).contains("95-procentiga konfidensintervallet för skillnaden mellan åren inte innehåller 0")
                .contains("beräknade på oavrundade värden");
    }

    @Test
    void no_sentence_carries_a_hyphen_minus_or_a_sign_before_a_number() {
        KeyFindingsText.Summary s = KeyFindingsText.of(report(), BundledTexts.TEXTS);
        for (String text : s.findings()) {
            assertThat(text).doesNotContainPattern("[-\u2212+]\\d");
        }
    }
}
