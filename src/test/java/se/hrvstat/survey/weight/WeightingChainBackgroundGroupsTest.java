package se.hrvstat.survey.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.hrvstat.survey.weight.ResponseHomogeneityGroups.Level;
import se.hrvstat.survey.weight.ResponseHomogeneityGroups.Rule;

/**
 * The chain's optional background groups, by hand. Stratum h, school s: N_h / n_h = 4 / 2, both
 * of its two classes sampled, so d = 2 * 2/2 = 2. Class c1 (20 enrolled: 10 / 5 / 5 of background
 * 1 / 2 / 3) has twelve respondents, c2 (10: 6 / 2 / 2) took no part. Without groups: c1's weight
 * 2 * 20/12 * (2*20 + 2*10)/(2*20) = 5, and 12 * 5 = 60 = 2 * 30. With groups within the school:
 * register shares 2 * (16, 7, 7) / 60; respondents answer 1 (eight), 2 (two), 3, 9; W = 60, W_9 = 5,
 * a_1 = 55 * (32/60) / 40 = 11/15, a_2 = 55 * (14/60) / 10 = 77/60, a_3 = 55 * (14/60) / 5 = 77/30.
 * No register margins, so no calibration: the final weights are the adjusted ones.
 */
class WeightingChainBackgroundGroupsTest {
    private static final List<WeightingChain.SampledClass> CLASSES = List.of(
            new WeightingChain.SampledClass("c1", "h", "s", 4, 2, 2, 2, 20, 12),
            new WeightingChain.SampledClass("c2", "h", "s", 4, 2, 2, 2, 10, 0));
    private static final Map<String, int[]> REGISTER_SPLIT = Map.of("c1", new int[] {10, 5, 5}, "c2", new int[] {6, 2, 2});

    private static WeightingChain.Respondents respondents(boolean withBorn) {
        String[] classes = new String[12];
        Arrays.fill(classes, "c1");
        String[] born = {"1", "1", "1", "1", "1", "1", "1", "1", "2", "2", "3", "9"};
        String[] other = new String[12];
        Arrays.fill(other, "1");
        return new WeightingChain.Respondents(classes, withBorn ? Map.of("born", born, "sex", other)
                : Map.of("sex", other));
    }

    @Test
    void withoutGroupsTheChainIsAsBefore() {
        double[] w = WeightingChain.weigh(CLASSES, respondents(true), Map.of(), null).finalWeights();

        assertThat(w).containsOnly(5.0);
        assertThat(WeightingChain.weigh(CLASSES, respondents(true), Map.of()).finalWeights()).isEqualTo(w);
    }

    @Test
    void theGroupsMultiplyTheAdjustedWeightsByTheirBackgroundsFactor() {
        var w = WeightingChain.weigh(CLASSES, respondents(true), Map.of(),
                new WeightingChain.BackgroundGroups(new Rule(Level.SCHOOL, 1, 3), REGISTER_SPLIT));

        assertThat(w.designWeights()).containsOnly(2.0);
        assertThat(w.inputWeights()[0]).isCloseTo(5 * 11.0 / 15, within(1e-12));
        assertThat(w.inputWeights()[8]).isCloseTo(5 * 77.0 / 60, within(1e-12));
        assertThat(w.inputWeights()[10]).isCloseTo(5 * 77.0 / 30, within(1e-12));
        assertThat(w.inputWeights()[11]).isCloseTo(5.0, within(1e-12));
        assertThat(Arrays.stream(w.finalWeights()).sum()).isCloseTo(60, within(1e-12));
        assertThat(w.collapses()).last().asString().contains("within school: 1 divided");
    }

    @Test
    void groupsNeedTheRespondentsBackground() {
        assertThatThrownBy(() -> WeightingChain.weigh(CLASSES, respondents(false), Map.of(),
                new WeightingChain.BackgroundGroups(new Rule(Level.SCHOOL, 1, 3), REGISTER_SPLIT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("born");
    }
}
