package se.hrvstat.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static se.hrvstat.sampledata.TruthIndicators.FALSE;
import static se.hrvstat.sampledata.TruthIndicators.TRUE;
import static se.hrvstat.sampledata.TruthIndicators.UNKNOWN;

import org.junit.jupiter.api.Test;

class TruthIndicatorsTest {

    @Test
    void kleeneAndOrFollowTheTruthTables() {
        assertThat(TruthIndicators.and(FALSE, UNKNOWN)).isEqualTo(FALSE);
        assertThat(TruthIndicators.and(TRUE, UNKNOWN)).isEqualTo(UNKNOWN);
        assertThat(TruthIndicators.or(TRUE, UNKNOWN)).isEqualTo(TRUE);
        assertThat(TruthIndicators.or(FALSE, UNKNOWN)).isEqualTo(UNKNOWN);
    }

    @Test
    void atLeastTwoOfFiveIsFalseOnlyWhenMoreThanThreeAreFalse() {
        assertThat(TruthIndicators.atLeast(2, TRUE, TRUE, UNKNOWN, UNKNOWN, UNKNOWN)).isEqualTo(TRUE);
        assertThat(TruthIndicators.atLeast(2, FALSE, FALSE, FALSE, UNKNOWN, UNKNOWN)).isEqualTo(UNKNOWN);
        assertThat(TruthIndicators.atLeast(2, FALSE, FALSE, FALSE, FALSE, UNKNOWN)).isEqualTo(FALSE);
        assertThat(TruthIndicators.atLeast(2, TRUE, FALSE, FALSE, FALSE, UNKNOWN)).isEqualTo(UNKNOWN);
    }

    @Test
    void soughtHelpIsUnknownOutsideTheExposedAndHedersnormerNeedsQ03() {
        int[] q = {1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 1};
        byte[] v = TruthIndicators.evaluate(q);
        int i = TruthIndicators.NAMES.indexOf("sokt_hjalp");
        assertThat(v[i]).isEqualTo(UNKNOWN);
        assertThat(v[TruthIndicators.NAMES.indexOf("hedersnormer")]).isEqualTo(FALSE);
        q[2] = 1;
        q[11] = 1;
        q[14] = 2;
        v = TruthIndicators.evaluate(q);
        assertThat(v[TruthIndicators.NAMES.indexOf("hedersnormer")]).isEqualTo(TRUE);
        assertThat(v[TruthIndicators.NAMES.indexOf("hedersvald")]).isEqualTo(TRUE);
        assertThat(v[i]).isEqualTo(FALSE);
        q[2] = 8;
        assertThat(TruthIndicators.evaluate(q)[TruthIndicators.NAMES.indexOf("hedersnormer")]).isEqualTo(UNKNOWN);
    }
}
