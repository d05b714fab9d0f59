package se.hrvstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.hrvstat.result.EstimateRow;
import se.hrvstat.survey.estimate.Estimate;

/** The publication rule on hand-made estimates; trend figures as in TrendTest (hand computation and R). */
class QualityRuleTest {
    private final QualityRule rule = new QualityRule(10, 100, 0.30);

    private static EstimateRow wave(int wave, double p, double se, long n, String flag) {
        return new EstimateRow("x", wave, "sex=1", p, se, p - 0.01, p + 0.01, 1.5, n, flag);
    }

    @Test
    void fewerRespondentsThanTheThresholdAreSuppressedAndFewerThanReliableOrLargeRseAreUncertain() {
        // n = 9 < 10: suppressed, nothing but n; n = 99 < 100: uncertain; RSE 0.04/0.1 = 0.4 > 0.3: uncertain
        EstimateRow suppressed = rule.apply("x", 2024, "", new Estimate(0.5, 0.1, 0.3, 0.7, 1.2, 9, 5));
        EstimateRow fewer = rule.apply("x", 2024, "", new Estimate(0.5, 0.01, 0.48, 0.52, 1.2, 99, 50));
        EstimateRow rse = rule.apply("x", 2024, "", new Estimate(0.1, 0.04, 0.05, 0.2, 1.2, 500, 50));
        EstimateRow fine = rule.apply("x", 2024, "", new Estimate(0.1, 0.02, 0.07, 0.14, 1.2, 500, 50));

        assertThat(suppressed.flag()).isEqualTo("suppressed");
        assertThat(suppressed.estimate()).isNull();
        assertThat(suppressed.se()).isNull();
        assertThat(suppressed.ciHigh()).isNull();
        assertThat(suppressed.n()).isEqualTo(9);
        assertThat(fewer.flag()).isEqualTo("uncertain");
        assertThat(rse.flag()).isEqualTo("uncertain");
        assertThat(fine.flag()).isEmpty();
    }

    @Test
    void theTrendRowCarriesTheWeightedSlopeEndsInTheLastWaveAndSumsN() {
        EstimateRow trend = rule.trend(List.of(wave(2020, 0.10, 0.01, 1000, ""), wave(2022, 0.12, 0.01, 1100, ""),
                wave(2024, 0.15, 0.02, 900, "")), 0.95);

        assertThat(trend.indicator()).isEqualTo("x:trend");
        assertThat(trend.wave()).isEqualTo(2024);
        assertThat(trend.domain()).isEqualTo("sex=1");
        assertThat(trend.estimate()).isCloseTo(0.0116666666666685, within(1e-12)); // TrendTest: R lm(weights=)
        assertThat(trend.se()).isCloseTo(0.005, within(1e-12));
        assertThat(trend.ciLow()).isCloseTo(0.00186684674396678, within(1e-12));
        assertThat(trend.deff()).isNull();
        assertThat(trend.n()).isEqualTo(3000);
        assertThat(trend.flag()).isEmpty();
        // R: 2 * pnorm(-0.0116666666666685 / 0.005)
        assertThat(trend.p()).isCloseTo(0.01963065725727144, within(1e-12));
    }

    @Test
    void theChangeRowCarriesThePOfItsZTest() {
        EstimateRow change = rule.change(wave(2022, 0.12, 0.01, 1100, ""), wave(2020, 0.10, 0.01, 1000, ""), 0.95);
        // R: 2 * pnorm(-0.02 / sqrt(0.01^2 + 0.01^2))
        assertThat(change.p()).isCloseTo(0.15729920705028513, within(1e-12));
    }

