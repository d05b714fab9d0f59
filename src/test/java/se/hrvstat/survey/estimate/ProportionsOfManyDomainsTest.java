package se.hrvstat.survey.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.testdata.RFixtures;

/**
 * {@link Estimators#shares} gives, domain by domain, exactly the estimate that
 * {@link Estimators#proportion} gives the domain alone (it only makes a calibrated design's
 * variances together): on seeded random designs, calibrated and not, and on R's JK1 replicate
 * design, with an empty domain, the whole sample (null) and more domains than one block, for
 * every interval method.
 */
class ProportionsOfManyDomainsTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(IntervalMethod.class)
    void eachDomainsEstimateIsItsEstimateAloneBitForBit(IntervalMethod method) {
        Random random = new Random(5);
        SurveyDesign calibrated = GroupDifferencesOnACalibratedDesignTest.calibratedDesign(random, 400);
        SurveyDesign plain = SurveyDesign.builder(calibrated.weights()).build();
        double[] y = GroupDifferencesOnACalibratedDesignTest.answers(random, 400);
        List<boolean[]> domains = domains(random, y.length);

        for (SurveyDesign design : List.of(calibrated, plain)) {
            List<DomainShare> shares = Estimators.shares(design, y, domains, method, 0.95);

            assertThat(shares).hasSameSizeAs(domains);
            for (int k = 0; k < domains.size(); k++) {
                Estimate alone = Estimators.proportion(design, y, domains.get(k), method, 0.95);
                assertThat(shares.get(k).estimate()).as("share %d of %s", k, design).isEqualTo(alone);
                assertThat(shares.get(k).residuals()).as("residuals on a Taylor design").hasSize(y.length);
            }
            assertThat(shares.get(domains.size() - 1).estimate().n()).isZero();
            assertThat(shares.get(domains.size() - 1).defined()).isFalse();
            assertThat(shares.stream().filter(s -> s.estimate().se() > 0)).hasSizeGreaterThan(10);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = IntervalMethod.class, names = "LIKELIHOOD", mode = EnumSource.Mode.EXCLUDE)
    void onAReplicateDesignEachDomainsEstimateIsItsEstimateAloneWithoutResiduals(IntervalMethod method) {
        SurveyDesign design = ReplicateDesignsAgreeWithRTest.designOfCase("jk1");
        double[] y = RFixtures.numbers("rep-jk1", "awards01");
        List<boolean[]> domains = domains(new Random(6), y.length);

        List<DomainShare> shares = Estimators.shares(design, y, domains, method, 0.95);

        for (int k = 0; k < domains.size(); k++) {
            assertThat(shares.get(k).estimate()).as("share %d", k)
                    .isEqualTo(Estimators.proportion(design, y, domains.get(k), method, 0.95));
            assertThat(shares.get(k).residuals()).isNull();
        }
        assertThat(shares.get(domains.size() - 1).defined()).isFalse();
        assertThat(shares.get(0).defined()).isTrue();
    }

    /** All rows (null), more random domains than one block, and an empty domain last. */
    private static List<boolean[]> domains(Random random, int rows) {
        List<boolean[]> domains = new ArrayList<>();
        domains.add(null);
        for (int d = 0; d < 2 * SurveyDesign.BLOCK + 3; d++) {
            boolean[] in = new boolean[rows];
            for (int i = 0; i < in.length; i++) {
                in[i] = random.nextInt(d + 2) == 0;
            }
            domains.add(in);
        }
        domains.add(new boolean[rows]);
        return domains;
    }
}
