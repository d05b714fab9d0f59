package se.hrvstat.survey.weight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.hrvstat.survey.design.LonelyPsuRule;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.estimate.Estimate;
import se.hrvstat.survey.estimate.Estimators;
import se.hrvstat.survey.estimate.IntervalMethod;
import se.hrvstat.survey.testdata.RFixtures;

/**
 * The annual job's weighting chain ({@link WeightingChain}) and its estimates
 * ({@code EstimateTasklet}) redone with the pure classes on the committed sample wave
 * {@code sample-data/survey/2024}, against an independent implementation in R
 * ({@code src/test/r/make-sample-weighting-fixtures.R}): design weights, non-response weights
 * and raked weights (lan_grade counts + sex shares within grade) to 1e-9 relative; proportions
 * and standard errors on the calibrated stratified two-stage design (FPC at both stages,
 * lonely PSUs adjusted) to 1e-9; the logit interval to 1e-6 against svyciprop, whose glm stops
 * about 1e-9 short of convergence on the logit scale, and to 1e-9 against the closed form of
 * the same interval.
 */
class SampleDataWeightingAgreesWithRTest {
    static final double TOL = 1e-9;
    static final double CI_TOL_SVYCIPROP = 1e-6;
    static final Path WAVE = Path.of("sample-data/survey/2024");
    static final String DIR = "sample-weighting/";
    static final List<String> ITEMS = List.of("q03", "q10", "q12", "q16");

    static List<Map<String, String>> design;
    static List<Map<String, String>> responses;
    static List<Map<String, String>> population;
    static Map<String, Map<String, String>> classById = new HashMap<>();
    static double[] designWeights;
    static double[] nonResponseWeights;
    static WeightingChain.Respondents respondents;
    static WeightingChain.WaveWeights weights;
    static String[] respIds;

    @BeforeAll
    static void chain() {
        design = csv(WAVE.resolve("design.csv"));
        responses = csv(WAVE.resolve("responses.csv"));
        population = csv(WAVE.resolve("population.csv"));
        Map<String, Integer> answers = new HashMap<>();
        for (Map<String, String> r : responses) {
            answers.merge(r.get("class_id"), 1, Integer::sum);
        }
        // the annual job's chain itself: design weights, non-response adjustment, raking
        List<WeightingChain.SampledClass> classes = new ArrayList<>();
        for (Map<String, String> c : design) {
            classById.put(c.get("class_id"), c);
            classes.add(new WeightingChain.SampledClass(c.get("class_id"), c.get("stratum"), c.get("school_id"),
                    integer(c, "schools_in_stratum"), integer(c, "schools_sampled"), integer(c, "classes_in_school"),
                    integer(c, "classes_sampled"), integer(c, "enrolled"), answers.getOrDefault(c.get("class_id"), 0)));
        }
        int n = responses.size();
        respIds = new String[n];
        String[] classOf = new String[n];
        Map<String, String[]> sample = new LinkedHashMap<>();
        sample.put("lanskod", new String[n]);
        sample.put("grade", new String[n]);
        sample.put("sex", new String[n]);
        sample.put("born", new String[n]);
        for (int i = 0; i < n; i++) {
            Map<String, String> r = responses.get(i);
            respIds[i] = r.get("resp_id");
            classOf[i] = r.get("class_id");
            sample.get("lanskod")[i] = classById.get(r.get("class_id")).get("lanskod");
            sample.get("grade")[i] = r.get("grade");
            sample.get("sex")[i] = r.get("sex");
            sample.get("born")[i] = r.get("born");
        }
        respondents = new WeightingChain.Respondents(classOf, sample);
        weights = WeightingChain.weigh(classes, respondents, margins());
        designWeights = weights.designWeights();
        nonResponseWeights = weights.inputWeights();
    }

    @Test
    void theRespondentsAreRsInTheSameOrder() {
        assertThat(respIds).containsExactly(RFixtures.texts(DIR + "weights", "resp_id"));
    }

    @Test
    void designWeightsAgreeWithR() {
        CalibrationAgreesWithRTest.assertRelative(designWeights, RFixtures.numbers(DIR + "weights", "design_weight"));
    }

    @Test
    void nonResponseWeightsAgreeWithR() {
        CalibrationAgreesWithRTest.assertRelative(nonResponseWeights, RFixtures.numbers(DIR + "weights", "nr_weight"));
    }

    @Test
    void rakedWeightsAgreeWithR() {
        assertThat(weights.calibrated()).isTrue();
        CalibrationAgreesWithRTest.assertRelative(weights.finalWeights(),
                RFixtures.numbers(DIR + "weights", "calibrated_weight"));
    }

