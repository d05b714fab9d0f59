package se.hrvstat.survey.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.testdata.RFixtures;

/**
 * Every row of {@code r-fixtures/differences.csv} (made by
 * {@code src/test/r/make-difference-fixtures.R}: {@code svyby(covmat = TRUE)} + {@code svycontrast}
 * on stratified with FPC, two-stage with FPC, a lonely PSU, JK1 and bootstrap designs, items with
 * missing values, every pair of groups) reproduced to 1e-9 relative, and R's {@code pt} at a grid
 * of points ({@code p-values.csv}).
 */
class GroupDifferencesAgreeWithRTest {
    static Stream<Arguments> differences() {
        return RFixtures.rows("differences.csv").stream().map(r -> Arguments.of(Named.of(r.get("case") + " "
                + r.get("statistic") + " " + r.get("variable") + " " + r.get("by") + "=" + r.get("group1") + "-"
                + r.get("group2"), r)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("differences")
    void theDifferenceOfTwoGroupsAgreesWithSvycontrast(Map<String, String> c) {
        String data = c.get("data");
        SurveyDesign design = c.get("reptype").isEmpty() ? AgreesWithRSurveyTest.design(c)
                : ReplicateDesignsAgreeWithRTest.design(c);
        double[] y = RFixtures.numbers(data, c.get("variable"));
        String[] by = RFixtures.texts(data, c.get("by"));
        List<String> groups = Arrays.stream(by).filter(Objects::nonNull).distinct().sorted().toList();
        int[] groupOfRow = Arrays.stream(by).mapToInt(v -> v == null ? -1 : groups.indexOf(v)).toArray();
        int g = groups.indexOf(c.get("group1"));
        int h = groups.indexOf(c.get("group2"));
        Difference d = (c.get("statistic").equals("proportion")
                ? GroupDifferences.ofProportionsByPair(design, y, groupOfRow, groups.size(), 0.95)
                : GroupDifferences.ofMeansByPair(design, y, groupOfRow, groups.size(), 0.95))[g][h];
        if (c.get("reptype").isEmpty()) {
            boolean[] first = new boolean[by.length];
            boolean[] second = new boolean[by.length];
            for (int i = 0; i < by.length; i++) {
                first[i] = c.get("group1").equals(by[i]);
                second[i] = c.get("group2").equals(by[i]);
            }
            Difference alone = c.get("statistic").equals("proportion")
                    ? GroupDifferences.ofProportions(design, y, first, second, 0.95)
                    : GroupDifferences.ofMeans(design, y, first, second, 0.95);
            assertThat(alone).as("two groups alone, Taylor").isEqualTo(d);
        }
        double scale = Math.abs(RFixtures.number(c.get("se")));
        AgreesWithRSurveyTest.close("estimate", d.estimate(), RFixtures.number(c.get("estimate")), scale);
        AgreesWithRSurveyTest.close("se", d.se(), RFixtures.number(c.get("se")), scale);
        AgreesWithRSurveyTest.close("ci_low", d.ciLow(), RFixtures.number(c.get("ci_low")), scale);
        AgreesWithRSurveyTest.close("ci_high", d.ciHigh(), RFixtures.number(c.get("ci_high")), scale);
        AgreesWithRSurveyTest.close("p", d.p(), RFixtures.number(c.get("p")), 1e-300);
        assertThat(d.degreesOfFreedom()).as("df").isEqualTo(RFixtures.number(c.get("df")));
    }

    static Stream<Map<String, String>> pValues() {
        return RFixtures.rows("p-values.csv").stream();
    }

    @ParameterizedTest
    @MethodSource("pValues")
    void theTwoSidedPValueIsRsPt(Map<String, String> c) {
        double df = c.get("df").equals("Inf") ? Double.POSITIVE_INFINITY : RFixtures.number(c.get("df"));
        AgreesWithRSurveyTest.close("p", PValues.twoSided(RFixtures.number(c.get("t")), df),
                RFixtures.number(c.get("p")), 1e-300);
    }

    @Test
    void aPValueNeedsPositiveDegreesOfFreedom() {
        assertThat(PValues.twoSided(1.0, 0)).isNaN();
        assertThat(PValues.twoSided(Double.NaN, 5)).isNaN();
    }

    @Test
    void theDifferenceOfAGroupWithItselfIsZeroWithZeroStandardError() {
        Map<String, String> c = RFixtures.rows("differences.csv").get(0);
        SurveyDesign design = AgreesWithRSurveyTest.design(c);
        double[] y = RFixtures.numbers(c.get("data"), "api00");
        boolean[] all = new boolean[y.length];
        java.util.Arrays.fill(all, true);
        Difference d = GroupDifferences.ofMeans(design, y, all, all, 0.95);
        assertThat(d.estimate()).isZero();
        assertThat(d.se()).isZero();
    }
}
