package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.IndicatorInfo;

class DefinitionTextTest {

    private static final List<IndicatorInfo> CATALOGUE = List.of(
            new IndicatorInfo("hedersnormer", "Lever med hedersnormer", "q03 and (q01 or q02 or q10)"),
            new IndicatorInfo("hedersvald", "Utsatt för hedersrelaterat våld", "hedersnormer and (q11 or q12)"),
            new IndicatorInfo("sokt_hjalp", "Har sökt hjälp, bland de utsatta", "q15"),
            new IndicatorInfo("q01", "Får inte själv välja vem man ska gifta sig med / leva med", "q01"),
            new IndicatorInfo("q02", "Får inte ha pojkvän/flickvän", "q02"),
            new IndicatorInfo("q03", "Familjen förväntar sig oskuld vid giftermål", "q03"),
            new IndicatorInfo("q10", "Orolig för att bli tvingad att gifta sig", "q10"),
            new IndicatorInfo("q11", "Hotad av någon i familjen för att inte ha följt familjens regler", "q11"),
            new IndicatorInfo("q15", "Har sökt hjälp (frågan ställs bara till den som svarat ja på q11-q14)", "q15"));

    private static DefinitionText words() {
        AnnualReport report = new AnnualReport(2024, List.of(), CATALOGUE, Map.of(), List.of(), Instant.EPOCH, 0.95);
        return new DefinitionText(BundledTexts.TEXTS, new ReportData(report));
    }

    @Test
    void a_definition_lists_the_text_of_each_question_it_uses_not_the_expression() {
        String text = words().of(CATALOGUE.get(0));
        assertThat(text).startsWith("Elever som svarat ja på att familjen förväntar sig oskuld vid giftermål")
                .endsWith("Frågor: ”Familjen förväntar sig oskuld vid giftermål”; ”Får inte själv välja vem man ska gifta "
                        + "sig med / leva med”; ”Får inte ha pojkvän/flickvän”; ”Orolig för att bli tvingad att gifta sig”.")
                .doesNotContain("q03").doesNotContain(" and ").doesNotContain(" or ");
    }

    @Test
    void an_indicator_built_on_another_lists_that_ones_questions_first() {
        assertThat(words().questions(CATALOGUE.get(1))).containsExactly("”Familjen förväntar sig oskuld vid giftermål”",
                "”Får inte själv välja vem man ska gifta sig med / leva med”", "”Får inte ha pojkvän/flickvän”",
                "”Orolig för att bli tvingad att gifta sig”",
                "”Hotad av någon i familjen för att inte ha följt familjens regler”", "”q12”"); // q12 not in this catalogue
    }

    @Test
    void a_remark_naming_item_codes_is_left_out_of_the_question() {
        assertThat(words().of(CATALOGUE.get(2))).endsWith("Fråga: ”Har sökt hjälp”.");
    }
}
