package se.hrvstat.survey.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Weight diagnostics agree with R: {@code quantile(w)}, {@code n sum(w^2) / sum(w)^2}, {@code sum(w)^2 / sum(w^2)}. */
class WeightDiagnosticsTest {

    @Test
    void quartilesKishDesignEffectAndEffectiveSampleSizeAgreeWithR() {
        double[] w = {3, 1.5, 7, 2, 2, 10.25, 4};
        WeightDiagnostics d = WeightDiagnostics.of(w, 4, 1e-8);
        assertThat(new double[] {d.min(), d.lowerQuartile(), d.median(), d.upperQuartile(), d.max()})
                .containsExactly(1.5, 2, 3, 5.5, 10.25);
        assertThat(d.kishDeff()).isCloseTo(1.4972812654473555, within(1e-15));
        assertThat(d.effectiveN()).isCloseTo(4.6751403103334432, within(1e-14));
        assertThat(d.iterations()).isEqualTo(4);
        assertThat(d.n()).isEqualTo(7);
    }

    @Test
    void equalWeightsHaveDesignEffectOneAndFullEffectiveSize() {
        WeightDiagnostics d = WeightDiagnostics.of(new double[] {5, 5, 5, 5}, 0, 0);
        assertThat(d.kishDeff()).isEqualTo(1.0);
        assertThat(d.effectiveN()).isEqualTo(4.0);
    }
}
