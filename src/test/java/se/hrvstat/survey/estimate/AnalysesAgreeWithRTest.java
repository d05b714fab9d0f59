package se.hrvstat.survey.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.testdata.RFixtures;

/**
 * Every row of {@code r-fixtures/analysis-cases.csv} (made by
 * {@code src/test/r/make-analysis-fixtures.R}: quantiles with Woodruff intervals on stratified
 * with FPC, two-stage with FPC, JK1 and bootstrap designs, ratios on the replicate designs; items
 * with missing values; whole sample and by stype) reproduced to 1e-9 relative.
 */
class AnalysesAgreeWithRTest {
    static Stream<Arguments> cases() {
        return RFixtures.rows("analysis-cases.csv").stream().map(r -> Arguments.of(Named.of(r.get("case") + " "
                + r.get("statistic") + " " + r.get("variable") + "@" + r.get("probability") + " " + r.get("by") + "="
                + r.get("by_value"), r)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void quantilesAndRatiosAgreeWithR(Map<String, String> c) {
        String data = c.get("data");
        SurveyDesign design = design(c);
        String[] variables = c.get("variable").split("/");
        double[] y = RFixtures.numbers(data, variables[0]);
        boolean[] domain = AgreesWithRSurveyTest.domain(c);
        Estimate e = c.get("statistic").equals("ratio")
                ? Estimators.ratio(design, y, RFixtures.numbers(data, variables[1]), domain, 0.95)
                : Estimators.quantile(design, y, domain, Double.parseDouble(c.get("probability")), 0.95);
        double scale = Math.abs(RFixtures.number(c.get("estimate")));
        AgreesWithRSurveyTest.close("estimate", e.estimate(), RFixtures.number(c.get("estimate")), scale);
        AgreesWithRSurveyTest.close("se", e.se(), RFixtures.number(c.get("se")), scale);
        AgreesWithRSurveyTest.close("ci_low", e.ciLow(), RFixtures.number(c.get("ci_low")), scale);
        AgreesWithRSurveyTest.close("ci_high", e.ciHigh(), RFixtures.number(c.get("ci_high")), scale);
        assertThat(e.n()).as("n").isEqualTo(Long.parseLong(c.get("n")));
        assertThat(e.degreesOfFreedom()).as("df").isEqualTo(RFixtures.number(c.get("df")));
    }

    static SurveyDesign design(Map<String, String> c) {
        return c.get("reptype").isEmpty() ? AgreesWithRSurveyTest.design(c) : ReplicateDesignsAgreeWithRTest.design(c);
    }

    @Test
    void aQuantileOutsideTheOpenUnitIntervalIsRejected() {
        SurveyDesign design = SurveyDesign.builder(new double[] {1, 1, 1}).build();
        double[] y = {1, 2, 3};
        assertThatThrownBy(() -> Estimators.quantile(design, y, null, 1.0, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> Estimators.quantile(design, y, null, 0.0, 0.95))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMedianOfEquallyWeightedValuesIsTheLowerMiddleWhereHalfTheWeightIsReached() {
        // weights 1, total 4, p W = 2: the cumulative weight reaches exactly 2 at the second value
        SurveyDesign design = SurveyDesign.builder(new double[] {1, 1, 1, 1}).build();
        assertThat(Estimators.quantile(design, new double[] {4, 1, 3, 2}, null, 0.5, 0.95).estimate()).isEqualTo(2);
        // p W = 2.4 lies inside the third value's weight: the third value
        assertThat(Estimators.quantile(design, new double[] {4, 1, 3, 2}, null, 0.6, 0.95).estimate()).isEqualTo(3);
    }

    @Test
    void aRatioWhoseDenominatorTotalIsZeroIsRejectedWithAReason() {
        SurveyDesign design = SurveyDesign.builder(new double[] {1, 2, 3}).build();
        assertThatThrownBy(() -> Estimators.ratio(design, new double[] {1, 2, 3}, new double[] {0, 0, 0}, null, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("denominator has total 0");
    }
}
