package se.hrvstat.survey.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Record keys and cell keys: deterministic, uniform, and the same cell key whatever the order of adding. */
class CellKeysTest {
    private final CellKeys keys = new CellKeys("test-secret");
    private final PerturbationTable ptable = PerturbationTable.maximumEntropy(2, 1.0);

    @Test
    void theSamePersonGetsTheSameRecordKeyEveryTimeAndAnotherSecretGivesAnother() {
        double k = keys.recordKey("2024|0180|socialtjanst|flicka_kvinna|13-17|personer", 3);

        assertThat(new CellKeys("test-secret").recordKey("2024|0180|socialtjanst|flicka_kvinna|13-17|personer", 3))
                .isEqualTo(k);
        assertThat(new CellKeys("other").recordKey("2024|0180|socialtjanst|flicka_kvinna|13-17|personer", 3))
                .isNotEqualTo(k);
        assertThat(k).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
    }

    @Test
    void recordKeysAreUniformOnTheUnitInterval() {
        // 20 000 keys: mean 1/2 and variance 1/12 of U(0, 1); standard errors 0.002 and 0.0006, allow 5 of them
        int n = 20_000;
        double sum = 0;
        double sq = 0;
        for (int m = 1; m <= n; m++) {
            double k = keys.recordKey("cell", m);
            sum += k;
            sq += k * k;
        }
        double mean = sum / n;
        assertThat(mean).isCloseTo(0.5, within(0.01));
        assertThat(sq / n - mean * mean).isCloseTo(1.0 / 12, within(0.003));
    }

    @Test
    void theCellKeyOfAnAggregateIsTheFractionalPartOfTheSumAndDoesNotDependOnTheOrder() {
        long a = keys.keySum("a", 3);
        long b = keys.keySum("b", 4);
        long c = keys.keySum("c", 2);

        double abc = CellKeys.cellKey(CellKeys.add(CellKeys.add(a, b), c));
        double cba = CellKeys.cellKey(CellKeys.add(CellKeys.add(c, b), a));
        double byHand = keys.recordKey("a", 1) + keys.recordKey("a", 2) + keys.recordKey("a", 3)
                + keys.recordKey("b", 1) + keys.recordKey("b", 2) + keys.recordKey("b", 3) + keys.recordKey("b", 4)
                + keys.recordKey("c", 1) + keys.recordKey("c", 2);

        assertThat(abc).isEqualTo(cba);
        assertThat(abc).isCloseTo(byHand - Math.floor(byHand), within(1e-12));
    }

    @Test
    void theSameCellGetsTheSamePerturbationInEveryOutput() {
        // the same persons counted in two tables (a municipality's social services in the municipality
        // table and as part of nothing else) give one key and so one published value
        long inWorkbook = ptable.perturb(3, CellKeys.cellKey(keys.keySum("2024|0180|socialtjanst", 3)));
        long inPx = ptable.perturb(3, CellKeys.cellKey(keys.keySum("2024|0180|socialtjanst", 3)));

        assertThat(inPx).isEqualTo(inWorkbook);
    }
}
