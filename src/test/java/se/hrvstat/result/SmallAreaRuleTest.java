package se.hrvstat.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The small-area publication rule (jobs/annual.properties small-area.publish.*), by hand. */
class SmallAreaRuleTest {
    private static final double Z = 1.959963984540054; // qnorm(0.975) in R
    private final SmallAreaRule rule = new SmallAreaRule(0.30, 0.50, Z);

    @Test
    void theRelativeRmseIsTheIntervalsHalfWidthInStandardErrorsOverTheEstimate() {
        // Stockholm, hedersnormer, sae-2024.csv: 0.17359790297584057 (0.15565..0.19226 here rounded):
        // (0.19 - 0.15) / (2 * 1.959964) / 0.17 = 0.04 / 3.919928 / 0.17 = 0.060025
        assertThat(rule.relativeRmse(0.17, 0.15, 0.19)).isCloseTo(0.0600251, within(1e-7));
        assertThat(rule.relativeRmse(0, 0, 0.1)).isInfinite();
    }

    @Test
    void aFigureAtOrBelowTheFirstLimitIsShownWithItsInterval() {
        // (0.1 - 0.0) / 3.919928 / 0.085 = 0.30013 > 0.30, (0.1 - 0.0) / 3.919928 / 0.0851 = 0.29977 <= 0.30
        assertThat(rule.classOf(0.0851, 0.0, 0.1)).isEqualTo(SmallAreaRule.Publication.SHOWN);
        assertThat(rule.classOf(0.085, 0.0, 0.1)).isEqualTo(SmallAreaRule.Publication.BAND);
    }

    @Test
    void aFigureBetweenTheLimitsIsABandAndAboveTheSecondIsWithheld() {
        // 0.1 / 3.919928 / 0.0511 = 0.49924 <= 0.50 (band); 0.1 / 3.919928 / 0.0510 = 0.50021 (withheld)
        assertThat(rule.classOf(0.0511, 0.0, 0.1)).isEqualTo(SmallAreaRule.Publication.BAND);
        assertThat(rule.classOf(0.0510, 0.0, 0.1)).isEqualTo(SmallAreaRule.Publication.WITHHELD);
        assertThat(rule.classOf(0.0, 0.0, 0.01)).isEqualTo(SmallAreaRule.Publication.WITHHELD);
    }

    @Test
    void withoutLimitsEveryFigureIsShown() {
        assertThat(SmallAreaRule.showAll(Z).classOf(0.0, 0.0, 0.5)).isEqualTo(SmallAreaRule.Publication.SHOWN);
    }

    @Test
    void limitsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new SmallAreaRule(0.5, 0.3, Z)).isInstanceOf(IllegalArgumentException.class);
    }
}
