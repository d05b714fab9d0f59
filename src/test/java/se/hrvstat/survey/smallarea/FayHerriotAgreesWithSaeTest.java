package se.hrvstat.survey.smallarea;

import static org.assertj.core.api.Assertions.assertThat;
import static se.hrvstat.survey.smallarea.Agreement.agrees;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import se.hrvstat.survey.testdata.RFixtures;

/**
 * {@link FayHerriot} against R's sae 1.3 ({@code eblupFH}, {@code mseFH}, REML) on the fixtures of
 * {@code src/test/r/make-sae-fixtures.R}: σ̂²_v, the iterations, β̂ and its standard errors, the
 * EBLUP, the MSE, g1 and the shrinkage factors, each to 1e-9 relative (the largest relative
 * difference seen is printed; it is about 1e-13).
 */
class FayHerriotAgreesWithSaeTest {

    record Case(double[] y, double[] vardir, double[][] x) {
    }

    static Case read(String name) {
        Map<String, String[]> columns = RFixtures.columns("sae/" + name + "-data");
        List<double[]> x = new ArrayList<>();
        for (int j = 0; columns.containsKey("x" + j); j++) {
            x.add(RFixtures.numbers("sae/" + name + "-data", "x" + j));
        }
        return new Case(RFixtures.numbers("sae/" + name + "-data", "y"),
                RFixtures.numbers("sae/" + name + "-data", "vardir"), x.toArray(new double[0][]));
    }

    static void agreesWithR(String name, FayHerriotFit fit) {
        String areas = "sae/" + name + "-areas";
        agrees(name + " eblup", fit.eblup(), RFixtures.numbers(areas, "eblup"));
        agrees(name + " mse", fit.mse(), RFixtures.numbers(areas, "mse"));
        agrees(name + " g1", fit.mseComponents().g1(), RFixtures.numbers(areas, "g1"));
        agrees(name + " shrinkage", fit.shrinkage(), RFixtures.numbers(areas, "shrinkage"));
        List<Map<String, String>> rows = RFixtures.rows("sae/fits.csv").stream()
                .filter(r -> r.get("case").equals(name)).toList();
        assertThat(rows).hasSize(fit.beta().length);
        for (Map<String, String> r : rows) {
            int j = Integer.parseInt(r.get("coefficient"));
            agrees(name + " refvar", fit.areaVariance(), RFixtures.number(r.get("refvar")));
            agrees(name + " beta " + j, fit.beta()[j], RFixtures.number(r.get("beta")));
            agrees(name + " std.error " + j, fit.betaStandardErrors()[j], RFixtures.number(r.get("std_error")));
            assertThat(fit.iterations()).as(name + " iterations").isEqualTo(Integer.parseInt(r.get("iterations")));
        }
    }

    @Test
    void theMilkDataGiveSaesRemlFitEblupAndMse() {
        Case c = read("milk");
        FayHerriotFit fit = FayHerriot.fitReml(c.y(), c.vardir(), c.x());

        assertThat(fit.converged()).isTrue();
        assertThat(fit.algorithm()).isEqualTo(FayHerriotFit.Algorithm.FISHER_SCORING);
        agreesWithR("milk", fit);
        // sae prints refvar 0.01855022 for ?eblupFH's example
        assertThat(fit.areaVariance()).isCloseTo(0.01855022, org.assertj.core.data.Offset.offset(5e-9));
    }

    @Test
    void aNegativeRemlIterateIsSetToZeroAsSaeDoes() {
        Case c = read("zero");
        FayHerriotFit fit = FayHerriot.fitReml(c.y(), c.vardir(), c.x());

        assertThat(fit.areaVariance()).isZero();
        agreesWithR("zero", fit);
        // with σ̂²_v = 0 the EBLUP is the regression and the MSE has no g1
        for (int d = 0; d < c.y().length; d++) {
            assertThat(fit.shrinkage()[d]).isEqualTo(1.0);
            assertThat(fit.mseComponents().g1()[d]).isZero();
        }
    }

    @Test
    void municipalSharesOfTheSampleDataGiveSaesFit() {
        // the model part of case (c): the areas in the model, as R fitted them
        Map<String, String[]> a = RFixtures.columns("sae/shares-areas");
        String[] respondents = a.get("respondents");
        List<Integer> in = new ArrayList<>();
        for (int d = 0; d < respondents.length; d++) {
            if (Integer.parseInt(respondents[d]) > 0) {
                in.add(d);
            }
        }
        double[] y = pick(RFixtures.numbers("sae/shares-areas", "model_y"), in);
        double[] vardir = pick(RFixtures.numbers("sae/shares-areas", "model_vardir"), in);
        double[][] x = FayHerriot.withIntercept(new double[][] {
            pick(RFixtures.numbers("sae/shares-areas", "share_foreign_background"), in),
            pick(RFixtures.numbers("sae/shares-areas", "log_students"), in)});

        FayHerriotFit fit = FayHerriot.fitReml(y, vardir, x);

        agrees("shares eblup", fit.eblup(), pick(RFixtures.numbers("sae/shares-areas", "eblup"), in));
        agrees("shares mse", fit.mse(), pick(RFixtures.numbers("sae/shares-areas", "mse"), in));
        for (Map<String, String> r : RFixtures.rows("sae/fits.csv")) {
            if (r.get("case").equals("shares")) {
                int j = Integer.parseInt(r.get("coefficient"));
                agrees("shares beta " + j, fit.beta()[j], RFixtures.number(r.get("beta")));
                agrees("shares refvar", fit.areaVariance(), RFixtures.number(r.get("refvar")));
                assertThat(fit.iterations()).isEqualTo(Integer.parseInt(r.get("iterations")));
            }
        }
    }

    @Test
    void whereSaesFisherScoringCyclesTheFitSaysSoAndBisectionGivesTheRemlEstimate() {
        Case c = read("cycle");

        FayHerriotFit sae = FayHerriot.fitReml(c.y(), c.vardir(), c.x());
        assertThat(sae.converged()).as("sae's eblupFH does not converge on these data").isFalse();
        assertThat(sae.iterations()).isEqualTo(FayHerriot.MAX_ITERATIONS);
        assertThat(sae.eblup()).containsOnly(Double.NaN);

        FayHerriotFit fit = FayHerriot.fitRemlByBisection(c.y(), c.vardir(), c.x());
        assertThat(fit.algorithm()).isEqualTo(FayHerriotFit.Algorithm.SCORE_BISECTION);
        agreesWithR("cycle", fit);
    }

    @AfterAll
    static void report() {
        System.out.printf("FayHerriot against sae 1.3: largest relative difference %.3g%n", Agreement.worst());
    }

    static double[] pick(double[] values, List<Integer> rows) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[rows.get(i)];
        }
        return out;
    }
}
