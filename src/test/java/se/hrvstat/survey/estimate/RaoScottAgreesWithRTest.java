package se.hrvstat.survey.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
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
 * Every row of {@code r-fixtures/chisq-cases.csv} (made by {@code src/test/r/make-chisq-fixtures.R}:
 * svychisq's Rao–Scott F on stratified with FPC, one-stage cluster, two-stage with FPC, JK1 and
 * bootstrap designs,
 * 2x2 and 3x2 tables, one with missing values) reproduced to 1e-9 relative.
 */
class RaoScottAgreesWithRTest {
    static Stream<Arguments> cases() {
        return RFixtures.rows("chisq-cases.csv").stream()
                .map(r -> Arguments.of(Named.of(r.get("case") + " " + r.get("a") + "+" + r.get("b"), r)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRaoScottFAgreesWithSvychisq(Map<String, String> c) {
        SurveyDesign design = c.get("data").startsWith("rep-")
                ? ReplicateDesignsAgreeWithRTest.designOfCase(c.get("case"))
                : AgreesWithRSurveyTest.design(c);
        RaoScottTest test = RaoScottTest.of(design, column(c, "a"), column(c, "b"));
        AgreesWithRSurveyTest.close("pearson", test.pearson(), RFixtures.number(c.get("pearson")), 1);
        AgreesWithRSurveyTest.close("F", test.f(), RFixtures.number(c.get("f")), 1);
        AgreesWithRSurveyTest.close("ndf", test.numeratorDf(), RFixtures.number(c.get("ndf")), 1);
        AgreesWithRSurveyTest.close("ddf", test.denominatorDf(), RFixtures.number(c.get("ddf")), 1);
        AgreesWithRSurveyTest.close("p", test.p(), RFixtures.number(c.get("p")), 1e-300);
    }

    private static String[] column(Map<String, String> c, String which) {
        return Arrays.stream(RFixtures.texts(c.get("data"), c.get(which)))
                .map(s -> s == null || s.isEmpty() || s.equals("NA") ? null : s).toArray(String[]::new);
    }

    @Test
    void aVariableWithOneLevelIsRefused() {
        SurveyDesign design = SurveyDesign.builder(new double[] {1, 1, 1, 1}).build();
        assertThatThrownBy(() -> RaoScottTest.of(design, new String[] {"a", "a", "a", "a"}, new String[] {"x", "y", "x", "y"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two levels");
    }

    @Test
    void theUpperTailOfFIsOneAtZero() {
        assertThat(RaoScottTest.upperF(0, 2, 10)).isEqualTo(1);
    }
}
