package se.hrvstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.hrvstat.indicator.Eval.codes;
import static se.hrvstat.indicator.Eval.eval;

import org.junit.jupiter.api.Test;

class AtLeastTest {

    private static final String TWO_OF_FIVE = "at least 2 of (q04, q05, q06, q07, q08)";

    private static double one(int q04, int q05, int q06, int q07, int q08) {
        return eval(TWO_OF_FIVE, "q04", codes(q04), "q05", codes(q05), "q06", codes(q06),
                "q07", codes(q07), "q08", codes(q08))[0];
    }

    @Test
    void twoTrueIsTrueWhateverTheRest() {
        assertThat(one(1, 1, 9, 9, 9)).isEqualTo(1.0);
        assertThat(one(1, 2, 2, 1, 2)).isEqualTo(1.0);
    }

    @Test
    void oneTrueThreeFalseOneUnknownIsUnknown() {
        // 1 true, 3 false, 1 unknown: k = 2 could still be reached if the unknown were true
        assertThat(one(1, 2, 2, 2, 9)).isNaN();
    }

    @Test
    void noTrueFourFalseOneUnknownIsFalse() {
        // 4 false > n - k = 3: at most 1 could be true
        assertThat(one(2, 2, 2, 2, 9)).isEqualTo(0.0);
    }

    @Test
    void oneTrueFourFalseIsFalse() {
        assertThat(one(1, 2, 2, 2, 2)).isEqualTo(0.0);
    }

    @Test
    void threeFalseAndTwoUnknownIsUnknown() {
        // exactly n - k = 3 false is not more than n - k, so 2 true is still possible
        assertThat(one(2, 2, 2, 9, 8)).isNaN();
    }

    @Test
    void allUnknownIsUnknown() {
        assertThat(one(9, 9, 9, 9, 9)).isNaN();
    }

    @Test
    void atLeastOneOfIsOrAndAtLeastNOfIsAnd() {
        int[] a = codes(1, 1, 1, 2, 2, 2, 9, 9, 9);
        int[] b = codes(1, 2, 9, 1, 2, 9, 1, 2, 9);
        assertThat(eval("at least 1 of (q01, q02)", "q01", a, "q02", b))
                .containsExactly(eval("q01 or q02", "q01", a, "q02", b));
        assertThat(eval("at least 2 of (q01, q02)", "q01", a, "q02", b))
                .containsExactly(eval("q01 and q02", "q01", a, "q02", b));
    }

    @Test
    void theListMayBeWrittenWithoutParenthesesAsInTheSpecification() {
        assertThat(eval("at least 2 of q04, q05, q06", "q04", codes(1), "q05", codes(2), "q06", codes(1)))
                .containsExactly(1.0);
    }

    @Test
    void operandsMayBeExpressions() {
        // at least 2 of (q01 and q02, q03, not q04): T and T = T, q03 = F, not F = T -> 2 true
        assertThat(eval("at least 2 of (q01 and q02, q03, not q04)",
                "q01", codes(1), "q02", codes(1), "q03", codes(2), "q04", codes(2)))
                .containsExactly(1.0);
    }
}
