package se.hrvstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VersioningTest {

    private static Indicator single(String definition, String population) {
        return IndicatorCatalogue.parse("[x]\nversion = 1\nlabel = x\ndefinition = " + definition + "\n"
                + (population.isEmpty() ? "" : "population = " + population + "\n"), "t.ini").indicators().get(0);
    }

    @Test
    void theFingerprintIsAHexSha256() {
        assertThat(single("q01", "").fingerprint()).matches("[0-9a-f]{64}");
    }

    @Test
    void spacingCaseAndRedundantParenthesesDoNotChangeTheFingerprint() {
        assertThat(single("q03 AND (q01 or q02)", "").fingerprint())
                .isEqualTo(single("(q03)   and ((q01) or q02)", "").fingerprint());
    }

    @Test
    void aChangedDefinitionChangesTheFingerprint() {
        assertThat(single("q03 and (q01 or q02)", "").fingerprint())
                .isNotEqualTo(single("q03 and (q01 or q02 or q10)", "").fingerprint());
    }

    @Test
    void aChangedPopulationChangesTheFingerprint() {
        assertThat(single("q15", "q11 or q12").fingerprint()).isNotEqualTo(single("q15", "").fingerprint());
    }

    @Test
    void changingAReferencedIndicatorChangesTheReferringFingerprint() {
        String tail = "[b]\nversion = 1\nlabel = b\ndefinition = a and q11\n";
        Indicator before = IndicatorCatalogue.parse("[a]\nversion = 1\nlabel = a\ndefinition = q03\n" + tail, "t")
                .find("b").orElseThrow();
        Indicator after = IndicatorCatalogue.parse("[a]\nversion = 2\nlabel = a\ndefinition = q03 and q01\n" + tail, "t")
                .find("b").orElseThrow();
        assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
    }

    @Test
    void theVersionRuleRejectsAChangedDefinitionUnderTheSameVersion() {
        Indicator old = single("q01", "");
        IndicatorCatalogue edited = IndicatorCatalogue.parse("[x]\nversion = 1\nlabel = x\ndefinition = q02\n", "t");
        assertThat(VersionRule.violations(edited, Map.of(old.seriesKey(), old.fingerprint())))
                .singleElement().asString()
                .contains("indicator 'x' version 1 has changed", "give it version 2 to start a new trend series");
    }

    @Test
    void aNewVersionStartsANewSeriesAndPassesTheRule() {
        Indicator old = single("q01", "");
        IndicatorCatalogue edited = IndicatorCatalogue.parse("[x]\nversion = 2\nlabel = x\ndefinition = q02\n", "t");
        assertThat(edited.indicators().get(0).seriesKey()).isEqualTo("x@2").isNotEqualTo(old.seriesKey());
        assertThat(VersionRule.violations(edited, Map.of(old.seriesKey(), old.fingerprint()))).isEmpty();
    }
}