    @Test
    void theResidualsRebuiltFromStoredWeightsAreTheChainsOwn() {
        // the estimate step reads the weights back and rebuilds the residual operator without raking
        CalibrationResiduals rebuilt = WeightingChain.residuals(respondents, margins(), weights.inputWeights(),
                weights.finalWeights());
        java.util.Random random = new java.util.Random(20261204);
        double[] z = new double[respIds.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = random.nextGaussian();
        }
        assertThat(rebuilt.of(z)).containsExactly(weights.residuals().of(z));
    }

    @Test
    void proportionsOnTheCalibratedTwoStageDesignAgreeWithR() {
        // as EstimateTasklet.design: strata, schools, classes, FPC at both stages, lonely PSUs adjusted
        int n = responses.size();
        String[] stratum = new String[n];
        String[] school = new String[n];
        String[] schoolClass = new String[n];
        double[] schoolsInStratum = new double[n];
        double[] classesInSchool = new double[n];
        String[] sex = new String[n];
        for (int i = 0; i < n; i++) {
            Map<String, String> c = classById.get(responses.get(i).get("class_id"));
            stratum[i] = c.get("stratum");
            school[i] = c.get("school_id");
            schoolClass[i] = c.get("class_id");
            schoolsInStratum[i] = integer(c, "schools_in_stratum");
            classesInSchool[i] = integer(c, "classes_in_school");
            sex[i] = responses.get(i).get("sex");
        }
        double[] w = weights.finalWeights();
        SurveyDesign design = SurveyDesign.builder(w).strata(stratum).clusters(school, schoolClass)
                .fpc(schoolsInStratum, classesInSchool).nest(true).lonelyPsu(LonelyPsuRule.ADJUST).build()
                .calibrated(w, weights.residuals()::of);
        List<Map<String, String>> expected = RFixtures.rows(DIR + "estimates.csv");
        assertThat(expected).hasSize(ITEMS.size() * 3);
        for (Map<String, String> e : expected) {
            String item = e.get("item");
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                String code = responses.get(i).get(item);
                y[i] = code.equals("1") ? 1 : code.equals("2") ? 2 : Double.NaN; // 8, 9, empty: missing
            }
            boolean[] domain = null;
            if (!e.get("domain").isEmpty()) {
                String value = e.get("domain").split("=")[1];
                domain = new boolean[n];
                for (int i = 0; i < n; i++) {
                    domain[i] = sex[i].equals(value);
                }
            }
            String what = item + " " + (e.get("domain").isEmpty() ? "all" : e.get("domain"));
            Estimate p = Estimators.proportion(design, y, domain, IntervalMethod.LOGIT, 0.95);
            assertThat(p.n()).as(what + " n").isEqualTo(Long.parseLong(e.get("n")));
            // R's degf of a subset of a calibrated design: the subset keeps every row
            assertThat(p.degreesOfFreedom()).as(what + " df").isEqualTo(number(e, "df"));
            assertClose(what + " estimate", p.estimate(), number(e, "estimate"), TOL);
            assertClose(what + " se", p.se(), number(e, "se"), TOL);
            assertClose(what + " logit ci low vs svyciprop", p.ciLow(), number(e, "ci_low"), CI_TOL_SVYCIPROP);
            assertClose(what + " logit ci high vs svyciprop", p.ciHigh(), number(e, "ci_high"), CI_TOL_SVYCIPROP);
            assertClose(what + " logit ci low (closed form)", p.ciLow(), number(e, "ci_low_exact"), TOL);
            assertClose(what + " logit ci high (closed form)", p.ciHigh(), number(e, "ci_high_exact"), TOL);
            // the mean of the 0/1 item (R svymean) is the same estimate and standard error
            double[] y01 = new double[n];
            for (int i = 0; i < n; i++) {
                y01[i] = Double.isNaN(y[i]) ? Double.NaN : (y[i] == 1 ? 1 : 0);
            }
            Estimate m = Estimators.mean(design, y01, domain, 0.95);
            assertClose(what + " mean", m.estimate(), number(e, "estimate"), TOL);
            assertClose(what + " mean se", m.se(), number(e, "se"), TOL);
            // and the calibration route of CalibratedEstimators agrees with the calibrated design
            Estimate c = CalibratedEstimators.mean(SurveyDesign.builder(w).strata(stratum).clusters(school, schoolClass)
                    .fpc(schoolsInStratum, classesInSchool).nest(true).lonelyPsu(LonelyPsuRule.ADJUST).build(),
                    weights.residuals(), y01, domain, 0.95);
            assertClose(what + " calibrated mean se", c.se(), number(e, "se"), TOL);
        }
    }

    /**
     * The :diff rows of the annual job (issue 17): the differences between the sex groups of the
     * sample wave on the calibrated design, as IndicatorSeries computes them
     * ({@code GroupDifferences.ofProportionsByPair}, t on the design's df), against R's
     * (differences.csv of the same script: svyglm on the two groups of the calibrated design).
     */
    @Test
    void differencesBetweenTheSexGroupsOnTheCalibratedDesignAgreeWithR() {
        int n = responses.size();
        String[] stratum = new String[n];
        String[] school = new String[n];
        String[] schoolClass = new String[n];
        double[] schoolsInStratum = new double[n];
        double[] classesInSchool = new double[n];
        int[] sexGroup = new int[n];
        for (int i = 0; i < n; i++) {
            Map<String, String> c = classById.get(responses.get(i).get("class_id"));
            stratum[i] = c.get("stratum");
            school[i] = c.get("school_id");
            schoolClass[i] = c.get("class_id");
            schoolsInStratum[i] = integer(c, "schools_in_stratum");
            classesInSchool[i] = integer(c, "classes_in_school");
            String sex = responses.get(i).get("sex");
            sexGroup[i] = sex.equals("1") ? 0 : sex.equals("2") ? 1 : sex.equals("3") ? 2 : -1;
        }
        double[] w = weights.finalWeights();
        SurveyDesign design = SurveyDesign.builder(w).strata(stratum).clusters(school, schoolClass)
                .fpc(schoolsInStratum, classesInSchool).nest(true).lonelyPsu(LonelyPsuRule.ADJUST).build()
                .calibrated(w, weights.residuals()::of);
        List<Map<String, String>> expected = RFixtures.rows(DIR + "differences.csv");
        assertThat(expected).hasSize(ITEMS.size() * 3);
        for (Map<String, String> e : expected) {
            String item = e.get("item");
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                String code = responses.get(i).get(item);
                y[i] = code.equals("1") ? 1 : code.equals("2") ? 2 : Double.NaN;
            }
            se.hrvstat.survey.estimate.Difference d = se.hrvstat.survey.estimate.GroupDifferences.ofProportionsByPair(
                    design, y, sexGroup, 3, 0.95)[Integer.parseInt(e.get("group1")) - 1][Integer.parseInt(e.get("group2")) - 1];
            String what = item + " sex=" + e.get("group1") + "-sex=" + e.get("group2");
            assertThat(d.degreesOfFreedom()).as(what + " df").isEqualTo(number(e, "df"));
            assertClose(what + " estimate", d.estimate(), number(e, "estimate"), TOL);
            assertClose(what + " se", d.se(), number(e, "se"), TOL);
            assertClose(what + " ci low", d.ciLow(), number(e, "ci_low"), TOL);
            assertClose(what + " ci high", d.ciHigh(), number(e, "ci_high"), TOL);
            assertClose(what + " p", d.p(), number(e, "p"), TOL);
        }
    }

    static void assertClose(String what, double actual, double expected, double relative) {
        assertThat(Math.abs(actual - expected)).as("%s: %s vs R %s", what, actual, expected)
                .isLessThanOrEqualTo(relative * Math.abs(expected));
    }

    static double number(Map<String, String> row, String column) {
        return RFixtures.number(row.get(column));
    }

    static int integer(Map<String, String> row, String column) {
        return Integer.parseInt(row.get(column));
    }

    /** lan_grade (lanskod x grade counts), sex_grade and born_grade, in the order of population.csv. */
    static Map<String, Margin> margins() {
        Margin.Builder lanGrade = Margin.of("lan_grade", "lanskod", "grade");
        Margin.Builder sexGrade = Margin.of("sex_grade", "sex", "grade");
        Margin.Builder bornGrade = Margin.of("born_grade", "born", "grade");
        for (Map<String, String> r : population) {
            double count = Double.parseDouble(r.get("count"));
            switch (r.get("margin")) {
                case "lan_grade" -> lanGrade.cell(count, r.get("lanskod"), r.get("grade"));
                case "sex_grade" -> sexGrade.cell(count, r.get("sex"), r.get("grade"));
                case "born_grade" -> bornGrade.cell(count, r.get("born"), r.get("grade"));
                default -> throw new IllegalStateException("unexpected margin " + r.get("margin"));
            }
        }
        return Map.of("lan_grade", lanGrade.build(), "sex_grade", sexGrade.build(), "born_grade", bornGrade.build());
    }

    static List<Map<String, String>> csv(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in)
                     .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            List<Map<String, String>> out = new ArrayList<>();
            for (CSVRecord r : parser) {
                out.add(r.toMap());
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
