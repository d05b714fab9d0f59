package se.hrvstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Change and weighted least-squares trend against a hand computation (written out below) and
 * R's lm(weights =) (src/test/r/make-trend-fixture.R, output quoted beside each figure).
 */
class TrendTest {
    private static final double[] YEARS = {2020, 2022, 2024};
    private static final double[] P = {0.10, 0.12, 0.15};
    private static final double[] SE = {0.01, 0.01, 0.02};

    /*
     * By hand: w = 1/se^2 = 10000, 10000, 2500; Sum w = 22500.
     * xbar = 2020 + (0*10000 + 2*10000 + 4*2500)/22500 = 2020 + 4/3.
     * x - xbar = -4/3, 2/3, 8/3.
     * Sxx = 10000*16/9 + 10000*4/9 + 2500*64/9 = 360000/9 = 40000.
     * Sxy = Sum w (x - xbar) y (the ybar term vanishes, as Sum w (x - xbar) = 0)
     *     = 10000*(-4/3)*0.10 + 10000*(2/3)*0.12 + 2500*(8/3)*0.15 = -1333.33 + 800 + 1000 = 1400/3.
     * b = (1400/3)/40000 = 0.0116667 per year; se(b) = sqrt(1/40000) = 0.005; z = 7/3;
     * p = 2(1 - Phi(2.3333)) = 0.019631 (R: 0.0196306572572895).
     */
    @Test
    void theTrendIsTheWeightedLeastSquaresSlopeWithKnownVariances() {
        Trend.Result t = Trend.linear(YEARS, P, SE, 0.95);

        assertThat(t.estimate()).isCloseTo(1400.0 / 3 / 40000, within(1e-14)); // R 0.0116666666666685
        assertThat(t.se()).isCloseTo(0.005, within(1e-15));                     // R 0.00500000000000073
        assertThat(t.z()).isCloseTo(7.0 / 3, within(1e-12));                     // R 2.33333333333336
        assertThat(t.pValue()).isCloseTo(0.0196306572572895, within(1e-12));
        assertThat(t.ciLow()).isCloseTo(0.00186684674396678, within(1e-12));
        assertThat(t.ciHigh()).isCloseTo(0.0214664865893702, within(1e-12));
        assertThat(t.significant(0.95)).isTrue();
    }

    /* By hand: d = 0.15 - 0.12 = 0.03, se = sqrt(0.02^2 + 0.01^2) = sqrt(0.0005) = 0.0223607,
     * z = 1.3416, p = 2(1 - Phi(1.3416)) = 0.1797 (R: 0.179712494879). */
    @Test
    void theChangeOfIndependentEstimatesAddsTheVariances() {
        Trend.Result c = Trend.change(0.15, 0.02, 0.12, 0.01, 0.95);

        assertThat(c.estimate()).isCloseTo(0.03, within(1e-15));
        assertThat(c.se()).isCloseTo(Math.sqrt(0.0005), within(1e-15));
        assertThat(c.pValue()).isCloseTo(0.179712494879, within(1e-11));
        assertThat(c.ciLow()).isCloseTo(0.03 - 1.959963984540054 * Math.sqrt(0.0005), within(1e-14));
        assertThat(c.significant(0.95)).isFalse();
    }

    /* Two waves: the slope is the change per year, (0.12 - 0.10)/2 = 0.01, se sqrt(2e-4)/2. */
    @Test
    void withTwoWavesTheTrendIsTheChangePerYear() {
        Trend.Result t = Trend.linear(new double[] {2020, 2022}, new double[] {0.10, 0.12}, new double[] {0.01, 0.01},
                0.95);

        assertThat(t.estimate()).isCloseTo(0.01, within(1e-14));
        assertThat(t.se()).isCloseTo(Math.sqrt(2e-4) / 2, within(1e-15));
    }

    @Test
    void aZeroStandardErrorOrASingleWaveIsRefused() {
        assertThatThrownBy(() -> Trend.linear(YEARS, P, new double[] {0.01, 0, 0.01}, 0.95))
                .hasMessageContaining("must be finite and > 0");
        assertThatThrownBy(() -> Trend.linear(new double[] {2020}, new double[] {0.1}, new double[] {0.01}, 0.95))
                .hasMessageContaining("at least two distinct waves");
    }
}
