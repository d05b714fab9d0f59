package se.hrvstat.survey.smallarea;

import static org.assertj.core.api.Assertions.assertThat;

/** Relative agreement with R's numbers, and the largest relative difference seen (for the report). */
final class Agreement {
    static final double RELATIVE = 1e-9;

    private static double worst;

    private Agreement() {
    }

    /** |actual − expected| ≤ 1e-9 |expected|; an expected 0 must be exactly 0. */
    static void agrees(String what, double actual, double expected) {
        if (expected == 0) {
            assertThat(actual).as(what).isEqualTo(0.0);
            return;
        }
        double relative = Math.abs(actual - expected) / Math.abs(expected);
        synchronized (Agreement.class) {
            worst = Math.max(worst, relative);
        }
        assertThat(relative).as("%s: %s against R's %s", what, actual, expected).isLessThanOrEqualTo(RELATIVE);
    }

    static void agrees(String what, double[] actual, double[] expected) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            agrees(what + "[" + (i + 1) + "]", actual[i], expected[i]);
        }
    }

    static synchronized double worst() {
        return worst;
    }
}
