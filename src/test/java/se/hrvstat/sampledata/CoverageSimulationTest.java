package se.hrvstat.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.indicator.Codes;
import se.hrvstat.indicator.IndicatorCatalogue;
import se.hrvstat.sampledata.StudentModel.Student;
import se.hrvstat.survey.design.LonelyPsuRule;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.estimate.Estimate;
import se.hrvstat.survey.estimate.Estimators;
import se.hrvstat.survey.estimate.IntervalMethod;
import se.hrvstat.survey.weight.CalibrationException;
import se.hrvstat.survey.weight.Margin;
import se.hrvstat.survey.weight.ResponseHomogeneityGroups;
import se.hrvstat.survey.weight.WeightingChain;

/**
 * Coverage of the annual job's 95 % intervals on the project's generated population (issue 6,
 * item 6). The finite population of wave 2024 is the generator's (seed 20261125, at a fifth of
 * the committed sample's size so that the test takes tens of seconds): the same random streams
 * as {@link SurveyGenerator}, checked against the truth file and population.csv it writes. Its
 * true indicator values come from the generator's own, independent implementation of the
 * catalogue ({@link TruthIndicators}). Each replicate draws a new two-stage sample as the
 * generator does (schools by SRSWOR within strata, one or two classes per school, class
 * participation 90 %, student response), then follows the estimate path of the annual job
 * without the database: design weights, non-response adjustment, raking to the register margins
 * (the annual job's own {@link WeightingChain}), the catalogue of {@code jobs/indicators.ini}, proportions with
 * the logit interval (Korn–Graubard at 0 and 1) and Taylor variances of the stratified
 * two-stage design with FPC and calibration residuals (as {@code batch.EstimateInputs}).
 * Figures go to {@code target/coverage-simulation-*.txt}. The suite draws 50 samples; the full
 * size (200 samples, {@code -Dcoverage.samples=200}) is {@code benchmarks/coverage.sh}.
 */
class CoverageSimulationTest {
    private static final long SEED = SampleDataGenerator.DEFAULT_SEED;
    private static final long SIMULATION_SEED = 4711;
    private static final int WAVE = 2024;
    /** Population size relative to the committed sample (about 7 500 respondents per sample). */
    private static final double SCALE = Double.parseDouble(System.getProperty("coverage.scale", "0.5"));
    private static final int SAMPLES = Integer.getInteger("coverage.samples", 50);
    /**
     * Whether the register gives the optional born_grade margin (EXCHANGE.md 1.3, issue 17). On by
     * default, as in the annual run, whose sample data deliver it: the samples are raked to it as
     * well (the students' true background by grade; respondents answering born 9 count on the other
     * margins only). {@code -Dcoverage.born=false} simulates the waves without it.
     */
    private static final boolean BORN_GRADE = Boolean.parseBoolean(System.getProperty("coverage.born", "true"));
    /**
     * Response homogeneity groups by background in the non-response step (issue 17; off unless
     * {@code -Dcoverage.rhg=school}, {@code class} or {@code stratum}): the frame's register
     * enrolment by background of each sampled class (its students' true background), cells of at
     * least {@code -Dcoverage.rhg.min} respondents (default 5) with a factor of at most
     * {@code -Dcoverage.rhg.max} (default 2), else collapsed ({@link ResponseHomogeneityGroups}).
     */
    private static final ResponseHomogeneityGroups.Rule RHG = rule(System.getProperty("coverage.rhg", "off"));
    /** The generator's response model, or a diagnostic variant of it ({@code -Dcoverage.response}). */
    private static final Response GENERATOR_RESPONSE = Response.valueOf(System.getProperty("coverage.response",
            "GENERATOR"));
    /** Nominal coverage of the intervals. */
    private static final double NOMINAL = 0.95;
    private static final List<String> MAIN = List.of("hedersnormer", "begransningar", "hedersvald", "oro_tvang",
            "oro_bortforande", "sokt_hjalp", "vet_hjalp");
    private static final List<String> DOMAINS = List.of("all", "sex=1", "sex=2");
    private static final List<String> CODES = List.of("sex", "grade", "born", "disability", "lgbtq");

    record PopClass(String classId, List<Student> students) {
    }

