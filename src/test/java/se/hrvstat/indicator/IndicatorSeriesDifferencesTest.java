package se.hrvstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import se.hrvstat.result.EstimateRow;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.estimate.Difference;
import se.hrvstat.survey.estimate.GroupDifferences;
import se.hrvstat.survey.estimate.IntervalMethod;
import se.hrvstat.survey.estimate.PValues;

/**
 * The {@code :diff} rows of an indicator's series (CLI.md): every pair of groups of each
 * breakdown, group 1 minus group 2 in code order, with the design-based difference of
 * {@link GroupDifferences} (checked against R's svyby + svycontrast in
 * GroupDifferencesAgreeWithRTest), the p-value of its t-test, and the suppression of the groups.
 */
class IndicatorSeriesDifferencesTest {
    private static final String CATALOGUE = "[defaults]\nbreakdowns = sex\n\n[x]\nversion = 1\nlabel = X\ndefinition = q01\n";

    /** A stratified clustered sample: 4 strata of 5 schools, 30 students each; sex 3 is rare. */
    private static WaveSample wave(int rareCount) {
        Random random = new Random(17);
        int n = 600;
        int[] q01 = new int[n];
        int[] sex = new int[n];
        String[] strata = new String[n];
        String[][] ids = new String[1][n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            int school = i / 30;
            strata[i] = "s" + school / 5;
            ids[0][i] = "school" + school;
            w[i] = 10 + school % 3;
            sex[i] = i % 60 < rareCount ? 3 : 1 + (i % 2);
            q01[i] = random.nextDouble() < (sex[i] == 1 ? 0.3 : 0.2) + school * 0.01 ? 1 : (i % 17 == 0 ? 9 : 2);
        }
        SurveyDesign design = SurveyDesign.builder(w).strata(strata).clusters(ids).build();
        return new WaveSample(2024, Map.of("q01", q01, "sex", sex), new String[n], design);
    }

    private static List<EstimateRow> rows(WaveSample wave) {
        Indicator x = IndicatorCatalogue.parse(CATALOGUE, "test").find("x").orElseThrow();
        return new IndicatorSeries(new QualityRule(10, 50, 0.3), IntervalMethod.LOGIT, 0.95).estimate(x, List.of(wave));
    }

    private static EstimateRow row(List<EstimateRow> rows, String indicator, String domain) {
        return rows.stream().filter(r -> r.indicator().equals(indicator) && r.domain().equals(domain)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + indicator + " " + domain));
    }

    @Test
    void everyPairOfGroupsOfABreakdownGetsADifferenceWithTheJointStandardErrorAndItsP() {
        WaveSample wave = wave(6);
        List<EstimateRow> rows = rows(wave);

        assertThat(rows.stream().filter(r -> r.indicator().equals("x:diff")).map(EstimateRow::domain))
                .containsExactly("sex=1-sex=2", "sex=1-sex=3", "sex=2-sex=3");
        EstimateRow girls = row(rows, "x", "sex=1");
        EstimateRow boys = row(rows, "x", "sex=2");
        EstimateRow diff = row(rows, "x:diff", "sex=1-sex=2");
        double[] y = Indicator.class.cast(IndicatorCatalogue.parse(CATALOGUE, "test").find("x").orElseThrow())
                .evaluate(wave.codes(), wave.size());
        Difference expected = GroupDifferences.ofProportions(wave.design(), y,
                wave.domains("sex").get("sex=1"), wave.domains("sex").get("sex=2"), 0.95);
        assertThat(diff.estimate()).isCloseTo(girls.estimate() - boys.estimate(), within(1e-15));
        assertThat(diff.se()).isCloseTo(expected.se(), within(1e-15));
        // the groups share strata and schools: not the se of independent groups
        assertThat(diff.se()).isNotCloseTo(Math.hypot(girls.se(), boys.se()), within(1e-6));
        double df = wave.design().degreesOfFreedom(null); // 20 schools - 4 strata
        assertThat(df).isEqualTo(16);
        assertThat(diff.p()).isCloseTo(PValues.twoSided(diff.estimate() / diff.se(), 16), within(1e-15));
        assertThat(diff.ciLow()).isCloseTo(expected.ciLow(), within(1e-15));
        assertThat(diff.deff()).isNull();
        assertThat(diff.n()).isEqualTo(girls.n() + boys.n());
        assertThat(girls.p()).isNull();
    }

    @Test
    void aDifferenceWithASuppressedGroupIsSuppressedAndAnUncertainGroupMakesItUncertain() {
        List<EstimateRow> rows = rows(wave(1)); // 10 students of sex 3, fewer answering q01: suppressed
        assertThat(row(rows, "x", "sex=3").flag()).isEqualTo("suppressed");

        EstimateRow hidden = row(rows, "x:diff", "sex=1-sex=3");
        assertThat(hidden.flag()).isEqualTo("suppressed");
        assertThat(hidden.estimate()).isNull();
        assertThat(hidden.p()).isNull();
        // all students = sex 1 + 2 + 3: a second group is suppressed to protect sex 3 (complementary
        // suppression), and every difference with it is suppressed too, so none gives sex 3 away
        for (EstimateRow diff : rows.stream().filter(r -> r.indicator().equals("x:diff")).toList()) {
            String[] groups = diff.domain().split("-");
            boolean groupHidden = row(rows, "x", groups[0]).flag().equals("suppressed")
                    || row(rows, "x", groups[1]).flag().equals("suppressed");
            assertThat(diff.flag().equals("suppressed")).as(diff.domain()).isEqualTo(groupHidden);
        }
        assertThat(rows.stream().filter(r -> r.indicator().equals("x") && r.flag().equals("suppressed"))).hasSize(2);

        List<EstimateRow> few = rows(wave(3)); // 30 of sex 3: published but uncertain (n < 50)
        assertThat(row(few, "x", "sex=3").flag()).isEqualTo("uncertain");
        assertThat(row(few, "x:diff", "sex=2-sex=3").flag()).isEqualTo("uncertain");
        assertThat(row(few, "x:diff", "sex=2-sex=3").p()).isNotNull();
    }
}
