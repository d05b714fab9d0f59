package se.hrvstat.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.indicator.Indicator;
import se.hrvstat.indicator.MunicipalSmallAreas;
import se.hrvstat.indicator.WaveSample;
import se.hrvstat.result.SmallAreaRow;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.estimate.IntervalMethod;
import se.hrvstat.survey.smallarea.FayHerriot;
import se.hrvstat.survey.smallarea.SmallAreaSettings;
import se.hrvstat.survey.weight.CalibrationException;
import se.hrvstat.survey.weight.WeightingChain;

/**
 * The honesty check of the small-area estimates (issue 18) through the real chain: repeated
 * two-stage samples of the generated population of wave 2024 (the population, sampling,
 * non-response and weighting of {@link CoverageSimulationTest}: the annual job's own
 * {@link WeightingChain}, raking to the register, the design with calibration residuals), and
 * for every headline indicator the annual job's small-area estimate ({@link MunicipalSmallAreas},
 * as {@code batch.SmallAreaEstimation} calls it: the settings of {@code jobs/annual.properties},
 * benchmarked to the national direct estimate) of every municipality of the generator's
 * {@code area_covariates.csv}, judged against the generator's true municipal values
 * ({@code truth/truth-kommun-2024.csv}, written for the same population).
 *
 * <p>Per indicator and pooled: the coverage of the municipal 95 % intervals over municipalities
 * and samples (goal ≥ 90 % pooled); the mean squared error of the published estimate against the
 * truth over that of the direct estimate, over the municipalities in the model (goal ≤ 0.5); and
 * the relative bias of the students-weighted aggregate of the municipal estimates against that of
 * the true values; beside them two diagnostics: the mean of (y_d - asin sqrt p_d)^2 / psi_d over the
 * areas in the model (1 when the design-effect rule gives the right sampling variance) and the fitted
 * sigma2_v beside the variance of the true values around the regression (over all municipalities,
 * and over those in the model). Figures go to
 * {@code target/small-area-simulation.txt}. The suite draws {@code sae.samples} = 4 samples of the
 * population at half the sample's size
 * ({@code coverage.scale} 0.5); {@code benchmarks/small-area.sh} runs the full size.
 */
class SmallAreaCoverageSimulationTest {
    static final int SAMPLES = Integer.getInteger("sae.samples", 4);
    static final List<String> HEADLINE = List.of("hedersnormer", "begransningar", "hedersvald", "oro_tvang",
            "oro_bortforande", "sokt_hjalp", "vet_hjalp");

    @TempDir
    static Path generated;

    static CoverageSimulationTest.Population population;
    static List<MunicipalSmallAreas.Municipality> register;
    static Map<String, Map<String, Double>> truth;
    static Map<String, String> schoolMunicipality;

