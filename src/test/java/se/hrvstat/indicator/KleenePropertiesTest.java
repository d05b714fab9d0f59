package se.hrvstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Laws that hold in Kleene logic, checked on 10 000 random respondents with every code. */
class KleenePropertiesTest {

    private static final int ROWS = 10_000;
    private static final int[] CODES = {1, 2, 8, 9, Codes.MISSING};
    private static final Map<String, int[]> COLUMNS = randomColumns(20240601L);

    private static Map<String, int[]> randomColumns(long seed) {
        Random random = new Random(seed);
        int[][] cols = new int[3][ROWS];
        for (int[] col : cols) {
            for (int r = 0; r < ROWS; r++) {
                col[r] = CODES[random.nextInt(CODES.length)];
            }
        }
        return Map.of("q01", cols[0], "q02", cols[1], "q03", cols[2]);
    }

    private static double[] eval(String definition) {
        return Eval.catalogue(definition).indicators().get(0).evaluate(COLUMNS, ROWS);
    }

    @Test
    void deMorgansLawsHold() {
        assertThat(eval("not (q01 and q02)")).containsExactly(eval("not q01 or not q02"));
        assertThat(eval("not (q01 or q02)")).containsExactly(eval("not q01 and not q02"));
    }

    @Test
    void doubleNegationIsTheIdentity() {
        assertThat(eval("not not q01")).containsExactly(eval("q01"));
    }

    @Test
    void andDistributesOverOr() {
        assertThat(eval("q01 and (q02 or q03)")).containsExactly(eval("(q01 and q02) or (q01 and q03)"));
    }

    @Test
    void theExcludedMiddleFailsOnlyForUnknowns() {
        // q01 or not q01 is true when q01 is known and unknown otherwise: Kleene logic has no excluded middle
        double[] either = eval("q01 or not q01");
        double[] known = eval("q01");
        double[] expected = new double[ROWS];
        for (int r = 0; r < ROWS; r++) {
            expected[r] = Double.isNaN(known[r]) ? Double.NaN : 1.0;
        }
        assertThat(either).containsExactly(expected);
    }

    @Test
    void atLeastTwoOfThreeIsTheMajorityFormula() {
        assertThat(eval("at least 2 of (q01, q02, q03)"))
                .containsExactly(eval("(q01 and q02) or (q01 and q03) or (q02 and q03)"));
    }
}
