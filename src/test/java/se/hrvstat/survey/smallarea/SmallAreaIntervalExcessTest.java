package se.hrvstat.survey.smallarea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * The intervals' finite-population excess of {@link SmallAreaShares#intervalExcess}: (1 − γ_d)²
 * max(0, τ_d − τ̄) on top of sae's MSE, on the municipalities of sample-data (fixture case (c)).
 */
class SmallAreaIntervalExcessTest {
    static final AreaShares SHARES = SmallAreaSharesTest.SHARES;
    static final DesignEffectRule RULE = SmallAreaSharesTest.RULE;
    static final double Z = 1.959963984540054; // qnorm(0.975)

    static double[] constant(double tau) {
        double[] t = new double[SHARES.size()];
        Arrays.fill(t, tau);
        return t;
    }

    @Test
    void theSameOwnVarianceEverywhereChangesNothing() {
        // τ_d = τ̄ for every area: the excess is 0 and the estimates are sae's
        SmallAreaResult plain = SmallAreaShares.estimate(SHARES, RULE, SmallAreaSettings.standard());
        SmallAreaResult same = SmallAreaShares.estimate(SHARES, RULE, SmallAreaSettings.standard(), null, constant(0.002));
        assertThat(same.areas()).isEqualTo(plain.areas());
    }

    @Test
    void anAreaWithoutASampleWhoseOwnVarianceIsAboveTheModelsGetsTheDifferenceInItsInterval() {
        int d = unsampled();
        double[] tau = constant(0.002);
        tau[d] = 0.012; // τ̄ stays 0.002 (every area in the model has 0.002, whatever the weights): excess 0.010
        SmallAreaResult plain = SmallAreaShares.estimate(SHARES, RULE, SmallAreaSettings.standard());
        AreaEstimate e = SmallAreaShares.estimate(SHARES, RULE, SmallAreaSettings.standard(), null, tau).areas().get(d);
        AreaEstimate before = plain.areas().get(d);
        assertThat(e.eblup()).isEqualTo(before.eblup());
        assertThat(e.mse()).isEqualTo(before.mse()); // the published mse stays sae's
        // interval on the model scale: eblup ± z √(mse + 0.010) (no benchmark, so no shift)
        assertThat(Math.asin(Math.sqrt(e.ciHigh()))).isCloseTo(e.eblup() + Z * Math.sqrt(e.mse() + 0.010), within(1e-12));
        assertThat(Math.asin(Math.sqrt(before.ciHigh()))).isCloseTo(before.eblup() + Z * Math.sqrt(before.mse()),
                within(1e-12));
    }

    @Test
    void anAreaInTheModelGetsTheExcessShrunkByOneMinusGammaSquared() {
        SmallAreaResult plain = SmallAreaShares.estimate(SHARES, RULE, SmallAreaSettings.standard());
        int d = 0;
        while (!plain.areas().get(d).inModel() || plain.areas().get(d).method() != AreaMethod.FH) {
            d++; // the first area in the model with the model's estimate (a direct area's interval is its own)
        }
        AreaEstimate before = plain.areas().get(d);
        double[] tau = constant(0.002);
        tau[d] = 0.012;
        // τ̄ = Σ w_i τ_i / Σ w_i with w_i = 1/(σ̂² + ψ_i)²: 0.002 + 0.010 w_d / Σ w
        double s2 = plain.fit().areaVariance();
        double sum = 0;
        for (AreaEstimate a : plain.areas()) {
            if (a.inModel()) {
                sum += 1 / Math.pow(s2 + a.modelVardir(), 2);
            }
        }
        double w = 1 / Math.pow(s2 + before.modelVardir(), 2);
        double absorbed = 0.002 + 0.010 * w / sum;
        double gamma = s2 / (s2 + before.modelVardir());
        double excess = (1 - gamma) * (1 - gamma) * (0.012 - absorbed);
        AreaEstimate e = SmallAreaShares.estimate(SHARES, RULE, SmallAreaSettings.standard(), null, tau).areas().get(d);
        assertThat(Math.asin(Math.sqrt(e.ciHigh()))).isCloseTo(e.eblup() + Z * Math.sqrt(e.mse() + excess),
                within(1e-12));
    }

    static int unsampled() {
        for (int d = 0; d < SHARES.size(); d++) {
            if (SHARES.respondents()[d] == 0) {
                return d;
            }
        }
        throw new AssertionError();
    }
}