    @BeforeAll
    static void population() throws IOException {
        population = new CoverageSimulationTest.Population(generated);
        register = new ArrayList<>();
        List<String> lines = Files.readAllLines(generated.resolve("survey/2024/area_covariates.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            register.add(new MunicipalSmallAreas.Municipality(f[0], Integer.parseInt(f[1]),
                    Map.of("share_foreign_background", Double.parseDouble(f[2]))));
        }
        truth = new HashMap<>();
        lines = Files.readAllLines(generated.resolve("truth/truth-kommun-2024.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            truth.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[2], f[3].isEmpty() ? Double.NaN
                    : Double.parseDouble(f[3]));
        }
        schoolMunicipality = new HashMap<>();
        population.strata.values().forEach(schools -> schools.forEach(s ->
                schoolMunicipality.put(s.school().schoolId(), s.school().kommunkod())));
    }

    /** Sums per indicator over samples and municipalities. */
    static final class Tally {
        long intervals;
        long covered;
        long coveredSampled;
        long intervalsSampled;
        double squaredErrorModel;
        double squaredErrorDirect;
        double relativeBias;
        int samples;
        /** Sum of (y_d - asin sqrt p_d)^2 and of psi_d over the areas in the model: is the sampling variance right? */
        double squaredSamplingError;
        double psi;
        /** Sum of the fitted area variance over the samples, and the true one (the OLS residual variance of asin sqrt p on x). */
        double areaVariance;
        double trueAreaVariance;
        /** The same over the municipalities in the model of each sample only. */
        double trueAreaVarianceInModel;

        void add(Tally t) {
            intervals += t.intervals;
            covered += t.covered;
            coveredSampled += t.coveredSampled;
            intervalsSampled += t.intervalsSampled;
            squaredErrorModel += t.squaredErrorModel;
            squaredErrorDirect += t.squaredErrorDirect;
            relativeBias += t.relativeBias;
            samples += t.samples;
            squaredSamplingError += t.squaredSamplingError;
            psi += t.psi;
            areaVariance += t.areaVariance;
            trueAreaVariance += t.trueAreaVariance;
            trueAreaVarianceInModel += t.trueAreaVarianceInModel;
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-16s %8.1f%% %8.1f%% %8.1f%% %10.3f %+10.4f %10.3f %10.5f %10.5f %10.5f%n", name,
                    100.0 * covered / intervals, 100.0 * coveredSampled / intervalsSampled,
                    100.0 * (covered - coveredSampled) / Math.max(1, intervals - intervalsSampled),
                    squaredErrorModel / squaredErrorDirect, relativeBias / samples, squaredSamplingError / psi,
                    areaVariance / samples, trueAreaVariance / samples, trueAreaVarianceInModel / samples);
        }
    }

    /** The pooled figures and the report of one simulation, run once for the tests of the class. */
    record Outcome(Tally pooled, String report) {
        double coverage() {
            return (double) pooled.covered / pooled.intervals;
        }

        double mseRatio() {
            return pooled.squaredErrorModel / pooled.squaredErrorDirect;
        }
    }

    static Outcome outcome;

    static synchronized Outcome outcome() throws IOException {
        if (outcome == null) {
            outcome = simulate();
        }
        return outcome;
    }

    /** Issue 18's goal MSE(model)/MSE(direct) <= 0.5, pooled over indicators, municipalities in the model and samples. */
    @Test
    void theModelBasedEstimatesHaveAtMostHalfTheMeanSquaredErrorOfTheDirectOnes() throws IOException {
        Outcome o = outcome();

        assertThat(o.mseRatio()).as(o.report()).isLessThanOrEqualTo(0.5);
    }

    /**
     * Issue 18's goal of 90 % pooled coverage (docs/small-area.md, "Honesty check"): 94.3 % pooled at
     * full size (50 samples) since the intervals hold each municipality's own finite-population
     * variance (SmallAreaShares.intervalExcess); 78.6 % before, with sae's MSE alone.
     */
    @Test
    void theMunicipalIntervalsCoverTheTruthAtLeastNinetyPercentOfTheTimePooled() throws IOException {
        Outcome o = outcome();

        assertThat(o.coverage()).as(o.report()).isGreaterThanOrEqualTo(0.90);
    }

    static Outcome simulate() throws IOException {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        HEADLINE.forEach(h -> tallies.put(h, new Tally()));
        int done = 0;
        int refused = 0;
        for (int replicate = 0; done < SAMPLES; replicate++) {
            CoverageSimulationTest.Sample sample = CoverageSimulationTest.sample(population.strata, replicate,
                    CoverageSimulationTest.Response.REGISTER);
            SurveyDesign design;
            try {
                design = sample.design(population.register);
            } catch (CalibrationException e) {
                refused++;
                continue;
            }
            done++;
            WaveSample wave = new WaveSample(2024, sample.codes, sample.lanskod.toArray(String[]::new), design);
            MunicipalSmallAreas.Places places = new MunicipalSmallAreas.Places(sample.kommunkod.toArray(String[]::new),
                    sample.school.toArray(String[]::new));
            Map<String, Double> inSampled = studentsInSampledSchools(sample.classes);
            for (String name : HEADLINE) {
                Indicator indicator = population.catalogue.find(name).orElseThrow();
                MunicipalSmallAreas.Result result = MunicipalSmallAreas.estimate(indicator, wave, places, register,
                        inSampled, settings());
                Tally t = judge(result.rows(), truth.get(name));
                t.areaVariance = result.fit().areaVariance();
                t.trueAreaVariance = trueAreaVariance(truth.get(name));
                Map<String, Double> inModel = new HashMap<>();
                for (SmallAreaRow r : result.rows()) {
                    if (r.direct() != null) {
                        inModel.put(r.kommunkod(), truth.get(name).getOrDefault(r.kommunkod(), Double.NaN));
                    }
                }
                t.trueAreaVarianceInModel = trueAreaVariance(inModel);
                tallies.get(name).add(t);
            }
        }
        Tally pooled = new Tally();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "small-area estimates of %d municipalities, "
                + "%d samples of the generated population of 2024 at scale %s through the weighting chain (%d more drawn "
                + "and refused by raking):%n", register.size(), done, System.getProperty("coverage.scale", "0.5"), refused));
        report.append(String.format(Locale.ROOT, "%-16s %9s %9s %9s %10s %10s %10s %10s %10s %10s%n", "indicator",
                "coverage", "sampled", "unsampled", "MSE ratio", "agg. bias", "(y-t)^2/psi", "sigma2_v", "true s2_v",
                "in model"));
        for (Map.Entry<String, Tally> t : tallies.entrySet()) {
            report.append(t.getValue().line(t.getKey()));
            pooled.add(t.getValue());
        }
        report.append(pooled.line("pooled"));
        System.out.print(report);
        Path out = Path.of("target", "small-area-simulation.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        return new Outcome(pooled, report.toString());
    }

    /** One sample's intervals, squared errors and aggregate bias of one indicator against the truth. */
    static Tally judge(List<SmallAreaRow> rows, Map<String, Double> truth) {
        Tally t = new Tally();
        double estimated = 0;
        double trueTotal = 0;
        double students = 0;
        for (int d = 0; d < rows.size(); d++) {
            SmallAreaRow r = rows.get(d);
            double p = truth.getOrDefault(r.kommunkod(), Double.NaN);
            if (Double.isNaN(p)) {
                continue; // no student of the municipality has the indicator known
            }
            boolean hit = r.ciLow() <= p && p <= r.ciHigh();
            t.intervals++;
            t.covered += hit ? 1 : 0;
            if (r.direct() != null) {
                t.squaredSamplingError += Math.pow(r.modelY() - Math.asin(Math.sqrt(p)), 2);
                t.psi += r.modelVardir();
                t.intervalsSampled++;
                t.coveredSampled += hit ? 1 : 0;
                t.squaredErrorModel += Math.pow(r.estimate() - p, 2);
                t.squaredErrorDirect += Math.pow(r.direct() - p, 2);
            }
            double w = register.get(d).students();
            estimated += w * r.estimate();
            trueTotal += w * p;
            students += w;
        }
        t.relativeBias = (estimated / students) / (trueTotal / students) - 1;
        t.samples = 1;
        return t;
    }

    /**
     * The variance of the true municipal values around the model's regression on the model's scale:
     * the residual variance of the least-squares fit of asin sqrt p_d on (1, x_d) over the municipalities
     * with a true value, what sigma2_v estimates (the model's own variance, not a sample's).
     */
    static double trueAreaVariance(Map<String, Double> truth) {
        List<double[]> rows = new ArrayList<>();
        for (MunicipalSmallAreas.Municipality m : register) {
            double p = truth.getOrDefault(m.kommunkod(), Double.NaN);
            if (!Double.isNaN(p)) {
                rows.add(new double[] {1, m.columns().get("share_foreign_background"),
                    Math.log(Math.max(1, m.students())), Math.asin(Math.sqrt(p))});
            }
        }
        double[][] xtx = new double[3][3];
        double[] xty = new double[3];
        for (double[] r : rows) {
            for (int a = 0; a < 3; a++) {
                xty[a] += r[a] * r[3];
                for (int b = 0; b < 3; b++) {
                    xtx[a][b] += r[a] * r[b];
                }
            }
        }
        double[] beta = new org.apache.commons.math3.linear.LUDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(xtx)).getSolver()
                .solve(new org.apache.commons.math3.linear.ArrayRealVector(xty)).toArray();
        double ss = 0;
        for (double[] r : rows) {
            double e = r[3] - beta[0] - beta[1] * r[1] - beta[2] * r[2];
            ss += e * e;
        }
        return ss / (rows.size() - 3);
    }

    /** As the pipeline's store: per school classes_in_school x the mean enrolment of its sampled classes, per municipality. */
    static Map<String, Double> studentsInSampledSchools(List<WeightingChain.SampledClass> classes) {
        Map<String, double[]> bySchool = new LinkedHashMap<>();
        for (WeightingChain.SampledClass c : classes) {
            double[] s = bySchool.computeIfAbsent(c.school(), k -> new double[3]);
            s[0] = c.classesInSchool();
            s[1] += c.enrolled();
            s[2]++;
        }
        Map<String, Double> out = new HashMap<>();
        bySchool.forEach((school, s) -> out.merge(schoolMunicipality.get(school), s[0] * s[1] / s[2], Double::sum));
        return out;
    }

    /** The annual job's settings (jobs/annual.properties defaults): logit, 0.95, n >= 10 in the model, direct at n >= 100 and RSE <= 0.30. */
    static MunicipalSmallAreas.Settings settings() {
        return new MunicipalSmallAreas.Settings(IntervalMethod.LOGIT, 0.95, new SmallAreaSettings(0.95, 10, 100, 0.30,
                FayHerriot.MAX_ITERATIONS, FayHerriot.PRECISION), true, List.of("share_foreign_background", "log_students"));
    }
}
