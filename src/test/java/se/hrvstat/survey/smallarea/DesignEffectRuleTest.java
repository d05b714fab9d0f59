package se.hrvstat.survey.smallarea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand computations of Kish's design effect with the first-stage factor (DesignEffectRule's Javadoc). */
class DesignEffectRuleTest {

    @Test
    void theIntraSchoolCorrelationComesFromTheNationalDesignEffect() {
        // rho = (3.4 - 1) / (25 - 1) = 0.1
        assertThat(DesignEffectRule.fromNationalDesignEffect(3.4, 25).intraSchoolCorrelation()).isCloseTo(0.1, within(1e-15));
        // a national design effect below 1 gives rho = 0, never a negative one
        assertThat(DesignEffectRule.fromNationalDesignEffect(0.8, 25).intraSchoolCorrelation()).isZero();
    }

    @Test
    void anAreaWithTwoOfItsSchoolsSampledGetsKishsDesignEffectScaledByTheUncoveredShare() {
        DesignEffectRule rule = new DesignEffectRule(0.1);
        // 40 respondents in 2 schools: b = 20; a quarter of the area's students are in them
        // deff = 1 + (20 - 1) * 0.1 * (1 - 0.25) = 2.425; psi = 2.425 / (4 * 40) = 0.01515625
        assertThat(rule.designEffect(40, 2, 0.25)).isCloseTo(2.425, within(1e-15));
        assertThat(rule.samplingVariance(40, 2, 0.25)).isCloseTo(0.01515625, within(1e-17));
    }

    @Test
    void anUnknownCoverageCountsAsNoneAndAFullCoverageLeavesNoClusterEffect() {
        DesignEffectRule rule = new DesignEffectRule(0.1);
        assertThat(rule.designEffect(40, 2, Double.NaN)).isCloseTo(2.9, within(1e-15));
        assertThat(rule.designEffect(40, 1, 1.0)).isEqualTo(1.0);
        // a single respondent per school has no cluster to share
        assertThat(rule.designEffect(3, 3, 0.0)).isEqualTo(1.0);
    }

    @Test
    void theVarianceIsPositiveForAnySampledArea() {
        DesignEffectRule rule = new DesignEffectRule(0.2);
        assertThat(rule.samplingVariance(1, 1, Double.NaN)).isEqualTo(0.25);
    }

    @Test
    void impossibleInputsAreRejected() {
        DesignEffectRule rule = new DesignEffectRule(0.1);
        assertThatThrownBy(() -> rule.designEffect(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule.designEffect(10, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule.designEffect(10, 1, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DesignEffectRule(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DesignEffectRule.fromNationalDesignEffect(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
