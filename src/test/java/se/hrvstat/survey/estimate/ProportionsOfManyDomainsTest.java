package se.hrvstat.survey.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.hrvstat.survey.design.SurveyDesign;

/**
 * {@link Estimators#proportions} and {@link Estimators#shares} give, domain by domain, exactly the estimate that
 * {@link Estimators#proportion} gives the domain alone (it only makes a calibrated design's
 * variances together): on seeded random designs, calibrated and not, with an empty domain, the
 * whole sample (null) and more domains than one block, for every interval method.
 */
class ProportionsOfManyDomainsTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(IntervalMethod.class)
    void eachDomainsEstimateIsItsEstimateAloneBitForBit(IntervalMethod method) {
        Random random = new Random(5);
        SurveyDesign calibrated = GroupDifferencesOnACalibratedDesignTest.calibratedDesign(random, 400);
        SurveyDesign plain = SurveyDesign.builder(calibrated.weights()).build();
        double[] y = GroupDifferencesOnACalibratedDesignTest.answers(random, 400);
        List<boolean[]> domains = new ArrayList<>();
        domains.add(null);
        for (int d = 0; d < 2 * SurveyDesign.BLOCK + 3; d++) {
            boolean[] in = new boolean[y.length];
            for (int i = 0; i < in.length; i++) {
                in[i] = random.nextInt(d + 2) == 0;
            }
            domains.add(in);
        }
        domains.add(new boolean[y.length]); // empty

        for (SurveyDesign design : List.of(calibrated, plain)) {
            List<Estimate> together = Estimators.proportions(design, y, domains, method, 0.95);
            List<DomainShare> shares = Estimators.shares(design, y, domains, method, 0.95);

            assertThat(together).hasSameSizeAs(domains);
            for (int k = 0; k < domains.size(); k++) {
                Estimate alone = Estimators.proportion(design, y, domains.get(k), method, 0.95);
                assertThat(together.get(k)).as("domain %d of %s", k, design).isEqualTo(alone);
                assertThat(shares.get(k).estimate()).as("share %d of %s", k, design).isEqualTo(alone);
            }
            assertThat(together.get(domains.size() - 1).n()).isZero();
            assertThat(Arrays.stream(together.toArray(Estimate[]::new)).filter(e -> e.se() > 0)).hasSizeGreaterThan(10);
        }
    }
}
