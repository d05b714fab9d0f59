package se.hrvstat.survey.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class ExactPoissonIntervalTest {

    /**
     * 95 % exact (Garwood) limits for counts 0..10. Made with R 4.x:
     * {@code x <- 0:10; t(sapply(x, function(k) poisson.test(k)$conf.int))}, printed with 12
     * digits. Rounded to three decimals they are the limits as commonly tabulated: e.g. 0 → (0, 3.689)
     * (epitools' pois.exact documentation), 10 → (4.795, 18.390).
     */
    private static final double[][] R_POISSON_TEST = {
            {0, 0.0000000000000, 3.68887945411},
            {1, 0.0253178079843, 5.57164339094},
            {2, 0.2422092785440, 7.22468766772},
            {3, 0.6186721228956, 8.76727306974},
            {4, 1.0898653736263, 10.24158867540},
            {5, 1.6234863901184, 11.66833207932},
            {6, 2.2018942534909, 13.05947402252},
            {7, 2.8143630515199, 14.42267536170},
            {8, 3.4538321767485, 15.76318922019},
            {9, 4.1153730973783, 17.08480345142},
            {10, 4.7953886961324, 18.39035604202}};

    @Test
    void limitsForCountsZeroToTenAgreeWithRsPoissonTest() {
        for (double[] row : R_POISSON_TEST) {
            double[] ci = ExactPoissonInterval.count((long) row[0], 0.95);
            assertThat(ci[0]).as("lower for " + row[0]).isCloseTo(row[1], offset(1e-9));
            assertThat(ci[1]).as("upper for " + row[0]).isCloseTo(row[2], offset(1e-9));
        }
    }

    @Test
    void theLimitsSolveTheDefiningTailEquations() {
        // independent of the chi-square route: P(X >= x | lower) = 0.025 and P(X <= x | upper) = 0.025,
        // with the Poisson probabilities summed term by term
        for (int x = 0; x <= 30; x++) {
            double[] ci = ExactPoissonInterval.count(x, 0.95);
            assertThat(poissonCdf(x, ci[1])).as("upper tail at " + x).isCloseTo(0.025, offset(1e-10));
            if (x > 0) {
                assertThat(1 - poissonCdf(x - 1, ci[0])).as("lower tail at " + x).isCloseTo(0.025, offset(1e-10));
            }
        }
    }

    @Test
    void zeroHasTheClosedFormUpperLimit() {
        // P(X = 0 | u) = exp(-u) = 0.025, so u = -ln 0.025 = ln 40
        assertThat(ExactPoissonInterval.count(0, 0.95)[1]).isCloseTo(Math.log(40), offset(1e-12));
    }

    @Test
    void aRateScalesTheCountLimitsByThePopulation() {
        // 7 persons among 35 000 inhabitants: 2.0 per 10 000, limits from the table above
        double[] rate = ExactPoissonInterval.rate(7, 35_000, 10_000, 0.95);
        assertThat(rate[0]).isCloseTo(2.8143630515199 / 3.5, offset(1e-9));
        assertThat(rate[1]).isCloseTo(14.42267536170 / 3.5, offset(1e-9));
    }

    private static double poissonCdf(int x, double mean) {
        double term = Math.exp(-mean);
        double sum = term;
        for (int k = 1; k <= x; k++) {
            term *= mean / k;
            sum += term;
        }
        return sum;
    }
}
