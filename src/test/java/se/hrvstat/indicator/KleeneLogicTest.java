package se.hrvstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.hrvstat.indicator.Eval.codes;
import static se.hrvstat.indicator.Eval.eval;

import org.junit.jupiter.api.Test;

class KleeneLogicTest {

    private static final double N = Double.NaN;
    // Nine respondents: every pair of (true, false, unknown) for q01 and q02.
    // 1 = true, 2 = false, 9 = unknown
    private static final int[] A = codes(1, 1, 1, 2, 2, 2, 9, 9, 9);
    private static final int[] B = codes(1, 2, 9, 1, 2, 9, 1, 2, 9);

    @Test
    void andIsFalseWhenEitherIsFalseTrueWhenBothAreTrueAndOtherwiseUnknown() {
        assertThat(eval("q01 and q02", "q01", A, "q02", B))
                //                TT   TF   TU  FT   FF   FU   UT  UF   UU
                .containsExactly(1.0, 0.0, N, 0.0, 0.0, 0.0, N, 0.0, N);
    }

    @Test
    void orIsTrueWhenEitherIsTrueFalseWhenBothAreFalseAndOtherwiseUnknown() {
        assertThat(eval("q01 or q02", "q01", A, "q02", B))
                //                TT   TF   TU   FT   FF   FU  UT   UF  UU
                .containsExactly(1.0, 1.0, 1.0, 1.0, 0.0, N, 1.0, N, N);
    }

    @Test
    void notSwapsTrueAndFalseAndKeepsUnknown() {
        assertThat(eval("not q01", "q01", codes(1, 2, 9, 8, Codes.MISSING)))
                .containsExactly(0.0, 1.0, N, N, N);
    }

    @Test
    void codesEightNineAndEmptyAreAllUnknown() {
        assertThat(eval("q01", "q01", codes(1, 2, 8, 9, Codes.MISSING)))
                .containsExactly(1.0, 0.0, N, N, N);
    }

    @Test
    void notBindsTighterThanAndWhichBindsTighterThanOr() {
        // q01 or q02 and not q03  ==  q01 or (q02 and (not q03))
        // row 1: F or (T and not T = F) = F;  row 2: F or (T and not F = T) = T; row 3: T or ... = T
        assertThat(eval("q01 or q02 and not q03",
                "q01", codes(2, 2, 1), "q02", codes(1, 1, 2), "q03", codes(1, 2, 1)))
                .containsExactly(0.0, 1.0, 1.0);
    }

    @Test
    void parenthesesOverridePrecedence() {
        // (q01 or q02) and q03 with q01 = T, q02 = F, q03 = F: (T) and F = F, unlike q01 or (q02 and q03) = T
        assertThat(eval("(q01 or q02) and q03", "q01", codes(1), "q02", codes(2), "q03", codes(2)))
                .containsExactly(0.0);
        assertThat(eval("q01 or q02 and q03", "q01", codes(1), "q02", codes(2), "q03", codes(2)))
                .containsExactly(1.0);
    }

    @Test
    void aComparisonWithAMissingCodeIsUnknown() {
        // sex: 1 girl, 2 boy, 3 other, 9 missing, empty missing
        assertThat(eval("sex = 1", "sex", codes(1, 2, 3, 9, Codes.MISSING)))
                .containsExactly(1.0, 0.0, 0.0, N, N);
        // item q05: 1, 2, 8 (missing), 9 (missing)
        assertThat(eval("q05 != 2", "q05", codes(1, 2, 8, 9))).containsExactly(1.0, 0.0, N, N);
    }

    @Test
    void gradeNineIsARealGradeNotAMissingCode() {
        assertThat(eval("grade in (9, 11)", "grade", codes(9, 11, Codes.MISSING)))
                .containsExactly(1.0, 1.0, N);
        assertThat(eval("grade = 9", "grade", codes(9, 11))).containsExactly(1.0, 0.0);
    }

    @Test
    void comparisonsCombineWithItems() {
        // girls who fear forced marriage: (sex = 1) and q10
        // rows: girl+yes = T, girl+no = F, boy+yes = F, missing sex + yes = U, missing sex + no = F
        assertThat(eval("sex = 1 and q10", "sex", codes(1, 1, 2, 9, 9), "q10", codes(1, 2, 1, 1, 2)))
                .containsExactly(1.0, 0.0, 0.0, N, 0.0);
    }

    @Test
    void notInAndOrderingComparisonsWork() {
        assertThat(eval("born not in (1)", "born", codes(1, 2, 3, 9))).containsExactly(0.0, 1.0, 1.0, N);
        assertThat(eval("age >= 16", "age", codes(15, 16, 17, Codes.MISSING))).containsExactly(0.0, 1.0, 1.0, N);
    }
}
