package se.hrvstat.survey.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import se.hrvstat.survey.design.LonelyPsuRule;
import se.hrvstat.survey.design.SurveyDesign;

/** Seeded random designs (seed = repetition number): properties every design-based estimator must have. */
class EstimatorPropertiesTest {

    /** A random stratified two-stage sample: 2-6 strata, 2-8 PSUs each, 1-5 rows per PSU. */
    record Sample(double[] w, String[] stratum, String[] psu, String[] ssu, double[] popPsu, double[] popSsu,
                  double[] y, double[] b, boolean[] domain) {
        static Sample random(Random r) {
            int strata = 2 + r.nextInt(5);
            java.util.List<double[]> rows = new java.util.ArrayList<>();
            for (int h = 0; h < strata; h++) {
                int psus = 2 + r.nextInt(7);
                int popPsus = psus + r.nextInt(20);
                for (int p = 0; p < psus; p++) {
                    int m = 1 + r.nextInt(5);
                    int popM = m + r.nextInt(10);
                    for (int k = 0; k < m; k++) {
                        double y = r.nextDouble() < 0.1 ? Double.NaN : r.nextGaussian() * 3 + h;
                        double b = r.nextDouble() < 0.1 ? Double.NaN : (r.nextDouble() < 0.3 + 0.1 * h ? 1 : 0);
                        rows.add(new double[] {h, h * 100 + p, k, popPsus, popM, 1 + 9 * r.nextDouble(), y, b,
                                r.nextDouble() < 0.6 ? 1 : 0});
                    }
                }
            }
            int n = rows.size();
            Sample s = new Sample(new double[n], new String[n], new String[n], new String[n], new double[n],
                    new double[n], new double[n], new double[n], new boolean[n]);
            for (int i = 0; i < n; i++) {
                double[] x = rows.get(i);
                s.stratum[i] = "s" + (int) x[0];
                s.psu[i] = "p" + (int) x[1];
                s.ssu[i] = "q" + (int) x[2];
                s.popPsu[i] = x[3];
                s.popSsu[i] = x[4];
                s.w[i] = x[5];
                s.y[i] = x[6];
                s.b[i] = x[7];
                s.domain[i] = x[8] == 1;
            }
            return s;
        }

        SurveyDesign twoStage(double[] weights) {
            return SurveyDesign.builder(weights).strata(stratum).clusters(psu, ssu).fpc(popPsu, popSsu)
                    .lonelyPsu(LonelyPsuRule.ADJUST).build();
        }

        Sample permuted(Random r) {
            int n = w.length;
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            Sample s = new Sample(new double[n], new String[n], new String[n], new String[n], new double[n],
                    new double[n], new double[n], new double[n], new boolean[n]);
            for (int i = 0; i < n; i++) {
                int k = order[i];
                s.w[i] = w[k];
                s.stratum[i] = stratum[k];
                s.psu[i] = psu[k];
                s.ssu[i] = ssu[k];
                s.popPsu[i] = popPsu[k];
                s.popSsu[i] = popSsu[k];
                s.y[i] = y[k];
                s.b[i] = b[k];
                s.domain[i] = domain[k];
            }
            return s;
        }
    }

    static void same(Estimate a, Estimate b) {
        double tol = 1e-10;
        assertThat(a.estimate()).isCloseTo(b.estimate(), within(tol * Math.max(1, Math.abs(b.estimate()))));
        assertThat(a.se()).isCloseTo(b.se(), within(tol * Math.max(1, Math.abs(b.se()))));
        assertThat(a.ciLow()).isCloseTo(b.ciLow(), within(tol * Math.max(1, Math.abs(b.ciLow()))));
        assertThat(a.ciHigh()).isCloseTo(b.ciHigh(), within(tol * Math.max(1, Math.abs(b.ciHigh()))));
        assertThat(a.n()).isEqualTo(b.n());
        assertThat(a.degreesOfFreedom()).isEqualTo(b.degreesOfFreedom());
    }

