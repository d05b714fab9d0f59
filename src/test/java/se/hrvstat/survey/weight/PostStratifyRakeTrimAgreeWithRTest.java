package se.hrvstat.survey.weight;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * postStratify, rake and trimWeights on R's api data agree with R's survey package
 * ({@code src/test/r/make-calibration-fixtures.R}): weights to 1e-9 relative; estimates and
 * standard errors on post-stratified designs to 1e-9.
 */
class PostStratifyRakeTrimAgreeWithRTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"strat-poststratify", "clus1-poststratify"})
    void postStratifiedWeightsAndStandardErrorsAgreeWithR(String name) {
        Map<String, String> c = CalibrationFixtures.caseNamed(name);
        double[] w = CalibrationFixtures.column(c.get("data"), "pw");
        CalibrationResult r = PostStratification.of(w, CalibrationFixtures.sample(c.get("data")),
                CalibrationFixtures.margins(c.get("margins")).get(0));
        CalibrationAgreesWithRTest.assertRelative(r.weights(), CalibrationFixtures.rWeights(name));
        CalibrationAgreesWithRTest.checkEstimates(c, r.weights(), r.residuals());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"clus1-rake", "strat-rake"})
    void rakedWeightsAgreeWithR(String name) {
        Map<String, String> c = CalibrationFixtures.caseNamed(name);
        double[] w = CalibrationFixtures.column(c.get("data"), "pw");
        Raking.Outcome o = Raking.rake(w, CalibrationFixtures.sample(c.get("data")),
                CalibrationFixtures.margins(c.get("margins")), Raking.DEFAULT_EPSILON, Raking.DEFAULT_MAXIT);
        CalibrationAgreesWithRTest.assertRelative(o.result().weights(), CalibrationFixtures.rWeights(name));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"strat-trim", "strat-trim-strict"})
    void trimmedWeightsAgreeWithR(String name) {
        Map<String, String> c = CalibrationFixtures.caseNamed(name);
        double[] w = CalibrationFixtures.column(c.get("data"), "pw");
        String[] t = c.get("trim").split(",");
        double[] trimmed = WeightTrimming.trim(w, Double.parseDouble(t[0]), Double.parseDouble(t[1]),
                Boolean.parseBoolean(c.get("strict").toLowerCase()));
        CalibrationAgreesWithRTest.assertRelative(trimmed, CalibrationFixtures.rWeights(name));
    }
}
