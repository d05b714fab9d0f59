package se.hrvstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import se.hrvstat.result.RecordedIndicatorVersion;

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

    @Test
    void theFirstVersionCoversEveryWaveAndALaterVersionStartsAtTheWaveItWasFirstEstimated() {
        Indicator v1 = single("q01", "");
        Indicator v2 = IndicatorCatalogue.parse("[x]\nversion = 2\nlabel = x\ndefinition = q02\n", "t").indicators().get(0);
        RecordedIndicatorVersion recordedV1 = new RecordedIndicatorVersion("x", 1, v1.fingerprint(), 2024);

        assertThat(VersionRule.seriesStart(v1, java.util.List.of(), 2024)).isEqualTo(Integer.MIN_VALUE);
        assertThat(VersionRule.seriesStart(v1, java.util.List.of(recordedV1), 2026)).isEqualTo(Integer.MIN_VALUE);
        assertThat(VersionRule.seriesStart(v2, java.util.List.of(recordedV1), 2026)).as("new now").isEqualTo(2026);
        assertThat(VersionRule.seriesStart(v2, java.util.List.of(recordedV1,
                new RecordedIndicatorVersion("x", 2, v2.fingerprint(), 2026)), 2028)).as("recorded earlier").isEqualTo(2026);
        assertThat(VersionRule.seriesStart(v2, java.util.List.of(new RecordedIndicatorVersion("y", 1, "f", 2020)), 2026))
                .as("another indicator's versions do not count").isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void recordedVersionsAreCheckedLikeTheirFingerprints() {
        Indicator old = single("q01", "");
        IndicatorCatalogue edited = IndicatorCatalogue.parse("[x]\nversion = 1\nlabel = x\ndefinition = q02\n", "t");

        assertThat(VersionRule.violations(edited, java.util.List.of(
                new RecordedIndicatorVersion("x", 1, old.fingerprint(), 2024)))).hasSize(1);
        assertThat(VersionRule.violations(edited, java.util.List.of(
                new RecordedIndicatorVersion("x", 1, edited.indicators().get(0).fingerprint(), 2024)))).isEmpty();
    }
}
