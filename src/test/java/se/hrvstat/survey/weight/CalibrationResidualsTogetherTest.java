package se.hrvstat.survey.weight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.hrvstat.survey.design.SurveyDesign;

/**
 * The residuals of several influence vectors made together ({@link CalibrationResiduals#applyEach},
 * four at a time) and the variances of several statistics at once
 * ({@link SurveyDesign#variances(double[][])}) are the one-at-a-time values bit for bit: the
 * published estimates must not change when the work is shared. The one-at-a-time path is the
 * one checked against R (CalibrationAgreesWithRTest, GroupDifferencesAgreeWithRTest); here it
 * is the reference. Seeded random designs: post-strata and a continuous margin (a model matrix
 * of rank 4 with a dependent fifth column), domains that leave most rows at 0, one row of weight 0.
 */
class CalibrationResidualsTogetherTest {

    @ParameterizedTest(name = "{0} vectors")
    @ValueSource(ints = {1, 3, 4, 5, 8, 9})
    void togetherEqualsOneAtATimeBitForBit(int vectors) {
        Random random = new Random(20261206L + vectors);
        int n = 300;
        double[] w0 = new double[n];
        double[] w = new double[n];
        double[][] x = new double[5][n];
        for (int i = 0; i < n; i++) {
            w0[i] = 5 + 20 * random.nextDouble();
            w[i] = i == 17 ? 0 : w0[i] * (0.7 + 0.6 * random.nextDouble());
            int stratum = random.nextInt(3);
            x[stratum][i] = 1;
            x[3][i] = random.nextGaussian();
            x[4][i] = x[0][i] + x[1][i]; // dependent: skipped as R's qr does
        }
        CalibrationResiduals residuals = new CalibrationResiduals(x, w0, w);
        double[][] z = new double[vectors][n];
        for (int k = 0; k < vectors; k++) {
            for (int i = 0; i < n; i++) {
                z[k][i] = random.nextInt(4) == 0 ? random.nextGaussian() : 0.0;
            }
        }
        double[][] copies = new double[vectors][];
        for (int k = 0; k < vectors; k++) {
            copies[k] = z[k].clone();
        }

        double[][] together = residuals.applyEach(z);

        assertThat(residuals.rank()).isEqualTo(4);
        for (int k = 0; k < vectors; k++) {
            assertThat(together[k]).as("vector %d", k).containsExactly(residuals.of(z[k]));
            assertThat(z[k]).as("vector %d is not changed", k).containsExactly(copies[k]);
        }

        String[] school = new String[n];
        String[] stratumOfRow = new String[n];
        for (int i = 0; i < n; i++) {
            school[i] = "s" + i / 10;
            stratumOfRow[i] = "h" + (i / 10) % 4;
        }
        SurveyDesign design = SurveyDesign.builder(w0).strata(stratumOfRow).clusters(school).build()
                .calibrated(w, residuals);
        double[] variances = design.variances(z);
        for (int k = 0; k < vectors; k++) {
            assertThat(variances[k]).as("variance %d", k).isEqualTo(design.variance(z[k], null));
        }
    }
}
