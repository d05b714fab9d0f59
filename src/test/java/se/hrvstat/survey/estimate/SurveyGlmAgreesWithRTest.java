package se.hrvstat.survey.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.testdata.RFixtures;

/**
 * Every model of {@code r-fixtures/glm-cases.csv} (made by {@code src/test/r/make-glm-fixtures.R}:
 * gaussian, quasibinomial and quasipoisson svyglm fits on stratified with FPC, two-stage with
 * FPC, JK1 and bootstrap designs, with a covariate with missing values) reproduced term by term to 1e-9 relative:
 * coefficient, sandwich SE, interval, t-test p, residual df, rows used; the same number of IRLS
 * iterations as R, so both stop at the same point of the same iteration.
 */
class SurveyGlmAgreesWithRTest {
    static Stream<Arguments> models() {
        Map<String, List<Map<String, String>>> byModel = new LinkedHashMap<>();
        for (Map<String, String> r : RFixtures.rows("glm-cases.csv")) {
            byModel.computeIfAbsent(r.get("case") + " " + r.get("family") + " " + r.get("formula"), m -> new ArrayList<>()).add(r);
        }
        return byModel.entrySet().stream().map(e -> Arguments.of(Named.of(e.getKey(), e.getValue())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theFitAgreesWithSvyglm(List<Map<String, String>> terms) {
        Map<String, String> first = terms.get(0);
        String data = first.get("data");
        SurveyDesign design = data.startsWith("rep-")
                ? ReplicateDesignsAgreeWithRTest.designOfCase(first.get("case"))
                : AgreesWithRSurveyTest.design(first);
        String[] sides = first.get("formula").split("~");
        double[] y = RFixtures.numbers(data, sides[0].trim());
        List<double[]> columns = new ArrayList<>();
        for (Map<String, String> t : terms) {
            columns.add(t.get("term").equals("(Intercept)") ? ones(y.length) : RFixtures.numbers(data, t.get("term")));
        }
        SurveyGlm.Fit fit = SurveyGlm.fit(design, y, columns.toArray(double[][]::new),
                GlmFamily.valueOf(first.get("family").toUpperCase(Locale.ROOT)), 0.95);
        assertThat(fit.converged()).isTrue();
        assertThat(fit.iterations()).as("iterations").isEqualTo(Integer.parseInt(first.get("iterations")));
        assertThat(fit.n()).as("n").isEqualTo(Long.parseLong(first.get("n")));
        assertThat(fit.degreesOfFreedom()).as("df").isEqualTo(RFixtures.number(first.get("df")));
        for (int j = 0; j < terms.size(); j++) {
            Map<String, String> t = terms.get(j);
            String term = t.get("term");
            double scale = Math.abs(RFixtures.number(t.get("se")));
            AgreesWithRSurveyTest.close(term + " estimate", fit.coefficients()[j], RFixtures.number(t.get("estimate")), scale);
            AgreesWithRSurveyTest.close(term + " se", fit.se()[j], RFixtures.number(t.get("se")), scale);
            AgreesWithRSurveyTest.close(term + " ci_low", fit.ciLow()[j], RFixtures.number(t.get("ci_low")), scale);
            AgreesWithRSurveyTest.close(term + " ci_high", fit.ciHigh()[j], RFixtures.number(t.get("ci_high")), scale);
            AgreesWithRSurveyTest.close(term + " p", fit.p()[j], RFixtures.number(t.get("p")), 1e-300);
            // R's confint goes through 1 - 2 pnorm(qt(a, df)): equal to the exact ends up to rounding
            assertThat(fit.ciLow()[j]).isCloseTo(RFixtures.number(t.get("ci_low_r")), Offset.offset(1e-7 * scale));
        }
    }

    private static double[] ones(int n) {
        double[] one = new double[n];
        java.util.Arrays.fill(one, 1);
        return one;
    }
}