    record PopSchool(SurveyGenerator.School school, List<PopClass> classes) {
    }

    /** How a student of a participating class comes to answer. */
    enum Response {
        /** Depends only on what the register margins describe (sex and grade): raking corrects it. */
        REGISTER {
            @Override
            double probability(Student st, int grade) {
                return 0.86 - (st.registerSex == 2 ? 0.04 : 0) - (grade == 11 ? 0.04 : 0);
            }
        },
        /** The generator's own model: also on country of birth, disability and latent risk. */
        GENERATOR {
            @Override
            double probability(Student st, int grade) {
                return StudentModel.responseProbability(st, grade);
            }
        },
        /** Diagnostic: the generator's model without its term on latent risk (z > 1.5). */
        GENERATOR_WITHOUT_RISK {
            @Override
            double probability(Student st, int grade) {
                return StudentModel.responseProbability(st, grade) + (st.z > 1.5 ? 0.04 : 0);
            }
        },
        /** Diagnostic: the generator's model without its term on disability. */
        GENERATOR_WITHOUT_DISABILITY {
            @Override
            double probability(Student st, int grade) {
                return StudentModel.responseProbability(st, grade) + (st.disability == 1 ? 0.03 : 0);
            }
        };

        abstract double probability(Student st, int grade);
    }

    /** Coverage, bias and spread per "indicator domain" over the samples. */
    record Result(int samples, int refused, Map<String, double[]> byKey, double coverage, String report) {
    }

    private static Population population;

    @TempDir
    static Path generated;

    /**
     * Response that the weighting can correct: the intervals must cover the truth 93-97 % of the
     * time, which checks design weights, non-response adjustment, raking and the variance with
     * calibration residuals together.
     */
    @Test
    void ninetyFivePercentIntervalsCoverTheTruth93To97PercentOfTheTime() throws IOException {
        Result r = simulate(Response.REGISTER);

        assertThat((double) r.refused()).as("samples refused by raking: fewer than 5 %").isLessThan(SAMPLES / 20.0);
        assertThat(r.coverage()).as(r.report()).isBetween(coverageBand(-3), coverageBand(3));
    }

    /**
     * NOMINAL + z standard errors of the share of covering intervals among SAMPLES x 21
     * (indicator, domain) intervals, were each interval to cover with probability 0.95
     * independently: the binomial, Var(hits / N) = p (1 - p) / N. With 50 samples, N = 1 050 and
     * sqrt(0.95 * 0.05 / 1050) = 0.006726, so z = +-3 gives 0.92982 to 0.97018, the 93-97 % of
     * the test's name (with 200 samples, N = 4 200: 0.93991 to 0.96009). Intervals of one sample
     * share it (sex=1 and sex=2 lie within "all"; the indicators are correlated), so the true
     * spread is wider than the binomial's: the report gives the observed spread of the samples'
     * coverage beside the binomial's, a variance ratio of 1.74 in the suite's 50 samples with the
     * born_grade margin (run of 2026-12-06: 94.95 % of 1 050 intervals covered; without the margin,
     * run of 2026-12-05: 95.05 %, ratio 1.96), so this band is about +-2.2 sigma of the real spread
     * around 95 %.
     */
    private static double coverageBand(double z) {
        int intervals = SAMPLES * MAIN.size() * DOMAINS.size();
        return NOMINAL + z * Math.sqrt(NOMINAL * (1 - NOMINAL) / intervals);
    }

    /**
     * The generator's response, which depends on traits the register does not hold: the standard
     * errors still match the spread of the estimates (within 20 %), but the estimates are biased
     * by the non-response that raking cannot see, so coverage falls short (reported, not asserted).
     */
    @Test
    @EnabledIfSystemProperty(named = "coverage.generator", matches = "true")
    void underTheGeneratorsResponseTheStandardErrorsStillMatchTheSpread() throws IOException {
        Result r = simulate(GENERATOR_RESPONSE);

        assertThat(r.byKey()).allSatisfy((key, m) -> assertThat(m[2] / m[3]).as(key + "\n" + r.report())
                .isBetween(0.80, 1.20));
    }

