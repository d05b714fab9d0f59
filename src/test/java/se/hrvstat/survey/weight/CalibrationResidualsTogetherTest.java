package se.hrvstat.survey.weight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.hrvstat.survey.design.SurveyDesign;

/**
 * The quick paths of {@link CalibrationResiduals} give the plain projection's numbers: the
 * published estimates must not change when the work is made cheaper. The reference is the plain
 * modified Gram–Schmidt projection written out in {@link PlainProjection} (the method's
 * definition, as it was before the quick paths; the class itself is checked against R in CalibrationAgreesWithRTest and
 * GroupDifferencesAgreeWithRTest). Residuals must be equal as numbers (0.0 == -0.0: only the sign
 * of a zero may differ) and the variances made from them equal bit for bit.
 *
 * <p>Seeded random designs: six post-strata (basis vectors zero outside their cell, the sparse
 * path), a continuous column (dense), a dependent column (skipped, as R's qr does), one row of
 * weight 0; influence values that are 0 (and sometimes -0.0) outside a domain, as a domain
 * difference's are.
 */
class CalibrationResidualsTogetherTest {
    private static final int ROWS = 300;

    @ParameterizedTest(name = "{0} vectors")
    @ValueSource(ints = {1, 3, 4, 5, 8, 9})
    void oneAtATimeAndTogetherGiveThePlainProjectionsNumbers(int vectors) {
        Random random = new Random(20261206L + vectors);
        Model model = model(random);
        double[][] z = new double[vectors][];
        for (int k = 0; k < vectors; k++) {
            z[k] = domainInfluence(random);
        }
        double[][] copies = new double[vectors][];
        for (int k = 0; k < vectors; k++) {
            copies[k] = z[k].clone();
        }

        double[][] together = model.residuals.applyEach(z);

        assertThat(model.residuals.rank()).isEqualTo(7);
        for (int k = 0; k < vectors; k++) {
            double[] plain = model.plain(z[k]);
            assertSameNumbers(model.residuals.of(z[k]), plain, "of, vector " + k);
            assertSameNumbers(together[k], plain, "applyEach, vector " + k);
            assertThat(together[k]).as("applyEach is of, bit for bit (CalibrationSeam), vector %d", k)
                    .containsExactly(model.residuals.of(z[k]));
            assertThat(z[k]).as("vector %d is not changed", k).containsExactly(copies[k]);
        }
        SurveyDesign design = model.design();
        SurveyDesign plainDesign = model.plainDesign();
        double[] variances = design.variances(z);
        for (int k = 0; k < vectors; k++) {
            long expected = Double.doubleToRawLongBits(plainDesign.variance(z[k], null));
            assertThat(Double.doubleToRawLongBits(variances[k])).as("variance %d, together", k).isEqualTo(expected);
            assertThat(Double.doubleToRawLongBits(design.variance(z[k], null))).as("variance %d, alone", k)
                    .isEqualTo(expected);
        }
    }

    @Test
    void aVectorWithNaNGoesThePlainWay() {
        Random random = new Random(7);
        Model model = model(random);
        double[][] z = new double[5][];
        for (int k = 0; k < z.length; k++) {
            z[k] = domainInfluence(random);
        }
        z[2][40] = Double.NaN;

        double[][] together = model.residuals.applyEach(z);

        for (int k = 0; k < z.length; k++) {
            assertSameNumbers(together[k], model.plain(z[k]), "vector " + k);
        }
    }

    /** Equal as numbers: == for each element (so 0.0 equals -0.0), NaN where the other is NaN. */
    private static void assertSameNumbers(double[] actual, double[] expected, String what) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            boolean same = actual[i] == expected[i] || Double.isNaN(actual[i]) && Double.isNaN(expected[i]);
            assertThat(same).as("%s, row %d: %s against %s", what, i, actual[i], expected[i]).isTrue();
        }
    }

    private static double[] domainInfluence(Random random) {
        double[] z = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            int pick = random.nextInt(8);
            z[i] = pick < 2 ? random.nextGaussian() : pick == 2 ? -0.0 : 0.0;
        }
        return z;
    }

    private static Model model(Random random) {
        double[] w0 = new double[ROWS];
        double[] w = new double[ROWS];
        double[][] x = new double[8][ROWS];
        for (int i = 0; i < ROWS; i++) {
            w0[i] = 5 + 20 * random.nextDouble();
            w[i] = i == 17 ? 0 : w0[i] * (0.7 + 0.6 * random.nextDouble());
            x[random.nextInt(6)][i] = 1;
            x[6][i] = random.nextGaussian();
            x[7][i] = x[0][i] + x[1][i]; // dependent: skipped as R's qr does
        }
        return new Model(x, w0, w, new CalibrationResiduals(x, w0, w));
    }

    private record Model(double[][] x, double[] w0, double[] w, CalibrationResiduals residuals) {
        SurveyDesign design() {
            return base().calibrated(w, residuals);
        }

        SurveyDesign plainDesign() {
            return base().calibrated(w, this::plain);
        }

        private SurveyDesign base() {
            String[] school = new String[ROWS];
            String[] stratum = new String[ROWS];
            for (int i = 0; i < ROWS; i++) {
                school[i] = "s" + i / 10;
                stratum[i] = "h" + (i / 10) % 4;
            }
            return SurveyDesign.builder(w0).strata(stratum).clusters(school).build();
        }

        /** The plain projection ({@link PlainProjection}) of z. */
        double[] plain(double[] z) {
            return new PlainProjection(x, w0, w).residuals(z);
        }
    }
}
