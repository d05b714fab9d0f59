package se.hrvstat.sampledata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import se.hrvstat.sampledata.Geography.Place;
import se.hrvstat.sampledata.StudentModel.Student;

/**
 * Generates the finite school population and the two-stage sample of the youth survey, one wave
 * at a time, and writes {@code design.csv}, {@code responses.csv}, {@code population.csv},
 * {@code area_covariates.csv} and the truth files of the wave (national domains and municipalities).
 */
final class SurveyGenerator {

    static final int[] WAVES = {2020, 2022, 2024};
    static final String[] TYPES = {"GR", "GY"};
    /** Schools in the national frame at scale 1 (GR with year 9, GY with year 2). */
    static final int GR_SCHOOLS = 1000;
    static final int GY_SCHOOLS = 700;

    record School(String schoolId, String stratum, String lanskod, String kommunkod, String type, int grade,
            double effect, int baseClasses) {
    }

    /** Summary of a generated wave, for TRUTH.md and the report. */
    record WaveSummary(int wave, int strata, int schoolsInFrame, int schoolsSampled, int classesSampled,
            int classesNotParticipating, long populationStudents, long enrolledInSampledClasses,
            long enrolledInParticipatingClasses, long respondents, Map<String, double[]> headline) {
    }

    private final long seed;
    private final double scale;
    private final Geography geo;
    private final ReferenceData ref;
    private final List<School> frame;

    SurveyGenerator(ReferenceData ref, Geography geo, long seed, double scale) {
        this.ref = ref;
        this.geo = geo;
        this.seed = seed;
        this.scale = scale;
        this.frame = buildFrame();
    }

    /** The school frame: stable across waves (schools keep their id and random effect). */
    private List<School> buildFrame() {
        List<School> schools = new ArrayList<>();
        double national = 0;
        for (Place p : geo.places()) {
            national += p.inhabitants();
        }
        for (Map.Entry<String, List<ReferenceData.Municipality>> e : ref.municipalitiesByCounty().entrySet()) {
            String lan = e.getKey();
            List<ReferenceData.Municipality> munis = e.getValue();
            double countyInh = 0;
            for (ReferenceData.Municipality m : munis) {
                countyInh += geo.place(m.kommunkod()).inhabitants();
            }
            for (String type : TYPES) {
                int total = type.equals("GR") ? GR_SCHOOLS : GY_SCHOOLS;
                int nh = Math.max(3, (int) Math.round(total * scale * countyInh / national));
                Rng r = Rng.of(seed, "frame", lan, type);
                double[] w = new double[munis.size()];
                for (int i = 0; i < w.length; i++) {
                    double inh = geo.place(munis.get(i).kommunkod()).inhabitants();
                    w[i] = type.equals("GR") ? inh : Math.pow(inh, 1.25);
                }
                int[] count = new int[munis.size()];
                int left = nh;
                if (type.equals("GR") && nh >= munis.size()) {
                    for (int i = 0; i < count.length; i++) {
                        count[i] = 1;
                    }
                    left -= munis.size();
                }
                for (int k = 0; k < left; k++) {
                    count[r.weighted(w)]++;
                }
                for (int i = 0; i < munis.size(); i++) {
                    String kod = munis.get(i).kommunkod();
                    boolean city = geo.place(kod).inhabitants() > 100_000;
                    for (int s = 1; s <= count[i]; s++) {
                        String id = String.format(Locale.ROOT, "%s-%s-%02d", kod, type, s);
                        double effect = StudentModel.SCHOOL_SD * r.gaussian();
                        int base = type.equals("GR")
                                ? 1 + r.weighted(new double[] {15, 30, 25, 15, 10, 5}) + (city ? 1 : 0)
                                : 2 + r.weighted(new double[] {10, 20, 25, 20, 12, 8, 5});
                        schools.add(new School(id, lan + "-" + type, lan, kod, type, type.equals("GR") ? 9 : 11,
                                effect, base));
                    }
                }
            }
        }
        return schools;
    }

