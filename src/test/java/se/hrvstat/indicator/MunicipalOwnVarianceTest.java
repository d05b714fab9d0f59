package se.hrvstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.hrvstat.survey.smallarea.DesignEffectRule;

/** τ_d of {@link MunicipalSmallAreas#ownVariances}: a municipality's own finite-population variance, by hand. */
class MunicipalOwnVarianceTest {

    @Test
    void aClusterSampleOfAllTheMunicipalitysStudentsInTheIndicatorsDenominator() {
        List<MunicipalSmallAreas.Municipality> register = List.of(
                new MunicipalSmallAreas.Municipality("0114", 100, Map.of()),
                new MunicipalSmallAreas.Municipality("0180", 1000, Map.of()));
        List<Set<String>> schools = List.of(Set.of("s1"), Set.of("s2", "s3"));
        Map<String, Double> inSampled = Map.of("0114", 100.0, "0180", 600.0);
        // students per sampled school s̄ = 700 / 3; half of the respondents have the indicator known (k = 0.5):
        // 0114: N' = 50, b = min(50, 116.67) = 50:      τ = (1 + 49 · 0.02) / (4 · 50) = 1.98 / 200 = 0.0099
        // 0180: N' = 500, b = 700/3 · 0.5 = 116.667:   τ = (1 + 115.667 · 0.02) / 2000 = 3.313333 / 2000
        double[] tau = MunicipalSmallAreas.ownVariances(register, schools, inSampled, new DesignEffectRule(0.02), 0.5);
        assertThat(tau[0]).isCloseTo(0.0099, within(1e-15));
        assertThat(tau[1]).isCloseTo((1 + (700.0 / 3 * 0.5 - 1) * 0.02) / 2000, within(1e-15));
        assertThat(tau[1]).isCloseTo(0.0016566667, within(1e-9));
    }
}
