package se.hrvstat.survey.smallarea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules of {@link SmallAreaShares} on the municipalities of sample-data (fixture case (c)). */
class SmallAreaSharesTest {

    static final AreaShares SHARES = SmallAreaSharesAgreesWithRTest.input();
    static final DesignEffectRule RULE = SmallAreaSharesAgreesWithRTest.rule();

    static AreaShares withDirect(AreaShares in, int area, int respondents, double direct) {
        return withDirect(in, area, respondents, Math.max(1, in.sampledSchools()[area]), direct);
    }

    static AreaShares withDirect(AreaShares in, int area, int respondents, int sampledSchools, double direct) {
        int[] n = in.respondents().clone();
        int[] schools = in.sampledSchools().clone();
        double[] p = in.direct().clone();
        n[area] = respondents;
        schools[area] = sampledSchools;
        p[area] = direct;
        return new AreaShares(in.area(), n, schools, in.coveredShare(), p, in.directSe(), in.covariateNames(),
                in.covariates());
    }

    static int firstSampled(AreaShares in) {
        for (int d = 0; d < in.size(); d++) {
            if (in.respondents()[d] > 0) {
                return d;
            }
        }
        throw new AssertionError();
    }

    @Test
    void everyEstimateAndIntervalIsAShareAndTheEstimateLiesInItsInterval() {
        for (AreaEstimate e : SmallAreaShares.estimate(SHARES, RULE, SmallAreaSettings.standard()).areas()) {
            assertThat(e.ciLow()).as(e.area()).isBetween(0.0, e.estimate());
            assertThat(e.ciHigh()).as(e.area()).isBetween(e.estimate(), 1.0);
            assertThat(e.mse()).as(e.area()).isPositive();
        }
    }

    @Test
    void anAreaWhereEveryoneAnsweredNoEntersTheModelWithAPositiveVariance() {
        int d = firstSampled(SHARES);
        AreaEstimate e = SmallAreaShares.estimate(withDirect(SHARES, d, 30, 0.0), RULE, SmallAreaSettings.standard())
                .areas().get(d);

        assertThat(e.inModel()).isTrue();
        assertThat(e.modelY()).isZero();
        assertThat(e.modelVardir()).isPositive();
        assertThat(e.estimate()).isPositive(); // borrowed strength: not the direct 0
        assertThat(e.method()).isEqualTo(AreaMethod.FH);
    }

    @Test
    void anAreaUnderTheMinimumRespondentsGetsTheSyntheticEstimateAndShowsNoDirectEstimate() {
        int d = firstSampled(SHARES);
        AreaShares in = withDirect(SHARES, d, 5, 0.4);
        SmallAreaResult all = SmallAreaShares.estimate(in, RULE, SmallAreaSettings.standard());
        SmallAreaResult ten = SmallAreaShares.estimate(in, RULE, SmallAreaSettings.standard().withMinimumRespondents(10));

        assertThat(all.areas().get(d).inModel()).isTrue();
        AreaEstimate e = ten.areas().get(d);
        assertThat(e.inModel()).isFalse();
        assertThat(e.direct()).isNaN();
        assertThat(e.modelY()).isNaN();
        assertThat(e.respondents()).isEqualTo(5);
        double[] x = {1, in.covariates()[0][d], in.covariates()[1][d]};
        assertThat(e.eblup()).isEqualTo(ten.fit().synthetic(x).estimate());
        assertThat(ten.areasInModel()).isLessThan(all.areasInModel());
    }