    @Test
    void aDifferenceNamesBothGroupsSumsTheirNAndInheritsTheirFlags() {
        EstimateRow girls = new EstimateRow("x", 2024, "sex=1", 0.3, 0.02, 0.26, 0.34, 1.4, 500L, "");
        EstimateRow boys = new EstimateRow("x", 2024, "sex=2", 0.2, 0.02, 0.16, 0.24, 1.4, 80L, "uncertain");
        EstimateRow other = new EstimateRow("x", 2024, "sex=3", null, null, null, null, null, 7L, "suppressed");
        se.hrvstat.survey.estimate.Difference d = new se.hrvstat.survey.estimate.Difference(0.1, 0.025, 0.05, 0.15, 40, 0.0003);

        EstimateRow diff = rule.difference(girls, boys, d);
        assertThat(diff.indicator()).isEqualTo("x:diff");
        assertThat(diff.domain()).isEqualTo("sex=1-sex=2");
        assertThat(diff.estimate()).isEqualTo(0.1);
        assertThat(diff.ciLow()).isEqualTo(0.05);
        assertThat(diff.p()).isEqualTo(0.0003);
        assertThat(diff.deff()).isNull();
        assertThat(diff.n()).isEqualTo(580);
        assertThat(diff.flag()).isEqualTo("uncertain");
        EstimateRow hidden = rule.difference(girls, other, d);
        assertThat(hidden.flag()).isEqualTo("suppressed");
        assertThat(hidden.estimate()).isNull();
        assertThat(hidden.p()).isNull();
    }

    @Test
    void trendsAndChangesInheritSuppressionAndUncertainty() {
        EstimateRow a = wave(2020, 0.10, 0.01, 1000, "");
        EstimateRow b = wave(2022, 0.12, 0.01, 50, "uncertain");
        EstimateRow c = new EstimateRow("x", 2024, "sex=1", null, null, null, null, null, 8L, "suppressed");

        assertThat(rule.trend(List.of(a, b, wave(2024, 0.15, 0.02, 900, "")), 0.95).flag()).isEqualTo("uncertain");
        EstimateRow suppressedTrend = rule.trend(List.of(a, b, c), 0.95);
        assertThat(suppressedTrend.flag()).isEqualTo("suppressed");
        assertThat(suppressedTrend.estimate()).isNull();
        assertThat(rule.change(c, b, 0.95).flag()).isEqualTo("suppressed");
        assertThat(rule.change(b, a, 0.95).flag()).isEqualTo("uncertain");
        assertThat(rule.change(b, a, 0.95).estimate()).isCloseTo(0.02, within(1e-15));
        assertThat(rule.change(b, a, 0.95).indicator()).isEqualTo("x:change");
    }

    @Test
    void noTrendWithFewerThanThreeWavesOrAZeroStandardError() {
        assertThat(rule.trend(List.of(wave(2022, 0.1, 0.01, 500, ""), wave(2024, 0.1, 0.01, 500, "")), 0.95)).isNull();
        assertThat(rule.trend(List.of(wave(2020, 0.0, 0.0, 500, ""), wave(2022, 0.1, 0.01, 500, ""),
                wave(2024, 0.1, 0.01, 500, "")), 0.95)).isNull();
    }

    @Test
    void aSuppressedRowWhoseDenominatorIsASensitiveGroupLosesItsNAndAPublishedOneKeepsIt() {
        // the Gotland case of issue 14: sokt_hjalp 2024 lanskod=09, 4 respondents exposed to violence
        EstimateRow gotland = rule.apply("sokt_hjalp", 2024, "lanskod=09", new Estimate(0.5, 0.2, 0.1, 0.9, 1.0, 4, 2));
        EstimateRow published = rule.apply("sokt_hjalp", 2024, "", new Estimate(0.26, 0.01, 0.24, 0.28, 1.2, 1300, 60));

        assertThat(rule.withSensitiveCount(gotland).n()).isNull();
        assertThat(rule.withSensitiveCount(gotland).flag()).isEqualTo("suppressed");
        assertThat(rule.withSensitiveCount(published)).isEqualTo(published);
    }

    @Test
    void aComplementarySuppressionKeepsNothingButN() {
        EstimateRow row = wave(2024, 0.3, 0.02, 400, "");

        EstimateRow c = rule.complementary(row);

        assertThat(c.estimate()).isNull();
        assertThat(c.se()).isNull();
        assertThat(c.n()).isEqualTo(400L);
        assertThat(c.flag()).isEqualTo("suppressed");
    }
}
