package se.hrvstat.survey.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.junit.jupiter.api.Test;

/** The simplex method against programmes solved by hand. */
class SimplexTest {
    @Test
    void everyPartOfAFixedSumCanTakeTheWholeSum() {
        // y1 + y2 + y3 + y4 = 3, y >= 0: max y_v = 3 for every v (Commons Math 3.6.1 answers 0 for v > 1)
        List<LinearConstraint> sum = List.of(new LinearConstraint(new double[] {1, 1, 1, 1}, Relationship.EQ, 3));
        for (int v = 0; v < 4; v++) {
            double[] c = new double[4];
            c[v] = 1;
            assertThat(Simplex.maximise(c, sum).value()).as("y" + (v + 1)).isEqualTo(3.0);
        }
    }

    @Test
    void aTextbookProgrammeReachesItsKnownOptimum() {
        // Chvátal 1983, ch. 2: max 5x1 + 4x2 + 3x3 s.t. 2x1 + 3x2 + x3 <= 5, 4x1 + x2 + 2x3 <= 11,
        // 3x1 + 4x2 + 2x3 <= 8: optimum 13 at (2, 0, 1)
        Simplex.Solution s = Simplex.maximise(new double[] {5, 4, 3}, List.of(
                new LinearConstraint(new double[] {2, 3, 1}, Relationship.LEQ, 5),
                new LinearConstraint(new double[] {4, 1, 2}, Relationship.LEQ, 11),
                new LinearConstraint(new double[] {3, 4, 2}, Relationship.LEQ, 8)));

        assertThat(s.status()).isEqualTo(Simplex.Status.OPTIMAL);
        assertThat(s.value()).isEqualTo(13.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.point()).containsExactly(new double[] {2, 0, 1}, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void contradictoryAndOpenProgrammesAreReportedAsSuch() {
        // x + y = 1 and x + y >= 2: infeasible; max x s.t. x - y = 1: unbounded
        assertThat(Simplex.maximise(new double[] {1, 0}, List.of(
                new LinearConstraint(new double[] {1, 1}, Relationship.EQ, 1),
                new LinearConstraint(new double[] {1, 1}, Relationship.GEQ, 2))).status()).isEqualTo(Simplex.Status.INFEASIBLE);
        assertThat(Simplex.maximise(new double[] {1, 0}, List.of(
                new LinearConstraint(new double[] {1, -1}, Relationship.EQ, 1))).status()).isEqualTo(Simplex.Status.UNBOUNDED);
    }

    @Test
    void aNegativeRightHandSideAndARedundantEquationAreHandled() {
        // -x - y = -4 (x + y = 4) twice, x <= 3: min x = 1 (max -x = -1)
        Simplex.Solution s = Simplex.maximise(new double[] {-1, 0}, List.of(
                new LinearConstraint(new double[] {-1, -1}, Relationship.EQ, -4),
                new LinearConstraint(new double[] {1, 1}, Relationship.EQ, 4),
                new LinearConstraint(new double[] {0, 1}, Relationship.LEQ, 3)));

        assertThat(s.value()).isEqualTo(-1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
