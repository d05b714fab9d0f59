package se.hrvstat.survey.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.hrvstat.survey.weight.ResponseHomogeneityGroups.FrameClass;
import se.hrvstat.survey.weight.ResponseHomogeneityGroups.Level;
import se.hrvstat.survey.weight.ResponseHomogeneityGroups.Rule;

/**
 * Every number below by hand. School s: class c1 (design weight 4, register 10 / 5 / 5 students of
 * background 1 / 2 / 3) answered, class c2 (4, register 6 / 2 / 2) took no part. The register's
 * design-weighted split of the school's sampled students: 4 * (16, 7, 7) = 64, 28, 28 of 120.
 * Twelve respondents of c1, each of non-response-adjusted weight 10 (W = 120): eight answer
 * born 1, two 2, one 3, one 9 (W_9 = 10, so the known backgrounds carry 110). R agrees:
 * {@code survey::postStratify} of the eleven known-background respondents to 110 times the register
 * shares gives the factors 0.733333333333333, 1.283333333333333, 2.566666666666667 and, merged,
 * 1.711111111111111 ({@code src/test/r/check-response-homogeneity-groups.R}).
 */
class ResponseHomogeneityGroupsTest {
    private static final String[] BORN = {"1", "1", "1", "1", "1", "1", "1", "1", "2", "2", "3", "9"};
    private static final List<FrameClass> FRAME = List.of(new FrameClass("c1", "h", "s", 4, new int[] {10, 5, 5}),
            new FrameClass("c2", "h", "s", 4, new int[] {6, 2, 2}));

    private static ResponseHomogeneityGroups.Result adjust(Rule rule) {
        double[] weights = new double[12];
        Arrays.fill(weights, 10);
        String[] classes = new String[12];
        Arrays.fill(classes, "c1");
        return ResponseHomogeneityGroups.adjust(weights, classes, BORN, FRAME, rule);
    }

    @Test
    void eachBackgroundCarriesItsRegisterShareOfTheSchool() {
        // a_1 = 110 * (64/120) / 80 = 11/15; a_2 = 110 * (28/120) / 20 = 77/60; a_3 = 110 * (28/120) / 10 = 77/30;
        // the answer 9 keeps its weight (factor 1)
        var r = adjust(new Rule(Level.SCHOOL, 1, 3));

        assertThat(r.factors()[0]).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(r.factors()[8]).isCloseTo(77.0 / 60, within(1e-12));
        assertThat(r.factors()[10]).isCloseTo(77.0 / 30, within(1e-12));
        assertThat(r.factors()[11]).isEqualTo(1.0);
        assertThat(r.divided()).isEqualTo(1);
    }

    @Test
    void theSchoolsWeightTotalIsKept() {
        // 8 * 10 * 11/15 + 2 * 10 * 77/60 + 10 * 77/30 + 10 = 58.667 + 25.667 + 25.667 + 10 = 120
        var r = adjust(new Rule(Level.SCHOOL, 1, 3));

        assertThat(Arrays.stream(r.factors()).map(f -> 10 * f).sum()).isCloseTo(120, within(1e-12));
    }

    @Test
    void aFactorAboveTheCapMergesTheForeignBackgrounds() {
        // a_3 = 77/30 = 2.57 > 2: cells {1} and {2, 3}; a_23 = 110 * (56/120) / 30 = 77/45, a_1 still 11/15
        var r = adjust(new Rule(Level.SCHOOL, 1, 2));

        assertThat(r.factors()[8]).isCloseTo(77.0 / 45, within(1e-12));
        assertThat(r.factors()[10]).isCloseTo(77.0 / 45, within(1e-12));
        assertThat(r.factors()[0]).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(r.merged()).isEqualTo(1);
    }

    @Test
    void aCellWithTooFewRespondentsIsMerged() {
        // born 3 has one respondent < 2: {2, 3} has three
        var r = adjust(new Rule(Level.SCHOOL, 2, 3));

        assertThat(r.factors()[10]).isCloseTo(77.0 / 45, within(1e-12));
        assertThat(r.merged()).isEqualTo(1);
    }

    @Test
    void aSchoolWhoseForeignBackgroundsAreStillTooFewIsNotDivided() {
        // {2, 3} has three respondents < 4: every factor 1
        var r = adjust(new Rule(Level.SCHOOL, 4, 3));

        assertThat(r.factors()).containsOnly(1.0);
        assertThat(r.undivided()).isEqualTo(1);
    }

    @Test
    void aClassWithoutARegisterSplitLeavesItsGroupUndivided() {
        var frame = List.of(FRAME.get(0), new FrameClass("c2", "h", "s", 4, null));
        double[] weights = new double[12];
        Arrays.fill(weights, 10);
        String[] classes = new String[12];
        Arrays.fill(classes, "c1");

        var r = ResponseHomogeneityGroups.adjust(weights, classes, BORN, frame, new Rule(Level.SCHOOL, 1, 3));

        assertThat(r.factors()).containsOnly(1.0);
    }

    @Test
    void atClassLevelOnlyTheClassesOwnRegisterSplitCounts() {
        // c1 alone: 10 / 5 / 5 of 20; a_1 = 110 * (10/20) / 80 = 11/16, a_2 = 110 * (5/20) / 20 = 11/8,
        // a_3 = 110 * (5/20) / 10 = 11/4 (cap 3)
        var r = adjust(new Rule(Level.CLASS, 1, 3));

        assertThat(r.factors()[0]).isCloseTo(11.0 / 16, within(1e-12));
        assertThat(r.factors()[8]).isCloseTo(11.0 / 8, within(1e-12));
        assertThat(r.factors()[10]).isCloseTo(11.0 / 4, within(1e-12));
    }

    @Test
    void aRuleNeedsAtLeastOneRespondentAndACapAboveOne() {
        assertThatThrownBy(() -> new Rule(Level.SCHOOL, 0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rule(Level.SCHOOL, 5, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
