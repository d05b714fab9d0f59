package se.hrvstat.survey.smallarea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Properties of {@link FayHerriot} beyond the agreement with sae (FayHerriotAgreesWithSaeTest). */
class FayHerriotTest {

    static final FayHerriotAgreesWithSaeTest.Case MILK = FayHerriotAgreesWithSaeTest.read("milk");

    @Test
    void theEblupLiesBetweenTheDirectEstimateAndTheRegressionWithTheShrinkageAsWeight() {
        FayHerriotFit fit = FayHerriot.fitReml(MILK.y(), MILK.vardir(), MILK.x());
        for (int d = 0; d < MILK.y().length; d++) {
            double synthetic = 0;
            for (int j = 0; j < fit.beta().length; j++) {
                synthetic += MILK.x()[j][d] * fit.beta()[j];
            }
            double b = fit.shrinkage()[d];
            assertThat(fit.eblup()[d]).isCloseTo(b * synthetic + (1 - b) * MILK.y()[d], within(1e-14));
            assertThat(fit.mse()[d]).isLessThan(MILK.vardir()[d] + fit.mseComponents().g2()[d]
                    + 2 * fit.mseComponents().g3()[d]);
        }
    }

    @Test
    void theSyntheticEstimateCarriesTheWholeAreaVarianceAndTheUncertaintyOfBeta() {
        FayHerriotFit fit = FayHerriot.fitReml(MILK.y(), MILK.vardir(), MILK.x());
        double[] x = {1, 0, 1, 0}; // major area 3
        FayHerriotFit.SyntheticPrediction s = fit.synthetic(x);

        assertThat(s.estimate()).isCloseTo(fit.beta()[0] + fit.beta()[2], within(1e-15));
        double[][] v = fit.betaCovariance();
        assertThat(s.mse()).isCloseTo(v[0][0] + 2 * v[0][2] + v[2][2] + fit.areaVariance(), within(1e-15));
    }

    @Test
    void bisectionFindsTheRemlPointSaesFisherScoringStopsNear() {
        FayHerriotFit sae = FayHerriot.fitReml(MILK.y(), MILK.vardir(), MILK.x());
        FayHerriotFit bisection = FayHerriot.fitRemlByBisection(MILK.y(), MILK.vardir(), MILK.x());
        // sae stops when a step changes the estimate by less than 1e-4 relative; Fisher scoring's
        // steps shrink geometrically, so the remaining distance to the root is below that
        assertThat(Math.abs(bisection.areaVariance() / sae.areaVariance() - 1)).isLessThan(1e-4);
        // with sae's stopping rule made strict, the two meet
        FayHerriotFit strict = FayHerriot.fitReml(MILK.y(), MILK.vardir(), MILK.x(), 100, 1e-13);
        assertThat(strict.areaVariance()).isCloseTo(bisection.areaVariance(), within(1e-15));
    }

    @Test
    void theMedianIsRsMedian() {
        assertThat(FayHerriot.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(FayHerriot.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void aZeroSamplingVarianceCannotEnterTheModel() {
        double[] vardir = MILK.vardir().clone();
        vardir[3] = 0;
        assertThatThrownBy(() -> FayHerriot.fitReml(MILK.y(), vardir, MILK.x()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("area 3");
    }

    @Test
    void collinearCovariatesAndTooFewAreasAreRejected() {
        double[][] x = {MILK.x()[0], MILK.x()[1], MILK.x()[1]};
        assertThatThrownBy(() -> FayHerriot.fitReml(MILK.y(), MILK.vardir(), x))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("collinear");
        assertThatThrownBy(() -> FayHerriot.fitReml(new double[] {1, 2}, new double[] {1, 1},
                new double[][] {{1, 1}, {0, 1}})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theInterceptColumnComesFirst() {
        double[][] x = FayHerriot.withIntercept(new double[][] {{5, 6}});
        assertThat(x[0]).containsExactly(1, 1);
        assertThat(x[1]).containsExactly(5, 6);
    }

    @Test
    void twoAreasCannotFitAnInterceptASlopeAndTheAreaVariance() {
        // m = 2 areas, p = 2 coefficients: REML needs m >= p + 1 (one degree of freedom for sigma2_v)
        double[][] x = FayHerriot.withIntercept(new double[][] {{0.1, 0.3}});
        assertThatThrownBy(() -> FayHerriot.fitReml(new double[] {0.2, 0.4}, new double[] {0.01, 0.02}, x))
                .isInstanceOf(TooFewAreas.class).hasMessage("2 areas cannot fit 2 coefficients and σ²_v");
    }
}
