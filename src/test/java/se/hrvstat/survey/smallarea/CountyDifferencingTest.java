package se.hrvstat.survey.smallarea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The differencing check of docs/disclosure-control.md ("Model-based municipal estimates") on
 * constructed counties: the sample data of 2024 never has a municipality with 1–9 respondents
 * (181 of 181 sampled municipalities have 10 or more), so the case is built here.
 */
class CountyDifferencingTest {

    @Test
    void differencingTheCountyAgainstItsPublishedMunicipalitiesGivesBackTheHiddenOnesShare() {
        // Why the rule exists. A county of three sampled municipalities, self-weighting within it (every
        // respondent weight 10): A 50 respondents, 10 "yes"; B 30, 9 "yes"; C 4, 1 "yes" (hidden: 4 < 10).
        // Published: the county's share (10 + 9 + 1) / 84 and A's 10/50 and B's 9/30 (sae-<year>.csv, direct).
        double w = 10;
        double county = (w * 10 + w * 9 + w * 1) / (w * 84);
        double a = 10.0 / 50;
        double b = 9.0 / 30;
        // the reader's differencing, with the weighted sizes 500, 300 and 840 (known approximately from the
        // register's students in a real wave): C = (840 county - 500 a - 300 b) / 40 = (200 - 100 - 90) / 40 = 0.25
        double recovered = (w * 84 * county - w * 50 * a - w * 30 * b) / (w * 4);
        assertThat(recovered).isCloseTo(1.0 / 4, within(1e-12));
        // so the check withholds B, the published municipality with the fewest respondents
        assertThat(CountyDifferencing.secondary(new String[] {"01", "01", "01"}, new int[] {50, 30, 4}, 10))
                .containsExactly(false, true, false);
    }

    @Test
    void aCountyWithOneHiddenMunicipalityLosesItsSmallestPublishedOneAndKeepsTheRest() {
        String[] county = {"01", "01", "01", "01", "01"};
        // 0: no sample (adds nothing to the remainder); 4: hidden with 6 respondents
        int[] respondents = {0, 120, 25, 40, 6};
        // remainder 6 < 10: withhold municipality 2 (25 respondents); remainder then 31 >= 10
        assertThat(CountyDifferencing.secondary(county, respondents, 10))
                .containsExactly(false, false, true, false, false);
    }

    @Test
    void hiddenMunicipalitiesWhoseRespondentsTogetherReachTheRuleNeedNoSecondOne() {
        // county 03: 5 + 7 = 12 hidden respondents; their combined share is a figure on 12 answers, which
        // the rule allows, and no single one of them can be told apart
        String[] county = {"03", "03", "03"};
        assertThat(CountyDifferencing.secondary(county, new int[] {5, 7, 40}, 10)).containsExactly(false, false, false);
    }

    @Test
    void twoHiddenMunicipalitiesBelowTheRuleTogetherAreProtectedLikeOne() {
        // county 04: 3 + 2 = 5 hidden respondents: their union would be a figure on 5 answers
        String[] county = {"04", "04", "04", "04"};
        assertThat(CountyDifferencing.secondary(county, new int[] {3, 2, 40, 15}, 10))
                .containsExactly(false, false, false, true);
    }

    @Test
    void aCountyWithoutHiddenMunicipalitiesOrWithoutPublishedOnesIsLeftAlone() {
        // county 05 all published or unsampled; county 06 only a hidden one (its remainder is the county itself,
        // whose estimate on 4 respondents the published-n rule already suppresses)
        String[] county = {"05", "05", "05", "06", "06"};
        assertThat(CountyDifferencing.secondary(county, new int[] {10, 0, 300, 4, 0}, 10))
                .containsExactly(false, false, false, false, false);
    }

    @Test
    void countiesAreJudgedSeparately() {
        String[] county = {"01", "01", "03", "03"};
        // county 01: hidden 9 -> withhold 11; county 03: nothing hidden
        assertThat(CountyDifferencing.secondary(county, new int[] {9, 11, 12, 13}, 10))
                .containsExactly(false, true, false, false);
    }

    @Test
    void mismatchedInputIsRefused() {
        assertThatThrownBy(() -> CountyDifferencing.secondary(new String[] {"01"}, new int[] {1, 2}, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