    List<School> frame() {
        return frame;
    }

    /** Generates one wave into {@code surveyDir/<wave>/} and its truth file into {@code truthDir}. */
    WaveSummary generateWave(int wave, Path surveyDir, Path truthDir) {
        Path dir = surveyDir.resolve(String.valueOf(wave));
        Map<String, List<School>> byStratum = new TreeMap<>();
        for (School s : frame) {
            byStratum.computeIfAbsent(s.stratum(), k -> new ArrayList<>()).add(s);
        }
        TruthAccumulator truth = new TruthAccumulator(ref);
        MunicipalTruth municipalTruth = new MunicipalTruth();
        Map<String, long[]> lanGrade = new TreeMap<>(); // lanskod|grade -> count
        Map<String, long[]> sexGrade = new TreeMap<>(); // sex|grade -> count
        Map<String, long[]> bornGrade = new TreeMap<>(); // born|grade -> count (the register's background)
        int schoolsSampled = 0;
        int classesSampled = 0;
        int classesOut = 0;
        long popStudents = 0;
        long enrolledSampled = 0;
        long enrolledParticipating = 0;
        long respondents = 0;

        try (Csv design = Csv.open(dir.resolve("design.csv"));
                Csv responses = Csv.open(dir.resolve("responses.csv"))) {
            design.row(ExchangeHeaders.DESIGN);
            responses.row(ExchangeHeaders.RESPONSES);
            for (Map.Entry<String, List<School>> e : byStratum.entrySet()) {
                List<School> schools = e.getValue();
                int nh = Math.min(schools.size(), Math.max(2, (int) Math.round(schools.size() / 3.0)));
                Rng sampling = Rng.of(seed, "sample-schools", wave, e.getKey());
                int[] sampledIdx = sampling.srswor(schools.size(), nh);
                boolean[] sampled = new boolean[schools.size()];
                for (int i : sampledIdx) {
                    sampled[i] = true;
                }
                for (int si = 0; si < schools.size(); si++) {
                    School school = schools.get(si);
                    Place place = geo.place(school.kommunkod());
                    Rng classRng = Rng.of(seed, "classes", wave, school.schoolId());
                    int mhi = Math.max(1, school.baseClasses() + classRng.weighted(new double[] {1, 3, 1}) - 1);
                    int[] sizes = new int[mhi];
                    for (int c = 0; c < mhi; c++) {
                        sizes[c] = school.grade() == 9 ? classRng.between(17, 29) : classRng.between(18, 32);
                    }
                    boolean[] classSampled = new boolean[mhi];
                    boolean[] participates = new boolean[mhi];
                    int mSampled = 0;
                    if (sampled[si]) {
                        schoolsSampled++;
                        Rng cs = Rng.of(seed, "sample-classes", wave, school.schoolId());
                        mSampled = mhi == 1 ? 1 : (cs.bernoulli(0.5) ? 2 : 1);
                        for (int c : cs.srswor(mhi, mSampled)) {
                            classSampled[c] = true;
                            participates[c] = cs.bernoulli(0.90);
                        }
                    }
                    Rng students = Rng.of(seed, "students", wave, school.schoolId());
                    String gradeKey = school.grade() == 9 ? "09" : "11";
                    long[] lanGradeCount = lanGrade.computeIfAbsent(school.lanskod() + "|" + gradeKey, x -> new long[1]);
                    long[] sexGrade1 = sexGrade.computeIfAbsent("1|" + gradeKey, x -> new long[1]);
                    long[] sexGrade2 = sexGrade.computeIfAbsent("2|" + gradeKey, x -> new long[1]);
                    for (int c = 0; c < mhi; c++) {
                        String classId = school.schoolId() + "-" + (school.grade() == 9 ? "9" : "2")
                                + (char) ('A' + c);
                        if (classSampled[c]) {
                            classesSampled++;
                            enrolledSampled += sizes[c];
                            if (participates[c]) {
                                enrolledParticipating += sizes[c];
                            } else {
                                classesOut++;
                            }
                            design.row(school.stratum(), school.lanskod(), school.kommunkod(), school.schoolId(),
                                    classId, String.valueOf(school.grade()), String.valueOf(schools.size()),
                                    String.valueOf(nh), String.valueOf(mhi), String.valueOf(mSampled),
                                    String.valueOf(sizes[c]));
                        }
                        Rng resp = Rng.of(seed, "respond", wave, classId);
                        for (int k = 0; k < sizes[c]; k++) {
                            Student st = StudentModel.draw(students, school.grade(), wave, place.riskEffect(),
                                    place.foreignShare(), school.effect());
                            popStudents++;
                            lanGradeCount[0]++;
                            (st.registerSex == 1 ? sexGrade1 : sexGrade2)[0]++;
                            bornGrade.computeIfAbsent(st.trueBorn + "|" + gradeKey, x -> new long[1])[0]++;
                            truth.add(st, school.grade(), school.lanskod());
                            municipalTruth.add(st, school.kommunkod());
                            boolean answers = resp.bernoulli(StudentModel.responseProbability(st, school.grade()));
                            if (classSampled[c] && participates[c] && answers) {
                                respondents++;
                                responses.row(responseRow(wave, respondents, classId, school.grade(), st));
                            }
                        }
                    }
                }
            }
        }
        writePopulation(dir.resolve("population.csv"), lanGrade, sexGrade, bornGrade);
        truth.write(truthDir.resolve("truth-" + wave + ".csv"), wave);
        municipalTruth.writeAreaCovariates(dir.resolve("area_covariates.csv"));
        municipalTruth.writeTruth(truthDir.resolve("truth-kommun-" + wave + ".csv"), wave);
        return new WaveSummary(wave, byStratum.size(), frame.size(), schoolsSampled, classesSampled, classesOut,
                popStudents, enrolledSampled, enrolledParticipating, respondents, truth.headline());
    }

