package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.hrvstat.result.SmallAreaRow;

/** px/sae-&lt;year&gt;.px: the model-based municipal estimates for PxWeb, labelled as model-based. */
class SaePxWriterTest {
    static SmallAreaRow row(String indicator, String kommunkod, double estimate, double low, double high) {
        return new SmallAreaRow(indicator, 2024, kommunkod, null, null, null, null, null, List.of(0.2, 5.0), 0.15,
                0.003, estimate, low, high, "fh");
    }

    final String text = new SaePxWriter(Path.of("report-templates")).text(2024, List.of(
            row("hedersnormer", "0114", 0.027937, 0.001951, 0.073065),
            row("hedersnormer", "0180", 0.170189, 0.142143, 0.200206),
            row("vet_hjalp", "0114", 0.75, 0.6, 0.85),
            row("vet_hjalp", "0180", 0.8, 0.78, 0.82)),
            Map.of("hedersnormer", "Lever med hedersnormer", "vet_hjalp", "Vet vart man kan vända sig"),
            Map.of("0114", "Upplands Väsby", "0180", "Stockholm"), 0.95, Instant.EPOCH);

    @Test
    void theStubIsIndicatorAndMunicipalityWithCodesAndTheHeadingTheEstimateAndItsInterval() {
        assertThat(text).contains("STUB=\"Indikator\",\"Kommun\";")
                .contains("HEADING=\"Uppgift\";")
                .contains("VALUES(\"Kommun\")=\"0114 Upplands Väsby\",\"0180 Stockholm\";")
                .contains("CODES(\"Kommun\")=\"0114\",\"0180\";")
                .contains("\"Modellbaserad skattning\",\"Osäkerhetsintervall 95 %, nedre gräns\"");
    }

    @Test
    void eachMunicipalityIsOneDataLineInPercentWithOneDecimal() {
        // 100 x 0.027937 = 2.7937 -> 2.8; 0.1951 -> 0.2; 7.3065 -> 7.3 (half up)
        assertThat(text).contains("DATA=\r\n2.8 0.2 7.3 \r\n17.0 14.2 20.0 \r\n75.0 60.0 85.0 \r\n80.0 78.0 82.0;");
    }

    @Test
    void theNoteSaysTheFiguresAreModelBasedAndWhatTheIntervalHolds() {
        assertThat(text).contains("NOTE=\"Modellbaserad skattning:").contains("95 procents säkerhet")
                .doesNotContain("för smalt");
    }

    @Test
    void theFileSaysWhenItWasMadeWhenTheNextComesWhomToAskAndTheSource() {
        // Instant.EPOCH is 1970-01-01 01:00 in Stockholm; px.next.update is 0315 09:30 of the following year
        assertThat(text).contains("CHARSET=\"ANSI\";").contains("CODEPAGE=\"utf-8\";")
                .contains("NEXT-UPDATE=\"19710315 09:30\";")
                .contains("LAST-UPDATED=\"19700101 01:00\";")
                .contains("CONTACT=\"Nationellt centrum mot hedersrelaterat")
                .contains("SOURCE=\"Unga och heder och skolregistret");
    }

    @Test
    void underThePublicationRuleABandHasNoEstimateAndAWithheldFigureNoInterval() {
        se.hrvstat.result.SmallAreaRule rule = new se.hrvstat.result.SmallAreaRule(0.30, 0.50, 1.959963984540054);
        // 0114 hedersnormer: (0.073065 - 0.001951) / 3.919928 / 0.027937 = 0.6494 -> withheld
        // 0180 hedersnormer: (0.200206 - 0.142143) / 3.919928 / 0.170189 = 0.0870 -> shown
        // 0114 vet_hjalp: (0.85 - 0.6) / 3.919928 / 0.75 = 0.0850 -> shown
        // 0180 vet_hjalp made a band: (0.5 - 0.0) / 3.919928 / 0.3 = 0.4252
        String ruled = new SaePxWriter(Path.of("report-templates")).text(2024, List.of(
                row("hedersnormer", "0114", 0.027937, 0.001951, 0.073065),
                row("hedersnormer", "0180", 0.170189, 0.142143, 0.200206),
                row("vet_hjalp", "0114", 0.75, 0.6, 0.85),
                row("vet_hjalp", "0180", 0.3, 0.0, 0.5)),
                Map.of("hedersnormer", "Lever med hedersnormer", "vet_hjalp", "Vet vart man kan vända sig"),
                Map.of("0114", "Upplands Väsby", "0180", "Stockholm"), 0.95, Instant.EPOCH, rule);
        assertThat(ruled).contains("DATA=\r\n\"..\" \"..\" \"..\" \r\n17.0 14.2 20.0 \r\n75.0 60.0 85.0 \r\n\"..\" 0.0 50.0;");
        assertThat(ruled).contains("Publiceringsregel:").contains("högst 50 procent"); // the NOTE is cut into lines of PX length
    }
}
