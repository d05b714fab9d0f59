package se.hrvstat.survey.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.testdata.RFixtures;
import se.hrvstat.survey.weight.Bounds;
import se.hrvstat.survey.weight.Calibration;
import se.hrvstat.survey.weight.CalibrationFixtures;
import se.hrvstat.survey.weight.CalibrationFunction;
import se.hrvstat.survey.weight.CalibrationModel;
import se.hrvstat.survey.weight.CalibrationResult;
import se.hrvstat.survey.weight.Margin;
import se.hrvstat.survey.weight.PostStratification;
import se.hrvstat.survey.weight.ShareMargin;
import se.hrvstat.survey.weight.WeightTrimming;

/**
 * The difference of two group means (and proportions) on a CALIBRATED design agrees with R's
 * {@code svyby(~y, ~group, design, svymean, covmat = TRUE, na.rm = TRUE)} followed by
 * {@code svycontrast(c(1, -1))}: every row of {@code r-fixtures/calibration/differences.csv}, made
 * by {@code src/test/r/make-calibrated-difference-fixtures.R} (survey 4.1.1 with upstream's fix
 * of {@code svyby(covmat = TRUE)} on calibrated designs; each difference also checked there
 * against {@code svyrecvar} of the difference's own influence values).
 *
 * <p>The designs are the calibrated cases of {@code src/test/r/make-calibration-fixtures.R}
 * ({@code r-fixtures/calibration/cases.csv}): {@code calibrate()} linear, raking, logit with
 * bounds, bounded linear, interaction margins, a trimmed raking, the share margins, and
 * {@code postStratify()}, on apistrat (stratified, FPC) and apiclus1 (clusters, FPC). Each is
 * rebuilt here as the calibration tests of {@code se.hrvstat.survey.weight} rebuild it
 * ({@link CalibrationFixtures}), its weights checked against R's {@code weights.csv}, and made a
 * calibrated design with
 * {@link SurveyDesign#calibrated} and the calibration's residuals. Breakdowns: stype (3 groups)
 * and stype "." sch.wide (6 groups); every pair of groups; api00 as a mean and awards01 as a
 * proportion, each whole and with y missing where {@code snum % 13 == 0}.
 *
 * <p>Checked for every row: {@link GroupDifferences#ofMeansByPair} /
 * {@link GroupDifferences#ofProportionsByPair} give R's estimate, se, interval and p to 1e-9
 * relative ({@link AgreesWithRSurveyTest#close}) and R's {@code degf(design)} exactly; and the two
 * groups alone ({@link GroupDifferences#ofMeans} / {@link GroupDifferences#ofProportions}) give
 * exactly the same {@link Difference}. Rows where R's se is exactly 0 (awards01 is 0 in both
 * groups) must give 0 with p NaN; rows where R's se is rounding noise are not in the file (the
 * R script says which).
 */
class CalibratedGroupDifferencesAgreeWithRTest {
    private static final String DIR = "calibration/";
    private static final Map<String, SurveyDesign> DESIGNS = new HashMap<>();
    private static double largestSeRelativeDifference;
    private static String largestSeRow = "";

