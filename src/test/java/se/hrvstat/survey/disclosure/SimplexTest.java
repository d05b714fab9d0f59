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

    @Test
    void oneTableauAnswersASequenceOfObjectivesFromTheBasisOfThePreviousOne() {
        // the Chvátal programme again; by hand, each variable alone against the three rows:
        // max x2 = min(5/3, 11, 8/4) = 5/3; max x1 = min(5/2, 11/4, 8/3) = 5/2; max x3 = min(5, 11/2, 8/2) = 4
        Simplex.Tableau t = new Simplex.Tableau(3, List.of(
                new LinearConstraint(new double[] {2, 3, 1}, Relationship.LEQ, 5),
                new LinearConstraint(new double[] {4, 1, 2}, Relationship.LEQ, 11),
                new LinearConstraint(new double[] {3, 4, 2}, Relationship.LEQ, 8)));
        org.assertj.core.data.Offset<Double> exact = org.assertj.core.data.Offset.offset(1e-9);

        assertThat(t.maximise(new double[] {5, 4, 3}).value()).isEqualTo(13.0, exact);
        assertThat(t.maximise(new double[] {0, 1, 0}).value()).isEqualTo(5.0 / 3, exact);
        assertThat(t.maximise(new double[] {1, 0, 0}).value()).isEqualTo(2.5, exact);
        assertThat(t.maximise(new double[] {0, 0, 1}).value()).isEqualTo(4.0, exact);
        assertThat(t.maximise(new double[] {-1, -1, -1}).value()).isEqualTo(0.0, exact);
        assertThat(t.maximise(new double[] {5, 4, 3}).point()).containsExactly(new double[] {2, 0, 1}, exact);
    }

    @Test
    void aReusedTableauFindsEveryEndOfAFixedSumAndKeepsReportingContradictions() {
        // y1 + y2 + y3 + y4 = 3 with a redundant copy: each y_v between 0 and 3, in any order
        Simplex.Tableau t = new Simplex.Tableau(4, List.of(
                new LinearConstraint(new double[] {1, 1, 1, 1}, Relationship.EQ, 3),
                new LinearConstraint(new double[] {2, 2, 2, 2}, Relationship.EQ, 6)));
        for (int v : new int[] {2, 0, 3, 1}) {
            double[] c = new double[4];
            c[v] = 1;
            assertThat(t.maximise(c).value()).as("max y" + (v + 1)).isEqualTo(3.0);
            c[v] = -1;
            assertThat(t.maximise(c).value()).as("-min y" + (v + 1)).isEqualTo(0.0);
        }
        Simplex.Tableau none = new Simplex.Tableau(2, List.of(
                new LinearConstraint(new double[] {1, 1}, Relationship.EQ, 1),
                new LinearConstraint(new double[] {1, 1}, Relationship.GEQ, 2)));
        assertThat(none.maximise(new double[] {1, 0}).status()).isEqualTo(Simplex.Status.INFEASIBLE);
        assertThat(none.maximise(new double[] {0, 1}).status()).isEqualTo(Simplex.Status.INFEASIBLE);
    }

    /**
     * Seeded random programmes shaped like the audit's (0/±1 rows, equalities met by a random whole
     * point, some rows "at most"): a tableau reused over a sequence of objectives gives the status
     * and optimal value of a fresh two-phase solve of each objective.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void aReusedTableauAgreesWithAFreshSolveForEveryObjective(long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        int n = 3 + rnd.nextInt(10);
        double[] x0 = new double[n];
        for (int j = 0; j < n; j++) {
            x0[j] = rnd.nextInt(6);
        }
        List<LinearConstraint> rows = new java.util.ArrayList<>();
        int m = 1 + rnd.nextInt(n);
        for (int i = 0; i < m; i++) {
            double[] a = new double[n];
            double lhs = 0;
            for (int j = 0; j < n; j++) {
                a[j] = rnd.nextDouble() < 0.4 ? (rnd.nextDouble() < 0.8 ? 1 : -1) : 0;
                lhs += a[j] * x0[j];
            }
            boolean atMost = rnd.nextDouble() < 0.3;
            rows.add(new LinearConstraint(a, atMost ? Relationship.LEQ : Relationship.EQ, atMost ? lhs + rnd.nextInt(3) : lhs));
        }
        Simplex.Tableau reused = new Simplex.Tableau(n, rows);
        for (int k = 0; k < 3 * n; k++) {
            double[] c = new double[n];
            if (k < 2 * n) {
                c[k / 2] = k % 2 == 0 ? 1 : -1; // the audit's objectives: each variable up and down
            } else {
                for (int j = 0; j < n; j++) {
                    c[j] = rnd.nextInt(3) - 1;
                }
            }
            Simplex.Solution warm = reused.maximise(c);
            Simplex.Solution fresh = Simplex.maximise(c, rows);

            assertThat(warm.status()).as("objective " + k).isEqualTo(fresh.status());
            if (fresh.status() == Simplex.Status.OPTIMAL) {
                assertThat(warm.value()).as("objective " + k).isEqualTo(fresh.value(), org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }
}