    @Test
    void anAreaWhoseDirectEstimateCouldBePublishedOnItsOwnKeepsIt() {
        int d = firstSampled(SHARES);
        // 2 000 respondents in 100 schools: deff = 1 + 19 rho (1 - f), RSE about 0.06 at p = 0.1
        AreaEstimate e = SmallAreaShares.estimate(withDirect(SHARES, d, 2_000, 100, 0.1), RULE,
                SmallAreaSettings.standard()).areas().get(d);

        double rse = Math.sin(2 * e.modelY()) * Math.sqrt(e.modelVardir()) / 0.1;
        assertThat(rse).isLessThan(0.30);
        assertThat(e.method()).isEqualTo(AreaMethod.DIRECT);
        assertThat(e.estimate()).isEqualTo(0.1);
        assertThat(e.ciLow()).isEqualTo(ArcsineSquareRoot.backTransform(e.modelY() - 1.959963984540054 * Math.sqrt(e.modelVardir())));
        assertThat(e.ciHigh()).isGreaterThan(0.1);
    }

    @Test
    void anAreaUnderTheDirectRulesMinimumOrOverItsRseIsModelBased() {
        int d = firstSampled(SHARES);
        // the same precision but 99 respondents: under the minimum of 100
        assertThat(SmallAreaShares.estimate(withDirect(SHARES, d, 99, 99, 0.5), RULE, SmallAreaSettings.standard())
                .areas().get(d).method()).isEqualTo(AreaMethod.FH);
        // 2 000 respondents but a rare share: RSE = 2 sqrt(p(1-p)) sqrt(psi) / p > 0.30
        assertThat(SmallAreaShares.estimate(withDirect(SHARES, d, 2_000, 100, 0.005), RULE,
                SmallAreaSettings.standard()).areas().get(d).method()).isEqualTo(AreaMethod.FH);
        // the rule switched off
        assertThat(SmallAreaShares.estimate(withDirect(SHARES, d, 2_000, 100, 0.1), RULE,
                SmallAreaSettings.standard().withDirectRule(100, 0)).areas().get(d).method()).isEqualTo(AreaMethod.FH);
    }

    @Test
    void benchmarkingMakesTheWeightedMeanOfTheAreasEqualTheAggregate() {
        double[] w = new double[SHARES.size()];
        Arrays.fill(w, 1.0);
        SmallAreaResult r = SmallAreaShares.estimate(SHARES, RULE, SmallAreaSettings.standard(),
                new AggregateBenchmark(0.12, w));
        double mean = r.areas().stream().mapToDouble(AreaEstimate::estimate).average().orElseThrow();

        assertThat(mean).isCloseTo(0.12, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.benchmarkShift()).isPositive();
    }

    @Test
    void aBenchmarkOutOfReachOrWithWrongWeightsIsRejected() {
        double[] w = new double[SHARES.size()];
        Arrays.fill(w, 1.0);
        assertThatThrownBy(() -> SmallAreaShares.estimate(SHARES, RULE, SmallAreaSettings.standard(),
                new AggregateBenchmark(1.0, w))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmallAreaShares.estimate(SHARES, RULE, SmallAreaSettings.standard(),
                new AggregateBenchmark(0.1, new double[3]))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inconsistentInputIsRejectedNamingTheArea() {
        String[] twice = SHARES.area().clone();
        twice[1] = twice[0];
        assertThatThrownBy(() -> new AreaShares(twice, SHARES.respondents(), SHARES.sampledSchools(),
                SHARES.coveredShare(), SHARES.direct(), SHARES.directSe(), SHARES.covariateNames(), SHARES.covariates()))
                .hasMessageContaining("appears twice");
        int d = firstSampled(SHARES);
        assertThatThrownBy(() -> withDirect(SHARES, d, 10, 1.5)).hasMessageContaining(SHARES.area()[d]);
        int[] noSchools = SHARES.sampledSchools().clone();
        noSchools[d] = 0;
        assertThatThrownBy(() -> new AreaShares(SHARES.area(), SHARES.respondents(), noSchools, SHARES.coveredShare(),
                SHARES.direct(), SHARES.directSe(), SHARES.covariateNames(), SHARES.covariates()))
                .hasMessageContaining("no sampled school");
        assertThatThrownBy(() -> new AreaShares(SHARES.area(), SHARES.respondents(), SHARES.sampledSchools(),
                SHARES.coveredShare(), SHARES.direct(), SHARES.directSe(), List.of("one"), SHARES.covariates()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
