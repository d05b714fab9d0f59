package se.hrvstat.survey.smallarea;

import static org.assertj.core.api.Assertions.assertThat;
import static se.hrvstat.survey.smallarea.Agreement.agrees;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import se.hrvstat.survey.testdata.RFixtures;

/**
 * {@link SmallAreaShares} end to end against case (c) of {@code src/test/r/make-sae-fixtures.R}:
 * hedersnormer of 2024 in the 290 municipalities of sample-data/, direct estimates and standard
 * errors from R's survey package (design weights), the design-effect rule, arcsine scale, sae's
 * eblupFH and mseFH on the 181 municipalities with respondents, synthetic estimates for the other
 * 109, the back-transforms and the benchmark to the national estimate, all computed in R from the
 * documented formulas. Every number to 1e-9 relative.
 */
class SmallAreaSharesAgreesWithRTest {

    static final String AREAS = "sae/shares-areas";
    static final Map<String, String> FIT = RFixtures.rows("sae/shares-fit.csv").get(0);

    static AreaShares input() {
        String[] kommunkod = RFixtures.texts(AREAS, "kommunkod");
        int[] respondents = integers(RFixtures.texts(AREAS, "respondents"));
        int[] schools = integers(RFixtures.texts(AREAS, "schools"));
        return new AreaShares(kommunkod, respondents, schools, RFixtures.numbers(AREAS, "covered"),
                RFixtures.numbers(AREAS, "direct"), RFixtures.numbers(AREAS, "direct_se"),
                List.of("share_foreign_background", "log_students"),
                new double[][] {RFixtures.numbers(AREAS, "share_foreign_background"),
                    RFixtures.numbers(AREAS, "log_students")});
    }

    static DesignEffectRule rule() {
        double respondentsPerSchool = Double.parseDouble(FIT.get("respondents")) / Double.parseDouble(FIT.get("schools"));
        return DesignEffectRule.fromNationalDesignEffect(RFixtures.number(FIT.get("national_deff")), respondentsPerSchool);
    }

    @Test
    void theDesignEffectRuleGivesRsIntraSchoolCorrelation() {
        agrees("rho", rule().intraSchoolCorrelation(), RFixtures.number(FIT.get("rho")));
    }

    @Test
    void everyMunicipalityGetsRsModelInputsEblupMseEstimateAndInterval() {
        SmallAreaResult r = SmallAreaShares.estimate(input(), rule(), SmallAreaSettings.standard());

        assertThat(r.areas()).hasSize(290);
        assertThat(r.areasInModel()).isEqualTo(181);
        assertThat(r.benchmarkShift()).isZero();
        agrees("refvar", r.fit().areaVariance(), RFixtures.number(FIT.get("refvar")));
        assertThat(r.fit().iterations()).isEqualTo(Integer.parseInt(FIT.get("iterations")));
        assertThat(r.coefficientNames()).containsExactly("(Intercept)", "share_foreign_background", "log_students");
        String[] method = RFixtures.texts(AREAS, "method");
        String[] kommunkod = RFixtures.texts(AREAS, "kommunkod");
        for (int d = 0; d < 290; d++) {
            AreaEstimate e = r.areas().get(d);
            String k = e.area();
            assertThat(k).isEqualTo(kommunkod[d]);
            assertThat(e.method().code()).as(k).isEqualTo(method[d]);
            agrees(k + " eblup", e.eblup(), column("eblup")[d]);
            agrees(k + " mse", e.mse(), column("mse")[d]);
            agrees(k + " estimate", e.estimate(), column("estimate_unbenchmarked")[d]);
            agrees(k + " ci_low", e.ciLow(), column("ci_low_unbenchmarked")[d]);
            agrees(k + " ci_high", e.ciHigh(), column("ci_high_unbenchmarked")[d]);
            if (e.inModel()) {
                agrees(k + " deff", e.designEffect(), column("deff")[d]);
                agrees(k + " model_y", e.modelY(), column("model_y")[d]);
                agrees(k + " model_vardir", e.modelVardir(), column("model_vardir")[d]);
                assertThat(e.direct()).isEqualTo(column("direct")[d]);
                assertThat(e.directSe()).isEqualTo(column("direct_se")[d]);
            } else {
                assertThat(column("model_y")[d]).as(k).isNaN();
                assertThat(e.respondents()).isZero();
            }
        }
    }

    @Test
    void benchmarkingToTheNationalEstimateGivesRsShiftEstimatesAndIntervals() {
        AreaShares in = input();
        AggregateBenchmark national = new AggregateBenchmark(RFixtures.number(FIT.get("national")),
                RFixtures.numbers(AREAS, "students"));

        SmallAreaResult r = SmallAreaShares.estimate(in, rule(), SmallAreaSettings.standard(), national);

        agrees("shift", r.benchmarkShift(), RFixtures.number(FIT.get("shift")));
        double num = 0;
        double den = 0;
        for (int d = 0; d < 290; d++) {
            AreaEstimate e = r.areas().get(d);
            agrees(e.area() + " eblup (not shifted)", e.eblup(), column("eblup")[d]);
            agrees(e.area() + " estimate", e.estimate(), column("estimate")[d]);
            agrees(e.area() + " ci_low", e.ciLow(), column("ci_low")[d]);
            agrees(e.area() + " ci_high", e.ciHigh(), column("ci_high")[d]);
            num += national.weights()[d] * e.estimate();
            den += national.weights()[d];
        }
        assertThat(num / den).isCloseTo(national.target(), org.assertj.core.data.Offset.offset(1e-12));
    }

    @AfterAll
    static void report() {
        System.out.printf("SmallAreaShares against R: largest relative difference %.3g%n", Agreement.worst());
    }

    private static final Map<String, double[]> COLUMNS = new java.util.HashMap<>();

    /** A numeric column of shares-areas.csv, parsed once. */
    static synchronized double[] column(String name) {
        return COLUMNS.computeIfAbsent(name, n -> RFixtures.numbers(AREAS, n));
    }

    static int[] integers(String[] s) {
        int[] out = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = Integer.parseInt(s[i]);
        }
        return out;
    }
}
