package se.hrvstat.survey.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.hrvstat.survey.testdata.RFixtures;

/**
 * The partial sex_grade margin of EXCHANGE.md 1.3 applied as shares: agrees with R's
 * {@code calibrate} on the equivalent constraint columns, and calibrates the split within each
 * grade while respondents with another answer count on the other margins only.
 */
class ShareMarginTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"strat-shares-raking", "strat-shares-linear"})
    void shareCalibrationAgreesWithR(String name) {
        Map<String, String> c = CalibrationFixtures.caseNamed(name);
        Map<String, String[]> sample = new HashMap<>(CalibrationFixtures.sample("apistrat"));
        sample.put("awards", RFixtures.texts(CalibrationFixtures.DIR + "apistrat-sexlike", "sexlike"));
        Map<String, Margin> margins = CalibrationFixtures.margins();
        CalibrationModel model = CalibrationModel.of(sample, List.of(margins.get("stype")))
                .with(ShareMargin.constraints(margins.get("stype_awards"), "awards", sample));
        CalibrationFunction f = name.endsWith("raking") ? CalibrationFunction.RAKING : CalibrationFunction.LINEAR;
        CalibrationResult r = Calibration.calibrate(CalibrationFixtures.column("apistrat", "pw"), model, f, Bounds.NONE,
                Calibration.DEFAULT_EPSILON, Calibration.DEFAULT_MAXIT);
        CalibrationAgreesWithRTest.assertRelative(r.weights(), CalibrationFixtures.rWeights(name));
        CalibrationAgreesWithRTest.checkEstimates(c, r.weights(), r.residuals());
    }

    @Test
    void theSplitWithinEachGradeIsTheRegistersAndOtherAnswersCountOnTheOtherMarginsOnly() {
        Random random = new Random(42);
        int n = 600;
        String[] lan = new String[n];
        String[] grade = new String[n];
        String[] sex = new String[n];
        double[] w = new double[n];
        String[] answers = {"1", "2", "1", "2", "1", "2", "3", "9"};
        for (int i = 0; i < n; i++) {
            lan[i] = i % 3 == 0 ? "01" : i % 3 == 1 ? "12" : "14";
            grade[i] = (i / 3) % 2 == 0 ? "9" : "11";
            sex[i] = answers[random.nextInt(answers.length)];
            w[i] = 10 + 40 * random.nextDouble();
        }
        Map<String, String[]> sample = Map.of("lanskod", lan, "grade", grade, "sex", sex);
        Margin lanGrade = Margin.of("lan_grade", "lanskod", "grade").cell(3000, "01", "9").cell(2900, "01", "11")
                .cell(1500, "12", "9").cell(1450, "12", "11").cell(800, "14", "9").cell(820, "14", "11").build();
        // register counts need not add up to the grade totals: only their split is used
        Margin sexGrade = Margin.of("sex_grade", "sex", "grade").cell(2600, "1", "9").cell(2700, "2", "9")
                .cell(2500, "1", "11").cell(2400, "2", "11").build();
        CalibrationModel model = CalibrationModel.of(sample, List.of(lanGrade))
                .with(ShareMargin.constraints(sexGrade, "sex", sample));
        CalibrationResult r = Calibration.calibrate(w, model, CalibrationFunction.RAKING, Bounds.NONE, 1e-10, 50);
        for (String g : List.of("9", "11")) {
            double girls = 0;
            double boys = 0;
            for (int i = 0; i < n; i++) {
                if (grade[i].equals(g) && sex[i].equals("1")) {
                    girls += r.weights()[i];
                } else if (grade[i].equals(g) && sex[i].equals("2")) {
                    boys += r.weights()[i];
                }
            }
            double expected = g.equals("9") ? 2600.0 / 5300 : 2500.0 / 4900;
            assertThat(girls / (girls + boys)).as("grade " + g).isCloseTo(expected, within(1e-9));
        }
        double total9 = 0;
        for (int i = 0; i < n; i++) {
            total9 += grade[i].equals("9") ? r.weights()[i] : 0;
        }
        assertThat(total9).isCloseTo(5300, within(1e-6));
    }

    @Test
    void aRegisterCategoryWithoutRespondentsIsAnErrorNamingTheMargin() {
        Map<String, String[]> sample = Map.of("sex", new String[] {"1", "1", "3"}, "grade", new String[] {"9", "9", "9"});
        Margin sexGrade = Margin.of("sex_grade", "sex", "grade").cell(10, "1", "9").cell(12, "2", "9").build();
        assertThatThrownBy(() -> ShareMargin.constraints(sexGrade, "sex", sample))
                .isInstanceOf(CalibrationException.class).hasMessageContaining("margin 'sex_grade'")
                .hasMessageContaining("sex=2").hasMessageContaining("misfit 12.0");
    }
}
