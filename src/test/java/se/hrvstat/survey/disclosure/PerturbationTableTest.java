package se.hrvstat.survey.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The perturbation table of the Cell Key Method. R's ptable is not installed here, so the fixtures
 * are hand computations of the documented maximum-entropy construction, written beside each test.
 */
class PerturbationTableTest {
    private static final PerturbationTable D2_V1 = PerturbationTable.maximumEntropy(2, 1.0);
    private static final PerturbationTable D3_V2 = PerturbationTable.maximumEntropy(3, 2.0);

    @Test
    void withMaximumDeviationOneTheSymmetricRowIsHalfTheVarianceOnEachSide() {
        // D = 1: support -1, 0, 1; mean 0 and variance V force p(-1) = p(1) = V/2, p(0) = 1 - V
        PerturbationTable t = PerturbationTable.maximumEntropy(1, 0.4);

        assertThat(t.probability(2, -1)).isCloseTo(0.2, within(1e-12));
        assertThat(t.probability(2, 0)).isCloseTo(0.6, within(1e-12));
        assertThat(t.probability(2, 1)).isCloseTo(0.2, within(1e-12));
        assertThat(t.probability(57, 1)).as("larger counts use the last row").isCloseTo(0.2, within(1e-12));
    }

    @Test
    void theSymmetricRowOfDTwoVOneIsTheMaximumEntropyDistribution() {
        // p(d) = exp(b d^2) / Z on -2..2 with variance (2 e^b + 8 e^4b) / Z = 1, Z = 1 + 2 e^b + 2 e^4b;
        // bisection on b by hand (Python, 200 halvings): b = -0.44793986730701396,
        // p(0) = 0.3829628202386831, p(+-1) = 0.24469145317421134, p(+-2) = 0.06382713670644713
        assertThat(D2_V1.probability(3, 0)).isCloseTo(0.3829628202386831, within(1e-10));
        assertThat(D2_V1.probability(3, 1)).isCloseTo(0.24469145317421134, within(1e-10));
        assertThat(D2_V1.probability(3, -1)).isCloseTo(0.24469145317421134, within(1e-10));
        assertThat(D2_V1.probability(3, 2)).isCloseTo(0.06382713670644713, within(1e-10));
        assertThat(D2_V1.probability(3, -2)).isCloseTo(0.06382713670644713, within(1e-10));
    }

    @Test
    void everyRowSumsToOneIsUnbiasedAndStaysWithinTheMaximumDeviation() {
        for (PerturbationTable t : new PerturbationTable[] {D2_V1, D3_V2}) {
            int d = t.maxDeviation();
            for (int i = 0; i < t.rows() + 3; i++) {
                double sum = 0;
                double mean = 0;
                for (int dev = -d - 2; dev <= d + 2; dev++) {
                    double p = t.probability(i, dev);
                    assertThat(p).isGreaterThanOrEqualTo(0.0);
                    if (Math.abs(dev) > d) {
                        assertThat(p).as("|deviation| <= D").isZero();
                    }
                    sum += p;
                    mean += p * dev;
                }
                assertThat(sum).as("row %d of D=%d", i, d).isCloseTo(1.0, within(1e-12));
                assertThat(mean).as("mean deviation of row %d", i).isCloseTo(0.0, within(1e-12));
            }
        }
    }

    @Test
    void rowsAwayFromZeroHaveTheVarianceV() {
        // rows i >= D + 1 are not cut by the bound "stays positive"
        for (long i : new long[] {4, 5, 100}) {
            assertThat(variance(D3_V2, i)).isCloseTo(2.0, within(1e-12));
        }
        assertThat(variance(D2_V1, 3)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void rowsNearZeroAreCutAtOneAndGetAtMostHalfTheirLargestVariance() {
        // D = 3, V = 2, i = 2: support 1..5, deviations -1..3; largest unbiased variance 1 * 3 = 3, half 1.5 < 2
        assertThat(variance(D3_V2, 2)).isCloseTo(1.5, within(1e-12));
        assertThat(D3_V2.probability(2, -2)).as("2 never becomes 0").isZero();
        // i = 3: deviations -2..3, largest 2 * 3 = 6, half 3 > 2: V
        assertThat(variance(D3_V2, 3)).isCloseTo(2.0, within(1e-12));
        // i = 1: only deviations >= 0 keep it positive, so unbiased means unchanged
        assertThat(D3_V2.probability(1, 0)).isEqualTo(1.0);
    }

    @Test
    void theLogProbabilitiesOfARowAreQuadraticInTheDeviationAsMaximumEntropyRequires() {
        // maximum entropy under mean and variance constraints: p(d) = exp(c + a d + b d^2), so third
        // differences of log p vanish (D = 3, row 3: deviations -2..3)
        double[] lp = new double[6];
        for (int dev = -2; dev <= 3; dev++) {
            lp[dev + 2] = Math.log(D3_V2.probability(3, dev));
        }
        for (int k = 0; k + 3 < lp.length; k++) {
            double third = lp[k + 3] - 3 * lp[k + 2] + 3 * lp[k + 1] - lp[k];
            assertThat(third).isCloseTo(0.0, within(1e-9));
        }
    }

    @Test
    void zeroIsNeverRemovedNorCreated() {
        for (double key = 0; key < 1; key += 0.001) {
            assertThat(D3_V2.perturb(0, key)).isZero();
            for (long i = 1; i <= 10; i++) {
                assertThat(D3_V2.perturb(i, key)).as("count %d, key %f", i, key).isPositive();
            }
        }
    }

    @Test
    void theKeyPicksTheDeviationWhoseCumulativeIntervalContainsIt() {
        // D = 1, V = 0.4, row 2: [0, 0.2) -> -1, [0.2, 0.8) -> 0, [0.8, 1) -> +1
        PerturbationTable t = PerturbationTable.maximumEntropy(1, 0.4);

        assertThat(t.deviation(7, 0.0)).isEqualTo(-1);
        assertThat(t.deviation(7, 0.1999)).isEqualTo(-1);
        assertThat(t.deviation(7, 0.2001)).isEqualTo(0);
        assertThat(t.deviation(7, 0.7999)).isEqualTo(0);
        assertThat(t.deviation(7, 0.8001)).isEqualTo(1);
        assertThat(t.deviation(7, 0.9999999)).isEqualTo(1);
    }

    @Test
    void aVarianceOfDSquaredOrMoreIsRefused() {
        assertThatThrownBy(() -> PerturbationTable.maximumEntropy(2, 4.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PerturbationTable.maximumEntropy(0, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double variance(PerturbationTable t, long i) {
        double v = 0;
        for (int dev = -t.maxDeviation(); dev <= t.maxDeviation(); dev++) {
            v += t.probability(i, dev) * dev * dev;
        }
        return v;
    }
}