    private static ResponseHomogeneityGroups.Rule rule(String level) {
        if (level.equals("off")) {
            return null;
        }
        return new ResponseHomogeneityGroups.Rule(ResponseHomogeneityGroups.Level.valueOf(level.toUpperCase(Locale.ROOT)),
                Integer.getInteger("coverage.rhg.min", 5), Double.parseDouble(System.getProperty("coverage.rhg.max", "2")));
    }

    /** " + background groups within school (cells >= 5, factor <= 2)" or "" when off. */
    private static String rhgLabel() {
        return RHG == null ? "" : String.format(Locale.ROOT, ", background groups within %s (cells >= %d, factor <= %s)",
                RHG.level().name().toLowerCase(Locale.ROOT), RHG.minRespondents(), RHG.maxFactor());
    }

    static synchronized Population population() throws IOException {
        if (population == null) {
            population = new Population(generated);
        }
        return population;
    }

    private static Result simulate(Response response) throws IOException {
        Population pop = population();
        Map<String, int[]> covered = new LinkedHashMap<>();
        Map<String, double[]> moments = new LinkedHashMap<>(); // sum est, sum est^2, sum se
        List<Integer> hitsPerSample = new ArrayList<>();
        int done = 0;
        int failed = 0;
        String groups = "";
        for (int replicate = 0; done < SAMPLES; replicate++) {
            Sample sample = sample(pop.strata, replicate, response);
            SurveyDesign design;
            try {
                design = sample.design(pop.register);
            } catch (CalibrationException e) {
                failed++; // the annual job would stop on such a sample (an empty register cell)
                continue;
            }
            done++;
            if (done == 1) {
                groups = sample.groups == null ? "" : " (first sample: " + sample.groups + ")";
            }
            int sampleHits = 0;
            for (String name : MAIN) {
                double[] y = pop.catalogue.find(name).orElseThrow().evaluate(sample.codes, sample.size());
                for (String domain : DOMAINS) {
                    Estimate e = proportion(design, y, sample.domain(domain));
                    String key = name + " " + domain;
                    double t = pop.truth.get(key);
                    int hit = e.ciLow() <= t && t <= e.ciHigh() ? 1 : 0;
                    covered.computeIfAbsent(key, k -> new int[1])[0] += hit;
                    sampleHits += hit;
                    double[] m = moments.computeIfAbsent(key, k -> new double[3]);
                    m[0] += e.estimate();
                    m[1] += e.estimate() * e.estimate();
                    m[2] += e.se();
                }
            }
            hitsPerSample.add(sampleHits);
        }
        int total = 0;
        int hits = 0;
        Map<String, double[]> byKey = new LinkedHashMap<>();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "coverage of 95%% intervals, response %s, "
                + "population scale %.1f, margins lan_grade + sex_grade%s, %d samples (%d more drawn and refused by "
                + "raking)%s:%n", response, SCALE, BORN_GRADE ? " + born_grade" : "", done, failed, rhgLabel() + groups));
        report.append(String.format(Locale.ROOT, "%-24s %8s %8s %8s %8s %7s %8s%n", "indicator domain", "truth", "bias",
                "mean se", "sd est", "cover", "bias/se"));
        for (Map.Entry<String, int[]> c : covered.entrySet()) {
            double[] m = moments.get(c.getKey());
            double mean = m[0] / done;
            double sd = Math.sqrt((m[1] - done * mean * mean) / (done - 1));
            double truth = pop.truth.get(c.getKey());
            double cover = (double) c.getValue()[0] / done;
            byKey.put(c.getKey(), new double[] {truth, mean - truth, m[2] / done, sd, cover});
            report.append(String.format(Locale.ROOT, "%-24s %8.5f %8.5f %8.5f %8.5f %6.1f%% %8.3f%n", c.getKey(), truth,
                    mean - truth, m[2] / done, sd, 100 * cover, (mean - truth) / (m[2] / done)));
            total += done;
            hits += c.getValue()[0];
        }
        double coverage = (double) hits / total;
        report.append(String.format(Locale.ROOT, "all %d intervals: %.2f%%%n", total, 100 * coverage));
        report.append(biasSummary(byKey));
        report.append(spreadOfSampleCoverage(hitsPerSample, MAIN.size() * DOMAINS.size()));
        System.out.print(report);
        Path out = Path.of("target", "coverage-simulation-" + response.name().toLowerCase(Locale.ROOT)
                + (BORN_GRADE ? "-born" : "") + (RHG == null ? "" : "-rhg-" + RHG.level().name().toLowerCase(Locale.ROOT)
                + "-" + RHG.minRespondents() + "-" + RHG.maxFactor()) + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        return new Result(done, failed, byKey, coverage, report.toString());
    }

    /** Mean and largest |bias| / se over the estimates, and those above a third of their se (issue 17's goal). */
    private static String biasSummary(Map<String, double[]> byKey) {
        double sum = 0;
        double max = 0;
        List<String> above = new ArrayList<>();
        for (Map.Entry<String, double[]> e : byKey.entrySet()) {
            double ratio = Math.abs(e.getValue()[1] / e.getValue()[2]);
            sum += ratio;
            max = Math.max(max, ratio);
            if (ratio > 1.0 / 3) {
                above.add(String.format(Locale.ROOT, "%s %.2f", e.getKey(), ratio));
            }
        }
        return String.format(Locale.ROOT, "|bias| / se: mean %.3f, max %.3f; above se/3: %d of %d %s%n",
                sum / byKey.size(), max, above.size(), byKey.size(), above);
    }

    /**
     * The standard deviation of one sample's share of covering intervals, observed over the
     * samples and as the binomial gives it for independent intervals (sqrt(0.95 * 0.05 / k) for
     * k intervals a sample): their ratio squared is how much the sharing of a sample widens the
     * spread of the overall coverage beyond the binomial's.
     */
    private static String spreadOfSampleCoverage(List<Integer> hitsPerSample, int perSample) {
        double mean = hitsPerSample.stream().mapToDouble(h -> (double) h / perSample).average().orElse(0);
        double ss = hitsPerSample.stream().mapToDouble(h -> Math.pow((double) h / perSample - mean, 2)).sum();
        double observed = Math.sqrt(ss / Math.max(1, hitsPerSample.size() - 1));
        double binomial = Math.sqrt(NOMINAL * (1 - NOMINAL) / perSample);
        return String.format(Locale.ROOT, "coverage of one sample's %d intervals: sd %.4f observed, %.4f binomial "
                + "(variance ratio %.2f); the REGISTER test's band for %d samples: %.4f to %.4f%n", perSample, observed, binomial,
                Math.pow(observed / binomial, 2), hitsPerSample.size(), coverageBand(-3), coverageBand(3));
    }

    /** The generated population of wave 2024, its truth and register margins, and the catalogue. */
    static final class Population {
        final Map<String, List<PopSchool>> strata;
        final Map<String, Double> truth;
        final Map<String, Margin> register;
        final IndicatorCatalogue catalogue;

        /** The population, its wave's files written by the generator into {@code dir} (survey/, truth/). */
        Population(Path dir) throws IOException {
            ReferenceData ref = ReferenceData.load();
            Geography geo = new Geography(ref, SEED);
            SurveyGenerator generator = new SurveyGenerator(ref, geo, SEED, SCALE);
            strata = population(generator, geo);
            truth = truth(strata);
            register = register(strata);
            generator.generateWave(WAVE, dir.resolve("survey"), dir.resolve("truth"));
            assertTheSamePopulationAsTheGenerator(truth, register, dir);
            try (Reader in = Files.newBufferedReader(Path.of("jobs/indicators.ini"), StandardCharsets.UTF_8)) {
                catalogue = IndicatorCatalogue.parse(in, "jobs/indicators.ini");
            }
        }
    }

    /** The wave's schools, classes and students by stratum, drawn exactly as SurveyGenerator draws them. */
    private static Map<String, List<PopSchool>> population(SurveyGenerator generator, Geography geo) {
        Map<String, List<PopSchool>> strata = new TreeMap<>();
        for (SurveyGenerator.School school : generator.frame()) {
            Geography.Place place = geo.place(school.kommunkod());
            Rng classRng = Rng.of(SEED, "classes", WAVE, school.schoolId());
            int mhi = Math.max(1, school.baseClasses() + classRng.weighted(new double[] {1, 3, 1}) - 1);
            int[] sizes = new int[mhi];
            for (int c = 0; c < mhi; c++) {
                sizes[c] = school.grade() == 9 ? classRng.between(17, 29) : classRng.between(18, 32);
            }
            Rng students = Rng.of(SEED, "students", WAVE, school.schoolId());
            List<PopClass> classes = new ArrayList<>();
            for (int c = 0; c < mhi; c++) {
                List<Student> members = new ArrayList<>();
                for (int k = 0; k < sizes[c]; k++) {
                    members.add(StudentModel.draw(students, school.grade(), WAVE, place.riskEffect(),
                            place.foreignShare(), school.effect()));
                }
                classes.add(new PopClass(school.schoolId() + "-" + (school.grade() == 9 ? "9" : "2") + (char) ('A' + c),
                        members));
            }
            strata.computeIfAbsent(school.stratum(), k -> new ArrayList<>()).add(new PopSchool(school, classes));
        }
        return strata;
    }

    /** True shares over every student of the population ("indicator domain" to share). */
    private static Map<String, Double> truth(Map<String, List<PopSchool>> strata) {
        Map<String, long[]> counts = new HashMap<>();
        for (List<PopSchool> schools : strata.values()) {
            for (PopSchool school : schools) {
                for (PopClass c : school.classes()) {
                    for (Student st : c.students()) {
                        byte[] v = TruthIndicators.evaluate(st.q);
                        for (String name : MAIN) {
                            byte value = v[TruthIndicators.NAMES.indexOf(name)];
                            if (value == TruthIndicators.UNKNOWN) {
                                continue;
                            }
                            for (String domain : DOMAINS) {
                                if (domain.equals("all") || domain.equals("sex=" + st.sex)) {
                                    long[] n = counts.computeIfAbsent(name + " " + domain, k -> new long[2]);
                                    n[0] += value == TruthIndicators.TRUE ? 1 : 0;
                                    n[1]++;
                                }
                            }
                        }
                    }
                }
            }
        }
        Map<String, Double> truth = new HashMap<>();
        counts.forEach((k, n) -> truth.put(k, (double) n[0] / n[1]));
        return truth;
    }

    /**
     * The population rebuilt here is the generator's: the truths agree with the truth file it
     * writes for the wave (6 decimals) and the register margins with its population.csv.
     */
    private static void assertTheSamePopulationAsTheGenerator(Map<String, Double> truth, Map<String, Margin> register,
                                                              Path dir) throws IOException {
        Map<String, Double> written = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("truth/truth-" + WAVE + ".csv"))) {
            String[] f = line.split(",", -1);
            if (f.length == 4 && DOMAINS.contains(f[2]) && MAIN.contains(f[0])) {
                written.put(f[0] + " " + f[2], Double.parseDouble(f[3]));
            }
        }
        assertThat(written).hasSize(truth.size());
        written.forEach((k, v) -> assertThat(truth.get(k)).as(k).isCloseTo(v, within(5e-7)));
        double students = 0;
        Map<String, Double> byBornAndGrade = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("survey/" + WAVE + "/population.csv"))) {
            String[] f = line.split(",", -1); // margin,lanskod,sex,grade,count,born
            if (f[0].equals("lan_grade")) {
                students += Double.parseDouble(f[4]);
            } else if (f[0].equals(WeightingChain.BORN_GRADE)) {
                byBornAndGrade.put(f[5] + " " + f[3], Double.parseDouble(f[4]));
            }
        }
        assertThat(register.get("lan_grade").total()).isEqualTo(students);
        assertThat(register.get("sex_grade").total()).isEqualTo(students);
        if (BORN_GRADE) {
            assertThat(register.get(WeightingChain.BORN_GRADE).total()).isEqualTo(students);
        }
        assertThat(byBornAndGrade).hasSize(6).allSatisfy((cell, n) -> assertThat(n).isPositive());
        assertThat(byBornAndGrade.values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(students);
    }

    /** The register's margins: students by county and grade, and by (register) sex and grade. */
    private static Map<String, Margin> register(Map<String, List<PopSchool>> strata) {
        Map<List<String>, Long> lanGrade = new TreeMap<>(CoverageSimulationTest::compare);
        Map<List<String>, Long> sexGrade = new TreeMap<>(CoverageSimulationTest::compare);
        Map<List<String>, Long> bornGrade = new TreeMap<>(CoverageSimulationTest::compare);
        for (List<PopSchool> schools : strata.values()) {
            for (PopSchool s : schools) {
                String grade = Integer.toString(s.school().grade());
                for (PopClass c : s.classes()) {
                    for (Student st : c.students()) {
                        lanGrade.merge(List.of(s.school().lanskod(), grade), 1L, Long::sum);
                        sexGrade.merge(List.of(Integer.toString(st.registerSex), grade), 1L, Long::sum);
                        bornGrade.merge(List.of(Integer.toString(st.trueBorn), grade), 1L, Long::sum);
                    }
                }
            }
        }
        Margin.Builder lan = Margin.of("lan_grade", "lanskod", "grade");
        lanGrade.forEach((k, n) -> lan.cell(n, k.get(0), k.get(1)));
        Margin.Builder sex = Margin.of("sex_grade", "sex", "grade");
        sexGrade.forEach((k, n) -> sex.cell(n, k.get(0), k.get(1)));
        if (!BORN_GRADE) {
            return Map.of("lan_grade", lan.build(), "sex_grade", sex.build());
        }
        Margin.Builder born = Margin.of(WeightingChain.BORN_GRADE, "born", "grade");
        bornGrade.forEach((k, n) -> born.cell(n, k.get(0), k.get(1)));
        return Map.of("lan_grade", lan.build(), "sex_grade", sex.build(), WeightingChain.BORN_GRADE, born.build());
    }

    private static int compare(List<String> a, List<String> b) {
        int c = a.get(0).compareTo(b.get(0));
        return c != 0 ? c : a.get(1).compareTo(b.get(1));
    }

    /** One replicate's two-stage sample with non-response, drawn as SurveyGenerator draws the wave's. */
    static Sample sample(Map<String, List<PopSchool>> strata, int replicate, Response response) {
        Sample out = new Sample();
        for (Map.Entry<String, List<PopSchool>> e : strata.entrySet()) {
            List<PopSchool> schools = e.getValue();
            int nh = Math.min(schools.size(), Math.max(2, (int) Math.round(schools.size() / 3.0)));
            for (int si : Rng.of(SIMULATION_SEED, "sample-schools", replicate, e.getKey()).srswor(schools.size(), nh)) {
                PopSchool school = schools.get(si);
                int mhi = school.classes().size();
                Rng cs = Rng.of(SIMULATION_SEED, "sample-classes", replicate, school.school().schoolId());
                int mSampled = mhi == 1 ? 1 : (cs.bernoulli(0.5) ? 2 : 1);
                for (int c : cs.srswor(mhi, mSampled)) {
                    PopClass cls = school.classes().get(c);
                    boolean participates = cs.bernoulli(0.90);
                    Rng resp = Rng.of(SIMULATION_SEED, "respond", replicate, cls.classId());
                    int answered = 0;
                    for (Student st : cls.students()) {
                        if (resp.bernoulli(response.probability(st, school.school().grade())) && participates) {
                            out.add(st, e.getKey(), school, cls.classId(), schools.size(), mhi);
                            answered++;
                        }
                    }
                    int[] byBackground = new int[3];
                    cls.students().forEach(st -> byBackground[st.trueBorn - 1]++);
                    out.enrolledByBackground.put(cls.classId(), byBackground);
                    out.classes.add(new WeightingChain.SampledClass(cls.classId(), e.getKey(),
                            school.school().schoolId(), schools.size(), nh, mhi, mSampled, cls.students().size(), answered));
                }
            }
        }
        return out;
    }

    /** Respondents as columns, like a wave loaded by SurveyWaveStore. */
    static final class Sample {
        final List<WeightingChain.SampledClass> classes = new ArrayList<>();
        /** The frame's register enrolment of each sampled class by background 1, 2, 3. */
        final Map<String, int[]> enrolledByBackground = new HashMap<>();
        /** How the background groups were divided, in words (null without them). */
        String groups;
        /** Per respondent the municipality of the school (for the small-area simulation). */
        final List<String> kommunkod = new ArrayList<>();
        final List<String> stratum = new ArrayList<>();
        final List<String> school = new ArrayList<>();
        final List<String> schoolClass = new ArrayList<>();
        final List<String> lanskod = new ArrayList<>();
        final List<double[]> fpc = new ArrayList<>();
        final List<Student> students = new ArrayList<>();
        final List<Integer> grades = new ArrayList<>();
        Map<String, int[]> codes;

        void add(Student st, String stratumId, PopSchool s, String classId, int schoolsInStratum, int classesInSchool) {
            stratum.add(stratumId);
            school.add(s.school().schoolId());
            kommunkod.add(s.school().kommunkod());
            schoolClass.add(classId);
            lanskod.add(s.school().lanskod());
            fpc.add(new double[] {schoolsInStratum, classesInSchool});
            students.add(st);
            grades.add(s.school().grade());
        }

        int size() {
            return students.size();
        }

        boolean[] domain(String label) {
            if (label.equals("all")) {
                return null;
            }
            int sex = Integer.parseInt(label.substring("sex=".length()));
            boolean[] in = new boolean[size()];
            for (int i = 0; i < in.length; i++) {
                in[i] = students.get(i).sex == sex;
            }
            return in;
        }

        /** Weights by the annual job's own chain, and the design with calibration residuals. */
        SurveyDesign design(Map<String, Margin> register) {
            int n = size();
            codes = new HashMap<>();
            for (String column : CODES) {
                codes.put(column, new int[n]);
            }
            for (int j = 0; j < StudentModel.ITEMS; j++) {
                codes.put(String.format(Locale.ROOT, "q%02d", j + 1), new int[n]);
            }
            Map<String, String[]> cells = new LinkedHashMap<>();
            cells.put("lanskod", lanskod.toArray(String[]::new));
            cells.put("grade", new String[n]);
            cells.put("sex", new String[n]);
            if (BORN_GRADE || RHG != null) {
                cells.put("born", new String[n]);
            }
            for (int i = 0; i < n; i++) {
                Student st = students.get(i);
                cells.get("grade")[i] = Integer.toString(grades.get(i));
                cells.get("sex")[i] = Integer.toString(st.sex);
                if (BORN_GRADE || RHG != null) {
                    cells.get("born")[i] = Integer.toString(st.born);
                }
                codes.get("sex")[i] = st.sex;
                codes.get("grade")[i] = grades.get(i);
                codes.get("born")[i] = st.born;
                codes.get("disability")[i] = st.disability;
                codes.get("lgbtq")[i] = st.lgbtq;
                for (int j = 0; j < StudentModel.ITEMS; j++) {
                    codes.get(String.format(Locale.ROOT, "q%02d", j + 1))[i] = st.q[j] == 0 ? Codes.MISSING : st.q[j];
                }
            }
            WeightingChain.WaveWeights raked = WeightingChain.weigh(classes,
                    new WeightingChain.Respondents(schoolClass.toArray(String[]::new), cells), register,
                    RHG == null ? null : new WeightingChain.BackgroundGroups(RHG, enrolledByBackground));
            groups = RHG == null ? null : raked.collapses().get(raked.collapses().size() - 1);
            double[] schoolsInStratum = fpc.stream().mapToDouble(f -> f[0]).toArray();
            double[] classesInSchool = fpc.stream().mapToDouble(f -> f[1]).toArray();
            return SurveyDesign.builder(raked.finalWeights()).strata(stratum.toArray(String[]::new))
                    .clusters(school.toArray(String[]::new), schoolClass.toArray(String[]::new))
                    .fpc(schoolsInStratum, classesInSchool).nest(true).lonelyPsu(LonelyPsuRule.ADJUST).build()
                    .calibrated(raked.finalWeights(), raked.residuals());
        }
    }

    /** As the annual job: logit interval, Korn–Graubard (beta) where the estimate is 0 or 1. */
    private static Estimate proportion(SurveyDesign design, double[] y, boolean[] domain) {
        Estimate e = Estimators.proportion(design, y, domain, IntervalMethod.LOGIT, 0.95);
        if (e.estimate() == 0.0 || e.estimate() == 1.0) {
            e = Estimators.proportion(design, y, domain, IntervalMethod.BETA, 0.95);
        }
        return e;
    }
}
