package se.hrvstat.survey.smallarea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArcsineSquareRootTest {

    @Test
    void aShareGoesToTheArcAndBack() {
        for (double p : new double[] {0, 0.001, 0.05, 0.5, 0.93, 1}) {
            assertThat(ArcsineSquareRoot.backTransform(ArcsineSquareRoot.transform(p))).isCloseTo(p, within(1e-15));
        }
        assertThat(ArcsineSquareRoot.transform(0.5)).isCloseTo(Math.PI / 4, within(1e-15));
        assertThat(ArcsineSquareRoot.transform(1)).isEqualTo(Math.PI / 2);
    }

    @Test
    void valuesBeyondTheArcAreClampedSoSharesStayInZeroOne() {
        assertThat(ArcsineSquareRoot.backTransform(-0.3)).isZero();
        assertThat(ArcsineSquareRoot.backTransform(2.0)).isEqualTo(1.0);
    }

    @Test
    void theVarianceIsOneOverFourEffectiveObservationsWhateverTheShare() {
        // delta method: p(1-p)/n * (1 / (2 sqrt(p(1-p))))^2 = 1/(4n)
        assertThat(ArcsineSquareRoot.variance(25)).isEqualTo(0.01);
        assertThat(ArcsineSquareRoot.variance(12.5)).isEqualTo(0.02);
        assertThatThrownBy(() -> ArcsineSquareRoot.variance(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShareOutsideZeroOneIsRejected() {
        assertThatThrownBy(() -> ArcsineSquareRoot.transform(1.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArcsineSquareRoot.transform(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The closed form against Simpson's rule for ∫ sin²t φ((t − μ)/σ)/σ dt over μ ± 12σ. */
    @ParameterizedTest
    @CsvSource({"0.2, 0.005", "0.05, 0.01", "1.0, 0.003", "0.7, 0.0", "0.3, 0.05"})
    void theExpectedShareIsTheMeanOfSinSquaredUnderTheNormal(double mu, double variance) {
        double expected;
        if (variance == 0) {
            expected = Math.pow(Math.sin(mu), 2);
        } else {
            double sd = Math.sqrt(variance);
            int steps = 20_000;
            double a = mu - 12 * sd;
            double h = 24 * sd / steps;
            double sum = 0;
            for (int i = 0; i <= steps; i++) {
                double t = a + i * h;
                double f = Math.pow(Math.sin(t), 2) * Math.exp(-0.5 * Math.pow((t - mu) / sd, 2)) / (sd * Math.sqrt(2 * Math.PI));
                sum += (i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2) * f;
            }
            expected = sum * h / 3;
        }
        assertThat(ArcsineSquareRoot.expectedShare(mu, variance)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void theExpectedShareExceedsTheBackTransformedCentreBelowOneHalf() {
        assertThat(ArcsineSquareRoot.expectedShare(0.2, 0.005)).isGreaterThan(ArcsineSquareRoot.backTransform(0.2));
        assertThat(ArcsineSquareRoot.expectedShare(1.2, 0.005)).isLessThan(ArcsineSquareRoot.backTransform(1.2));
    }
}
