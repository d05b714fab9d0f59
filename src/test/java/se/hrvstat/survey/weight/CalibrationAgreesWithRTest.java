package se.hrvstat.survey.weight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.estimate.Estimate;

/**
 * calibrate() (linear, raking, logit, bounded linear, interactions) on R's api data agrees with
 * R's survey package ({@code src/test/r/make-calibration-fixtures.R}): weights to 1e-9
 * relative, estimates and standard errors of svymean / svytotal on the calibrated design to 1e-9.
 */
class CalibrationAgreesWithRTest {
    static final double TOL = 1e-9;

    static Stream<String> calibrateCases() {
        return CalibrationFixtures.cases().stream()
                .filter(c -> List.of("linear", "raking", "logit").contains(c.get("method")))
                .map(c -> c.get("case"));
    }

    static CalibrationResult calibrated(Map<String, String> c) {
        String data = c.get("data");
        double[] w = CalibrationFixtures.column(data, "pw");
        Bounds bounds = Bounds.NONE;
        if (!c.get("bounds").isEmpty()) {
            String[] b = c.get("bounds").split(",");
            bounds = new Bounds(Double.parseDouble(b[0]), Double.parseDouble(b[1]));
        }
        CalibrationFunction f = CalibrationFunction.valueOf(c.get("method").toUpperCase());
        return Calibration.calibrate(w, CalibrationFixtures.sample(data), CalibrationFixtures.margins(c.get("margins")), f,
                bounds, Double.parseDouble(c.get("epsilon")), Integer.parseInt(c.get("maxit")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calibrateCases")
    void calibratedWeightsAgreeWithR(String name) {
        Map<String, String> c = CalibrationFixtures.caseNamed(name);
        double[] weights = calibrated(c).weights();
        if (!c.get("trim").isEmpty()) {
            String[] t = c.get("trim").split(",");
            weights = WeightTrimming.trim(weights, Double.parseDouble(t[0]), Double.parseDouble(t[1]), false);
        }
        assertRelative(weights, CalibrationFixtures.rWeights(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calibrateCases")
    void standardErrorsOnTheCalibratedDesignAgreeWithR(String name) {
        Map<String, String> c = CalibrationFixtures.caseNamed(name);
        CalibrationResult result = calibrated(c);
        double[] weights = result.weights();
        if (!c.get("trim").isEmpty()) {
            String[] t = c.get("trim").split(",");
            weights = WeightTrimming.trim(weights, Double.parseDouble(t[0]), Double.parseDouble(t[1]), false);
        }
        checkEstimates(c, weights, result.residuals());
    }

    static void checkEstimates(Map<String, String> c, double[] weights, CalibrationResiduals residuals) {
        SurveyDesign design = CalibrationFixtures.design(c, weights);
        String data = c.get("data");
        List<Map<String, String>> expected = CalibrationFixtures.rEstimates(c.get("case"));
        assertThat(expected).isNotEmpty();
        for (Map<String, String> e : expected) {
            double[] y = CalibrationFixtures.column(data, e.get("variable"));
            boolean[] domain = null;
            if (!e.get("domain").isEmpty()) {
                String value = e.get("domain").split("=")[1];
                String[] stype = se.hrvstat.survey.testdata.RFixtures.texts(CalibrationFixtures.DIR + data, "stype");
                domain = new boolean[y.length];
                for (int i = 0; i < y.length; i++) {
                    domain[i] = stype[i].equals(value);
                }
            }
            Estimate est = e.get("statistic").equals("mean")
                    ? CalibratedEstimators.mean(design, residuals, y, domain, 0.95)
                    : CalibratedEstimators.total(design, residuals, y, domain, 0.95);
            String what = c.get("case") + " " + e.get("statistic") + " " + e.get("variable") + " " + e.get("domain");
            assertThat(est.estimate()).as(what + " estimate")
                    .isCloseTo(Double.parseDouble(e.get("estimate")), org.assertj.core.data.Percentage.withPercentage(TOL * 100));
            // an estimate that calibration fixes exactly has a standard error of rounding noise only
            double rSe = Double.parseDouble(e.get("se"));
            double floor = 1e-12 * Math.max(1, Math.abs(est.estimate()));
            assertThat(Math.abs(est.se() - rSe)).as(what + " se %s vs R %s", est.se(), rSe)
                    .isLessThanOrEqualTo(TOL * rSe + floor);
            // the second route: the general estimators on SurveyDesign.calibrated(...) give R's figures too
            SurveyDesign calibratedDesign = design.calibrated(weights, residuals::of);
            Estimate general = e.get("statistic").equals("mean")
                    ? se.hrvstat.survey.estimate.Estimators.mean(calibratedDesign, y, domain, 0.95)
                    : se.hrvstat.survey.estimate.Estimators.total(calibratedDesign, y, domain, 0.95);
            assertThat(Math.abs(general.se() - rSe)).as(what + " se via calibrated design %s vs R %s", general.se(), rSe)
                    .isLessThanOrEqualTo(TOL * rSe + floor);
        }
    }

    static void assertRelative(double[] actual, double[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.length; i++) {
            assertThat(Math.abs(actual[i] - expected[i])).as("row %d: %s vs R %s", i + 1, actual[i], expected[i])
                    .isLessThanOrEqualTo(TOL * Math.abs(expected[i]));
        }
    }
}
