package se.hrvstat.survey.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.junit.jupiter.api.Test;

/** Integer bounds by branch and bound against hand-solved programmes whose LP relaxation is not integral. */
class IntegerBoundsTest {
    private static LinearConstraint c(double[] a, Relationship r, double b) {
        return new LinearConstraint(a, r, b);
    }

    @Test
    void theIntegerMaximumIsBelowAFractionalLpMaximum() {
        // 2x + 2y <= 5, x, y >= 0 whole: the LP gives x = 2.5; by hand the whole-number maximum is 2
        IntegerBounds b = new IntegerBounds(2, List.of(c(new double[] {2, 2}, Relationship.LEQ, 5)));

        assertThat(b.max(0)).isEqualTo(new IntegerBounds.Bound(2, true));
        assertThat(b.min(0)).isEqualTo(new IntegerBounds.Bound(0, true));
    }

    @Test
    void branchingFindsTheWholeNumberOptimumOfAKnapsackLikeProgramme() {
        // 3x + 2y = 7 with x, y >= 0 whole: by hand the only solution is x = 1, y = 2
        // (x = 0 gives y = 3.5, x = 2 gives y = 0.5); the LP alone ranges x over [0, 7/3]
        IntegerBounds b = new IntegerBounds(2, List.of(c(new double[] {3, 2}, Relationship.EQ, 7)));

        assertThat(b.min(0).value()).isEqualTo(1);
        assertThat(b.max(0).value()).isEqualTo(1);
        assertThat(b.max(1).value()).isEqualTo(2);
    }

    @Test
    void anOddCycleOfPairSumsHasAFractionalButNoWholeSolution() {
        // x + y = 1, y + z = 1, x + z = 1: only x = y = z = 1/2
        IntegerBounds b = new IntegerBounds(3, List.of(c(new double[] {1, 1, 0}, Relationship.EQ, 1),
                c(new double[] {0, 1, 1}, Relationship.EQ, 1), c(new double[] {1, 0, 1}, Relationship.EQ, 1)));

        assertThatThrownBy(() -> b.max(0)).isInstanceOf(IntegerBounds.Infeasible.class);
    }

    @Test
    void aVariableNothingBindsIsUnboundedAbove() {
        IntegerBounds b = new IntegerBounds(2, List.of(c(new double[] {1, 0}, Relationship.LEQ, 4)));

        assertThat(b.max(1).unbounded()).isTrue();
        assertThat(b.max(0).value()).isEqualTo(4);
    }
}