    @RepeatedTest(25)
    void scalingAllWeightsLeavesMeansAndProportionsUnchanged(RepetitionInfo info) {
        Random r = new Random(info.getCurrentRepetition());
        Sample s = Sample.random(r);
        double c = 0.01 + 100 * r.nextDouble();
        double[] scaled = s.w.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= c;
        }
        SurveyDesign d = SurveyDesign.builder(s.w).strata(s.stratum).clusters(s.psu).build();
        SurveyDesign e = SurveyDesign.builder(scaled).strata(s.stratum).clusters(s.psu).build();
        same(Estimators.mean(e, s.y, s.domain, 0.95), Estimators.mean(d, s.y, s.domain, 0.95));
        for (IntervalMethod m : IntervalMethod.values()) {
            same(Estimators.proportion(e, s.b, s.domain, m, 0.95), Estimators.proportion(d, s.b, s.domain, m, 0.95));
        }
    }

    @RepeatedTest(25)
    void permutingRowsChangesNothing(RepetitionInfo info) {
        Random r = new Random(1000 + info.getCurrentRepetition());
        Sample s = Sample.random(r);
        Sample t = s.permuted(r);
        SurveyDesign d = s.twoStage(s.w);
        SurveyDesign e = t.twoStage(t.w);
        same(Estimators.mean(e, t.y, t.domain, 0.95), Estimators.mean(d, s.y, s.domain, 0.95));
        same(Estimators.total(e, t.y, null, 0.9), Estimators.total(d, s.y, null, 0.9));
        for (IntervalMethod m : IntervalMethod.values()) {
            same(Estimators.proportion(e, t.b, t.domain, m, 0.95), Estimators.proportion(d, s.b, s.domain, m, 0.95));
        }
    }

    @RepeatedTest(25)
    void aCensusHasZeroVariance(RepetitionInfo info) {
        Random r = new Random(2000 + info.getCurrentRepetition());
        Sample s = Sample.random(r);
        // fpc = population count of PSUs = the sampled PSUs of the stratum
        java.util.Map<String, java.util.Set<String>> psus = new java.util.HashMap<>();
        for (int i = 0; i < s.w.length; i++) {
            psus.computeIfAbsent(s.stratum[i], k -> new java.util.HashSet<>()).add(s.psu[i]);
        }
        double[] census = new double[s.w.length];
        for (int i = 0; i < census.length; i++) {
            census[i] = psus.get(s.stratum[i]).size();
        }
        SurveyDesign d = SurveyDesign.builder(s.w).strata(s.stratum).clusters(s.psu).fpc(census).build();
        assertThat(Estimators.mean(d, s.y, s.domain, 0.95).se()).isZero();
        assertThat(Estimators.total(d, s.y, null, 0.95).se()).isZero();
        assertThat(Estimators.proportion(d, s.b, s.domain, IntervalMethod.LOGIT, 0.95).se()).isZero();
    }

    @RepeatedTest(25)
    void duplicatingEveryRowOfAWithReplacementDesignHalvesTheVariance(RepetitionInfo info) {
        Random r = new Random(3000 + info.getCurrentRepetition());
        int n = 5 + r.nextInt(40);
        double[] w = new double[n];
        double[] y = new double[n];
        double[] w2 = new double[2 * n];
        double[] y2 = new double[2 * n];
        for (int i = 0; i < n; i++) {
            w[i] = 1 + 5 * r.nextDouble();
            y[i] = r.nextGaussian();
            // each row twice, each copy half the weight: same population, twice the sample
            w2[2 * i] = w2[2 * i + 1] = w[i] / 2;
            y2[2 * i] = y2[2 * i + 1] = y[i];
        }
        double v = Math.pow(Estimators.mean(SurveyDesign.builder(w).build(), y, null, 0.95).se(), 2);
        double v2 = Math.pow(Estimators.mean(SurveyDesign.builder(w2).build(), y2, null, 0.95).se(), 2);
        double t = Math.pow(Estimators.total(SurveyDesign.builder(w).build(), y, null, 0.95).se(), 2);
        double t2 = Math.pow(Estimators.total(SurveyDesign.builder(w2).build(), y2, null, 0.95).se(), 2);
        // the with-replacement variance sum (z - zbar)^2 halves; R's n/(n-1) becomes 2n/(2n-1)
        double correction = (2.0 * n / (2 * n - 1)) / ((double) n / (n - 1));
        assertThat(v2).isCloseTo(v / 2 * correction, within(1e-12 * v));
        assertThat(t2).isCloseTo(t / 2 * correction, within(1e-12 * t));
    }

    @RepeatedTest(40)
    void allDomainsAtOnceEqualEachDomainAlone(RepetitionInfo info) {
        Random r = new Random(4000 + info.getCurrentRepetition());
        Sample s = Sample.random(r);
        int domains = 1 + r.nextInt(5);
        int[] domainOfRow = new int[s.w.length];
        for (int i = 0; i < domainOfRow.length; i++) {
            domainOfRow[i] = r.nextInt(domains + 1) - 1;
        }
        LonelyPsuRule rule = LonelyPsuRule.values()[1 + r.nextInt(4)];
        SurveyDesign d = switch (info.getCurrentRepetition() % 3) {
            case 0 -> SurveyDesign.builder(s.w).strata(s.stratum).clusters(s.psu, s.ssu).fpc(s.popPsu, s.popSsu)
                    .lonelyPsu(rule).build();
            case 1 -> SurveyDesign.builder(s.w).strata(s.stratum).clusters(s.psu).lonelyPsu(rule).build();
            default -> SurveyDesign.builder(s.w).strata(s.stratum)
                    .fpc(java.util.Arrays.stream(s.popPsu).map(x -> 10 * x).toArray()).lonelyPsu(rule).build();
        };
        Estimate[] means = Estimators.meansByDomain(d, s.y, domainOfRow, domains, 0.95);
        Estimate[] totals = Estimators.totalsByDomain(d, s.y, domainOfRow, domains, 0.9);
        IntervalMethod m = IntervalMethod.values()[r.nextInt(IntervalMethod.values().length)];
        Estimate[] props = Estimators.proportionsByDomain(d, s.b, domainOfRow, domains, m, 0.95);
        for (int k = 0; k < domains; k++) {
            boolean[] in = new boolean[domainOfRow.length];
            for (int i = 0; i < in.length; i++) {
                in[i] = domainOfRow[i] == k;
            }
            assertThat(means[k]).isEqualTo(Estimators.mean(d, s.y, in, 0.95));
            assertThat(totals[k]).isEqualTo(Estimators.total(d, s.y, in, 0.9));
            assertThat(props[k]).isEqualTo(Estimators.proportion(d, s.b, in, m, 0.95));
        }
    }
}
