package se.hrvstat.survey.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.hrvstat.survey.design.ReplicateType;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.design.SurveyDesignBuilder;
import se.hrvstat.survey.testdata.RFixtures;

/**
 * Replicate-weight designs (JK1, JKn, BRR, Fay, bootstrap; with and without mse) reproduce
 * {@code r-fixtures/rep-cases.csv} from {@code src/test/r/make-replicate-fixtures.R} to 1e-9.
 * The logit interval is compared with its exact value (R's replicate glm fits stop about 1e-9
 * short, and fail with "NAs in V(mu)" or report NaN where a replicate proportion is 0 or 1; we
 * give an infinite variance and the interval [0, 1] there).
 */
class ReplicateDesignsAgreeWithRTest {

    static Stream<Map<String, String>> cases() {
        return RFixtures.rows("rep-cases.csv").stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void reproducesR(Map<String, String> c) {
        try {
            check(c);
        } catch (AssertionError e) {
            throw new AssertionError("CASE " + c.get("case") + " mse=" + c.get("mse") + " " + c.get("statistic") + " "
                    + c.get("variable") + " " + c.get("by") + "=" + c.get("by_value") + " " + c.get("method") + ": "
                    + e.getMessage().replace('\n', ' '), e);
        }
    }

    /** The replicate design of a case of rep-cases.csv (jk1, jkn, brr, fay, boot), centred on the replicate mean. */
    static SurveyDesign designOfCase(String name) {
        return design(RFixtures.rows("rep-cases.csv").stream()
                .filter(r -> r.get("case").equals(name) && r.get("mse").equals("FALSE"))
                .findFirst().orElseThrow());
    }

    static SurveyDesign design(Map<String, String> c) {
        String data = c.get("data");
        double[][] reps = RFixtures.columns(data).keySet().stream().filter(k -> k.matches("rep[0-9]+"))
                .sorted(Comparator.comparingInt(k -> Integer.parseInt(k.substring(3))))
                .map(k -> RFixtures.numbers(data, k)).toArray(double[][]::new);
        SurveyDesignBuilder b = SurveyDesign.builder(RFixtures.numbers(data, "pw"))
                .replicates(reps, ReplicateType.valueOf(c.get("reptype").toUpperCase(Locale.ROOT)))
                .mse(Boolean.parseBoolean(c.get("mse")));
        if (!c.get("rho").isEmpty()) {
            b.rho(Double.parseDouble(c.get("rho")));
        }
        if (!c.get("scale").isEmpty()) {
            b.scale(Double.parseDouble(c.get("scale")));
        }
        if (!c.get("rscales").isEmpty()) {
            b.rscales(Arrays.stream(c.get("rscales").split(";")).mapToDouble(Double::parseDouble).toArray());
        }
        return b.build();
    }

    private void check(Map<String, String> c) {
        String data = c.get("data");
        SurveyDesign design = design(c);
        double[] y = RFixtures.numbers(data, c.get("variable"));
        boolean[] domain = AgreesWithRSurveyTest.domain(c);
        Estimate e = switch (c.get("statistic")) {
            case "mean" -> Estimators.mean(design, y, domain, 0.95);
            case "total" -> Estimators.total(design, y, domain, 0.95);
            default -> Estimators.proportion(design, y, domain,
                    IntervalMethod.valueOf(c.get("method").toUpperCase(Locale.ROOT)), 0.95);
        };
        double scale = Math.abs(RFixtures.number(c.get("estimate")));
        AgreesWithRSurveyTest.close("estimate", e.estimate(), RFixtures.number(c.get("estimate")), scale);
        AgreesWithRSurveyTest.close("se", e.se(), RFixtures.number(c.get("se")), scale);
        AgreesWithRSurveyTest.close("deff", e.deff(), RFixtures.number(c.get("deff")), 1);
        assertThat(e.n()).as("n").isEqualTo(Long.parseLong(c.get("n")));
        assertThat(e.degreesOfFreedom()).as("df").isEqualTo(RFixtures.number(c.get("df")));
        // the exact value of R's definition (for logit: from the replicate means' logits, see the script)
        AgreesWithRSurveyTest.close("ci_low", e.ciLow(), RFixtures.number(c.get("ci_low_exact")), scale);
        AgreesWithRSurveyTest.close("ci_high", e.ciHigh(), RFixtures.number(c.get("ci_high_exact")), scale);
        double rLow = RFixtures.number(c.get("ci_low"));
        double rHigh = RFixtures.number(c.get("ci_high"));
        if (c.get("method").equals("logit") && Double.isFinite(rLow) && Double.isFinite(rHigh) && e.degreesOfFreedom() >= 5) {
            // R refits a glm per replicate, each stopping ~1e-9 short of the exact fit
            assertThat(e.ciLow()).as("logit vs svyciprop").isCloseTo(rLow, org.assertj.core.data.Offset.offset(1e-7));
            assertThat(e.ciHigh()).as("logit vs svyciprop").isCloseTo(rHigh, org.assertj.core.data.Offset.offset(1e-7));
        }
    }
}