    private static List<String> responseRow(int wave, long n, String classId, int grade, Student st) {
        List<String> row = new ArrayList<>(25);
        row.add(String.format(Locale.ROOT, "R%d-%06d", wave, n));
        row.add(String.valueOf(wave));
        row.add(classId);
        row.add(String.valueOf(st.sex));
        row.add(String.valueOf(grade));
        row.add(st.age == 0 ? "" : String.valueOf(st.age));
        row.add(String.valueOf(st.born));
        row.add(String.valueOf(st.disability));
        row.add(String.valueOf(st.lgbtq));
        for (int j = 0; j < StudentModel.ITEMS; j++) {
            row.add(st.q[j] == 0 ? "" : String.valueOf(st.q[j]));
        }
        return row;
    }

    /** population.csv: lan_grade and sex_grade, and the optional born_grade margin (EXCHANGE.md 1.3). */
    private static void writePopulation(Path file, Map<String, long[]> lanGrade, Map<String, long[]> sexGrade,
                                        Map<String, long[]> bornGrade) {
        try (Csv out = Csv.open(file)) {
            out.row(ExchangeHeaders.POPULATION);
            for (Map.Entry<String, long[]> e : lanGrade.entrySet()) {
                String[] k = e.getKey().split("\\|");
                out.row("lan_grade", k[0], "", String.valueOf(Integer.parseInt(k[1])), String.valueOf(e.getValue()[0]), "");
            }
            for (Map.Entry<String, long[]> e : sexGrade.entrySet()) {
                String[] k = e.getKey().split("\\|");
                out.row("sex_grade", "", k[0], String.valueOf(Integer.parseInt(k[1])), String.valueOf(e.getValue()[0]), "");
            }
            for (Map.Entry<String, long[]> e : bornGrade.entrySet()) {
                String[] k = e.getKey().split("\\|");
                out.row("born_grade", "", "", String.valueOf(Integer.parseInt(k[1])), String.valueOf(e.getValue()[0]), k[0]);
            }
        }
    }