    static Stream<Arguments> differences() {
        return RFixtures.rows(DIR + "differences.csv").stream().map(r -> Arguments.of(Named.of(r.get("case") + " "
                + r.get("statistic") + " " + r.get("variable")
                + (r.get("na_snum_mod").isEmpty() ? "" : " (NA where snum%" + r.get("na_snum_mod") + "==0)") + " "
                + r.get("by") + "=" + r.get("group1") + "-" + r.get("group2"), r)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("differences")
    void theDifferenceOfTwoGroupsOnACalibratedDesignAgreesWithSvycontrast(Map<String, String> c) {
        SurveyDesign design = calibratedDesign(c);
        assertThat(design.isCalibrated()).isTrue();
        String data = DIR + c.get("data");
        double[] y = RFixtures.numbers(data, c.get("variable")).clone();
        if (!c.get("na_snum_mod").isEmpty()) {
            int mod = Integer.parseInt(c.get("na_snum_mod"));
            double[] snum = RFixtures.numbers(data, "snum");
            for (int i = 0; i < y.length; i++) {
                if (((long) snum[i]) % mod == 0) {
                    y[i] = Double.NaN;
                }
            }
        }
        String[] by = breakdown(data, c.get("by"));
        List<String> groups = Arrays.stream(by).distinct().sorted().toList();
        int[] groupOfRow = Arrays.stream(by).mapToInt(groups::indexOf).toArray();
        int g = groups.indexOf(c.get("group1"));
        int h = groups.indexOf(c.get("group2"));
        assertThat(g).as("group order as R's").isGreaterThanOrEqualTo(0).isLessThan(h);
        boolean proportion = c.get("statistic").equals("proportion");
        Difference d = (proportion
                ? GroupDifferences.ofProportionsByPair(design, y, groupOfRow, groups.size(), 0.95)
                : GroupDifferences.ofMeansByPair(design, y, groupOfRow, groups.size(), 0.95))[g][h];
        assertThat(d).as("by-pair difference").isNotNull();

        boolean[] first = new boolean[by.length];
        boolean[] second = new boolean[by.length];
        for (int i = 0; i < by.length; i++) {
            first[i] = by[i].equals(c.get("group1"));
            second[i] = by[i].equals(c.get("group2"));
        }
        Difference alone = proportion
                ? GroupDifferences.ofProportions(design, y, first, second, 0.95)
                : GroupDifferences.ofMeans(design, y, first, second, 0.95);
        assertThat(alone).as("the two groups alone").isEqualTo(d);

        double rSe = RFixtures.number(c.get("se"));
        double scale = Math.abs(rSe);
        AgreesWithRSurveyTest.close("estimate", d.estimate(), RFixtures.number(c.get("estimate")), scale);
        AgreesWithRSurveyTest.close("se", d.se(), rSe, scale);
        AgreesWithRSurveyTest.close("ci_low", d.ciLow(), RFixtures.number(c.get("ci_low")), scale);
        AgreesWithRSurveyTest.close("ci_high", d.ciHigh(), RFixtures.number(c.get("ci_high")), scale);
        AgreesWithRSurveyTest.close("p", d.p(), RFixtures.number(c.get("p")), 1e-300);
        assertThat(d.degreesOfFreedom()).as("df").isEqualTo(RFixtures.number(c.get("df")));
        if (rSe > 0) {
            recordSeDifference(Math.abs(d.se() - rSe) / rSe, c);
        }
    }

    @AfterAll
    static void reportTheLargestSeDifference() {
        System.out.printf("CalibratedGroupDifferencesAgreeWithRTest: largest relative se difference from R %.3e (%s)%n",
                largestSeRelativeDifference, largestSeRow);
    }

    private static synchronized void recordSeDifference(double relative, Map<String, String> c) {
        if (relative >= largestSeRelativeDifference) {
            largestSeRelativeDifference = relative;
            largestSeRow = c.get("case") + " " + c.get("statistic") + " " + c.get("variable") + " na%"
                    + c.get("na_snum_mod") + " " + c.get("by") + "=" + c.get("group1") + "-" + c.get("group2");
        }
    }

    /** stype, or stype "." sch.wide as the R script pastes them. */
    private static String[] breakdown(String data, String by) {
        String[] stype = RFixtures.texts(data, "stype");
        if (by.equals("stype")) {
            return stype;
        }
        assertThat(by).isEqualTo("stype.sch");
        String[] sch = RFixtures.texts(data, "sch.wide");
        String[] out = new String[stype.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = stype[i] + "." + sch[i];
        }
        return out;
    }

    /** The case's calibrated design, made once per case. */
    private static synchronized SurveyDesign calibratedDesign(Map<String, String> c) {
        return DESIGNS.computeIfAbsent(c.get("case"), k -> makeCalibratedDesign(c));
    }

    /**
     * As CalibrationAgreesWithRTest, PostStratifyRakeTrimAgreeWithRTest and ShareMarginTest make
     * the case: calibrated weights and residuals, trimmed afterwards where the case says so.
     */
    private static SurveyDesign makeCalibratedDesign(Map<String, String> c) {
        String data = c.get("data");
        double[] pw = RFixtures.numbers(DIR + data, "pw");
        String method = c.get("method");
        CalibrationResult result;
        if (method.equals("poststratify")) {
            result = PostStratification.of(pw, CalibrationFixtures.sample(data),
                    CalibrationFixtures.margins(c.get("margins")).get(0));
        } else if (method.startsWith("shares-")) {
            Map<String, String[]> sample = new HashMap<>(CalibrationFixtures.sample(data));
            sample.put("awards", RFixtures.texts(DIR + data + "-sexlike", "sexlike"));
            Map<String, Margin> margins = CalibrationFixtures.margins();
            CalibrationModel model = CalibrationModel.of(sample, List.of(margins.get("stype")))
                    .with(ShareMargin.constraints(margins.get("stype_awards"), "awards", sample));
            CalibrationFunction f = CalibrationFunction.valueOf(method.substring("shares-".length()).toUpperCase());
            result = Calibration.calibrate(pw, model, f, Bounds.NONE, Calibration.DEFAULT_EPSILON,
                    Calibration.DEFAULT_MAXIT);
        } else {
            Bounds bounds = Bounds.NONE;
            if (!c.get("bounds").isEmpty()) {
                String[] b = c.get("bounds").split(",");
                bounds = new Bounds(Double.parseDouble(b[0]), Double.parseDouble(b[1]));
            }
            result = Calibration.calibrate(pw, CalibrationFixtures.sample(data),
                    CalibrationFixtures.margins(c.get("margins")),
                    CalibrationFunction.valueOf(method.toUpperCase()), bounds, Double.parseDouble(c.get("epsilon")),
                    Integer.parseInt(c.get("maxit")));
        }
        double[] weights = result.weights();
        if (!c.get("trim").isEmpty()) {
            String[] t = c.get("trim").split(",");
            weights = WeightTrimming.trim(weights, Double.parseDouble(t[0]), Double.parseDouble(t[1]), false);
        }
        double[] rWeights = CalibrationFixtures.rWeights(c.get("case"));
        assertThat(weights).hasSameSizeAs(rWeights);
        for (int i = 0; i < weights.length; i++) {
            assertThat(Math.abs(weights[i] - rWeights[i])).as("%s weight of row %d", c.get("case"), i + 1)
                    .isLessThanOrEqualTo(1e-9 * Math.abs(rWeights[i]));
        }
        return CalibrationFixtures.design(c, weights).calibrated(weights, result.residuals());
    }
}