    /** Accumulates the indicator numerators and denominators over the full population. */
    static final class TruthAccumulator {
        private final Map<String, long[][]> domains = new LinkedHashMap<>();

        TruthAccumulator(ReferenceData ref) {
            for (String d : domainOrder(ref)) {
                domains.put(d, new long[2][TruthIndicators.NAMES.size()]);
            }
        }

        static List<String> domainOrder(ReferenceData ref) {
            List<String> d = new ArrayList<>();
            d.add("all");
            for (String s : new String[] {"1", "2", "3"}) {
                d.add("sex=" + s);
            }
            d.add("grade=9");
            d.add("grade=11");
            for (String s : new String[] {"1", "2", "3"}) {
                for (String g : new String[] {"9", "11"}) {
                    d.add("sex=" + s + "&grade=" + g);
                }
            }
            for (String b : new String[] {"1", "2", "3"}) {
                d.add("born=" + b);
            }
            d.add("disability=1");
            d.add("disability=2");
            d.add("lgbtq=1");
            d.add("lgbtq=2");
            for (ReferenceData.County c : ref.counties()) {
                d.add("lanskod=" + c.lanskod());
            }
            return d;
        }

        private static final String[] CODE_KEYS = {"", "=1", "=2", "=3"};

        void add(Student st, int grade, String lanskod) {
            byte[] v = TruthIndicators.evaluate(st.q);
            String g = grade == 9 ? "9" : "11";
            addTo("all", v);
            if (st.sex != 9) {
                addTo("sex" + CODE_KEYS[st.sex], v);
                addTo("sex" + CODE_KEYS[st.sex] + "&grade=" + g, v);
            }
            addTo("grade=" + g, v);
            if (st.born != 9) {
                addTo("born" + CODE_KEYS[st.born], v);
            }
            if (st.disability != 9) {
                addTo("disability" + CODE_KEYS[st.disability], v);
            }
            if (st.lgbtq != 9) {
                addTo("lgbtq" + CODE_KEYS[st.lgbtq], v);
            }
            addTo("lanskod=" + lanskod, v);
        }

        private void addTo(String domain, byte[] v) {
            long[][] acc = domains.get(domain);
            for (int i = 0; i < v.length; i++) {
                if (v[i] != TruthIndicators.UNKNOWN) {
                    acc[1][i]++;
                    if (v[i] == TruthIndicators.TRUE) {
                        acc[0][i]++;
                    }
                }
            }
        }

        void write(Path file, int wave) {
            try (Csv out = Csv.open(file)) {
                out.row(ExchangeHeaders.TRUTH);
                for (int i = 0; i < TruthIndicators.NAMES.size(); i++) {
                    for (Map.Entry<String, long[][]> e : domains.entrySet()) {
                        long den = e.getValue()[1][i];
                        String value = den == 0 ? "" : String.format(Locale.ROOT, "%.6f",
                                (double) e.getValue()[0][i] / den);
                        out.row(TruthIndicators.NAMES.get(i), String.valueOf(wave), e.getKey(), value);
                    }
                }
            }
        }

        /** indicator -> {all, girls, boys} proportions, for TRUTH.md. */
        Map<String, double[]> headline() {
            Map<String, double[]> h = new LinkedHashMap<>();
            for (int i = 0; i < TruthIndicators.NAMES.size(); i++) {
                double[] v = new double[3];
                String[] ds = {"all", "sex=1", "sex=2"};
                for (int k = 0; k < 3; k++) {
                    long[][] acc = domains.get(ds[k]);
                    v[k] = acc[1][i] == 0 ? Double.NaN : (double) acc[0][i] / acc[1][i];
                }
                h.put(TruthIndicators.NAMES.get(i), v);
            }
            return h;
        }
    }
}
