package se.hrvstat.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.ingest.form.FormContent;
import se.hrvstat.ingest.form.MunicipalForm;
import se.hrvstat.ingest.form.ReturnRow;
import se.hrvstat.testsupport.Pipeline;

/**
 * Checks a small generated sample (scale 0.1) against EXCHANGE.md: the one the pipeline tests use,
 * generated once per test run ({@link Pipeline#sampleData}), and a second generation for the
 * same seed to compare it with byte for byte.
 */
class SampleDataGeneratorTest {

    static final long SEED = 20261125L;
    static final double SCALE = 0.1;

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void generate() {
        assertThat(SampleDataGenerator.DEFAULT_SEED).as("the seed of Pipeline's sample").isEqualTo(SEED);
        out = Pipeline.sampleData(tmp.resolve("a"), SCALE);
    }

    static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    static String header(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().orElse("");
        }
    }

    static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).collect(Collectors.toList())) {
                m.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    @Test
    void theSameSeedGivesByteIdenticalFiles() throws IOException {
        Path again = tmp.resolve("b");
        SampleDataGenerator.generate(again, SEED, SCALE);

        Map<String, byte[]> a = contents(out);
        Map<String, byte[]> b = contents(again);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String k : a.keySet()) {
            assertThat(b.get(k)).as(k).isEqualTo(a.get(k));
        }
        assertThat(a).containsKeys("TRUTH.md", "broken/README.md", "forms/kartlaggning-mall.xlsx");
    }

    @Test
    void anotherSeedGivesOtherResponses() throws IOException {
        ReferenceData ref = ReferenceData.load();
        Path other = tmp.resolve("c");
        new SurveyGenerator(ref, new Geography(ref, SEED + 1), SEED + 1, SCALE)
                .generateWave(2024, other.resolve("survey"), other.resolve("truth"));

        assertThat(Files.readAllBytes(other.resolve("survey/2024/responses.csv")))
                .isNotEqualTo(Files.readAllBytes(out.resolve("survey/2024/responses.csv")));
    }

    @Test
    void surveyHeadersAreExactlyAsInTheExchangeSpecification() throws IOException {
        for (String wave : List.of("2020", "2022", "2024")) {
            Path d = out.resolve("survey").resolve(wave);
            assertThat(header(d.resolve("design.csv"))).isEqualTo("stratum,lanskod,kommunkod,school_id,class_id,"
                    + "grade,schools_in_stratum,schools_sampled,classes_in_school,classes_sampled,enrolled");
            assertThat(header(d.resolve("responses.csv"))).isEqualTo("resp_id,wave,class_id,sex,grade,age,born,"
                    + "disability,lgbtq,q01,q02,q03,q04,q05,q06,q07,q08,q09,q10,q11,q12,q13,q14,q15,q16");
            assertThat(header(d.resolve("population.csv"))).isEqualTo("margin,lanskod,sex,grade,count,born");
            assertThat(header(out.resolve("truth/truth-" + wave + ".csv"))).isEqualTo("indicator,wave,domain,value");
        }
    }

    @Test
    void municipalHeadersAreExactlyAsInTheExchangeSpecification() throws IOException {
        for (String year : List.of("2023", "2024")) {
            Path d = out.resolve("municipal").resolve(year);
            assertThat(header(d.resolve("returns.csv")))
                    .isEqualTo("year,kommunkod,sector,sex,age_group,measure,value,submitted");
            assertThat(header(d.resolve("efforts.csv"))).isEqualTo("year,kommunkod,submitted,action_plan,"
                    + "routine_social,routine_school,coordinator,staff_trained,staff_total,cooperation_police,"
                    + "cooperation_region,preventive_method");
            assertThat(header(d.resolve("population_municipal.csv"))).isEqualTo("year,kommunkod,sex,age_group,count");
        }
    }

    @Test
    void theDesignRespectsTheSamplingInvariants() throws IOException {
        for (String wave : List.of("2020", "2022", "2024")) {
            List<CSVRecord> design = read(out.resolve("survey").resolve(wave).resolve("design.csv"));
            Map<String, Set<String>> schoolsByStratum = new TreeMap<>();
            Map<String, Integer> nh = new HashMap<>();
            Map<String, Integer> classesBySchool = new HashMap<>();
            Map<String, Integer> mhi = new HashMap<>();
            Set<String> classIds = new HashSet<>();
            for (CSVRecord r : design) {
                int bigN = Integer.parseInt(r.get("schools_in_stratum"));
                int n = Integer.parseInt(r.get("schools_sampled"));
                int bigM = Integer.parseInt(r.get("classes_in_school"));
                int m = Integer.parseInt(r.get("classes_sampled"));
                assertThat(n).isBetween(2, bigN);
                assertThat(m).isBetween(1, bigM).isLessThanOrEqualTo(2);
                assertThat(Integer.parseInt(r.get("enrolled"))).isGreaterThanOrEqualTo(0);
                assertThat(r.get("stratum")).isEqualTo(r.get("lanskod") + "-" + (r.get("grade").equals("9") ? "GR" : "GY"));
                assertThat(r.get("kommunkod")).startsWith(r.get("lanskod"));
                assertThat(classIds.add(r.get("class_id"))).as("class_id unique").isTrue();
                schoolsByStratum.computeIfAbsent(r.get("stratum"), k -> new TreeSet<>()).add(r.get("school_id"));
                nh.put(r.get("stratum"), n);
                classesBySchool.merge(r.get("school_id"), 1, Integer::sum);
                mhi.put(r.get("school_id"), m);
            }
            assertThat(schoolsByStratum).hasSize(42);
            schoolsByStratum.forEach((s, schools) -> assertThat(schools).as(s).hasSize(nh.get(s)));
            classesBySchool.forEach((s, c) -> assertThat(c).as(s).isEqualTo(mhi.get(s)));
        }
    }

    @Test
    void everyResponseBelongsToADesignClassOfTheSameGradeAndHasValidCodes() throws IOException {
        for (String wave : List.of("2020", "2022", "2024")) {
            Path d = out.resolve("survey").resolve(wave);
            Map<String, String> gradeOfClass = new HashMap<>();
            for (CSVRecord r : read(d.resolve("design.csv"))) {
                gradeOfClass.put(r.get("class_id"), r.get("grade"));
            }
            List<CSVRecord> responses = read(d.resolve("responses.csv"));
            assertThat(responses).isNotEmpty();
            Set<String> ids = new HashSet<>();
            Set<String> answered = new HashSet<>();
            for (CSVRecord r : responses) {
                assertThat(r.size()).isEqualTo(25);
                assertThat(r.get("resp_id")).matches("R" + wave + "-[0-9]{6}");
                assertThat(ids.add(r.get("resp_id"))).isTrue();
                assertThat(r.get("wave")).isEqualTo(wave);
                assertThat(gradeOfClass).containsKey(r.get("class_id"));
                assertThat(r.get("grade")).isEqualTo(gradeOfClass.get(r.get("class_id")));
                assertThat(r.get("sex")).isIn("1", "2", "3", "9");
                assertThat(r.get("born")).isIn("1", "2", "3", "9");
                assertThat(r.get("disability")).isIn("1", "2", "9");
                assertThat(r.get("lgbtq")).isIn("1", "2", "9");
                if (!r.get("age").isEmpty()) {
                    assertThat(Integer.parseInt(r.get("age"))).isBetween(12, 22);
                }
                boolean routed = false;
                for (int i = 1; i <= 16; i++) {
                    String q = r.get(String.format("q%02d", i));
                    if (i == 15) {
                        continue;
                    }
                    assertThat(q).isIn("1", "2", "8", "9");
                    routed |= i >= 11 && i <= 14 && q.equals("1");
                }
                if (routed) {
                    assertThat(r.get("q15")).isIn("1", "2", "8", "9");
                } else {
                    assertThat(r.get("q15")).isEmpty();
                }
                answered.add(r.get("class_id"));
            }
            // class non-response: some sampled classes have no respondents
            assertThat(answered.size()).isLessThanOrEqualTo(gradeOfClass.size());
        }
    }

    @Test
    void populationMarginsAgreeOnTheirTotalsPerGrade() throws IOException {
        for (String wave : List.of("2020", "2022", "2024")) {
            Map<String, Long> lan = new TreeMap<>();
            Map<String, Long> sex = new TreeMap<>();
            Map<String, Long> born = new TreeMap<>();
            Set<String> counties = new TreeSet<>();
            for (CSVRecord r : read(out.resolve("survey").resolve(wave).resolve("population.csv"))) {
                long c = Long.parseLong(r.get("count"));
                if (r.get("margin").equals("lan_grade")) {
                    assertThat(r.get("sex")).isEmpty();
                    counties.add(r.get("lanskod"));
                    lan.merge(r.get("grade"), c, Long::sum);
                } else if (r.get("margin").equals("born_grade")) {
                    assertThat(r.get("lanskod")).isEmpty();
                    assertThat(r.get("sex")).isEmpty();
                    assertThat(r.get("born")).isIn("1", "2", "3");
                    born.merge(r.get("grade"), c, Long::sum);
                } else {
                    assertThat(r.get("margin")).isEqualTo("sex_grade");
                    assertThat(r.get("lanskod")).isEmpty();
                    assertThat(r.get("sex")).isIn("1", "2");
                    sex.merge(r.get("grade"), c, Long::sum);
                }
            }
            assertThat(counties).hasSize(21);
            assertThat(lan).isEqualTo(sex).isEqualTo(born).containsOnlyKeys("9", "11");
        }
    }

    @Test
    void municipalFilesUseThe290MunicipalitiesAndKeepTypesWithinPersons() throws IOException {
        Set<String> valid = new TreeSet<>();
        for (ReferenceData.Municipality m : ReferenceData.load().municipalities()) {
            valid.add(m.kommunkod());
        }
        for (String year : List.of("2023", "2024")) {
            Path d = out.resolve("municipal").resolve(year);
            Set<String> inPopulation = new TreeSet<>();
            for (CSVRecord r : read(d.resolve("population_municipal.csv"))) {
                inPopulation.add(r.get("kommunkod"));
                assertThat(r.get("sex")).isIn("flicka_kvinna", "pojke_man");
                assertThat(r.get("age_group")).isIn("0-12", "13-17", "18-25", "26+");
            }
            assertThat(inPopulation).isEqualTo(valid).hasSize(290);

            Map<String, Long> persons = new HashMap<>();
            List<CSVRecord> returns = read(d.resolve("returns.csv"));
            Set<String> returning = new TreeSet<>();
            for (CSVRecord r : returns) {
                assertThat(valid).contains(r.get("kommunkod"));
                returning.add(r.get("kommunkod"));
                String cell = r.get("kommunkod") + r.get("sector") + r.get("sex") + r.get("age_group") + r.get("submitted");
                if (r.get("measure").equals("personer")) {
                    persons.put(cell, Long.parseLong(r.get("value")));
                }
            }
            for (CSVRecord r : returns) {
                String cell = r.get("kommunkod") + r.get("sector") + r.get("sex") + r.get("age_group") + r.get("submitted");
                assertThat(Long.parseLong(r.get("value"))).isLessThanOrEqualTo(persons.get(cell));
            }
            assertThat(returning.size()).isBetween(230, 280);

            Set<String> withEfforts = new TreeSet<>();
            for (CSVRecord r : read(d.resolve("efforts.csv"))) {
                withEfforts.add(r.get("kommunkod"));
                assertThat(Long.parseLong(r.get("staff_trained"))).isLessThanOrEqualTo(Long.parseLong(r.get("staff_total")));
            }
            assertThat(withEfforts).isEqualTo(returning);

            List<Path> forms;
            try (Stream<Path> s = Files.list(d.resolve("forms"))) {
                forms = s.sorted().collect(Collectors.toList());
            }
            assertThat(forms).hasSizeBetween(3, 5);
            for (Path f : forms) {
                FormContent c = MunicipalForm.read(f);
                assertThat(f.getFileName().toString()).isEqualTo(c.kommunkod() + ".xlsx");
                assertThat(valid).contains(c.kommunkod());
                assertThat(returning).doesNotContain(c.kommunkod());
                assertThat(c.year()).isEqualTo(Integer.parseInt(year));
                assertThat(c.rows()).extracting(ReturnRow::measure).contains("personer");
            }
        }
    }

    @Test
    void someReturnsAreResubmittedLater() throws IOException {
        Map<String, Set<String>> submissions = new TreeMap<>();
        for (CSVRecord r : read(out.resolve("municipal/2024/returns.csv"))) {
            submissions.computeIfAbsent(r.get("kommunkod") + "/" + r.get("sector"), k -> new TreeSet<>())
                    .add(r.get("submitted"));
        }
        assertThat(submissions.values().stream().filter(s -> s.size() > 1).count()).isBetween(3L, 5L);
    }

    @Test
    void truthFilesCoverEveryIndicatorForAllAndBySex() throws IOException {
        List<CSVRecord> truth = read(out.resolve("truth/truth-2024.csv"));
        List<String> keys = new ArrayList<>();
        for (CSVRecord r : truth) {
            keys.add(r.get("indicator") + "|" + r.get("domain"));
            if (!r.get("value").isEmpty()) {
                assertThat(Double.parseDouble(r.get("value"))).isBetween(0.0, 1.0);
            }
        }
        for (String ind : List.of("hedersnormer", "begransningar", "hedersvald", "oro_tvang", "oro_bortforande",
                "sokt_hjalp", "vet_hjalp", "q01", "q16")) {
            assertThat(keys).contains(ind + "|all", ind + "|sex=1", ind + "|sex=2");
        }
    }

    @Test
    void areaCovariatesHaveOneRowPerMunicipalityWithStudentsAndAddUpToThePopulation() throws IOException {
        for (String wave : List.of("2020", "2022", "2024")) {
            Path d = out.resolve("survey").resolve(wave);
            assertThat(header(d.resolve("area_covariates.csv"))).isEqualTo("kommunkod,students,share_foreign_background");
            Set<String> kommunkoder = new TreeSet<>();
            long students = 0;
            for (CSVRecord r : read(d.resolve("area_covariates.csv"))) {
                assertThat(kommunkoder.add(r.get("kommunkod"))).as("kommunkod once").isTrue();
                assertThat(Long.parseLong(r.get("students"))).isPositive();
                assertThat(Double.parseDouble(r.get("share_foreign_background"))).isBetween(0.0, 1.0);
                students += Long.parseLong(r.get("students"));
            }
            long population = 0;
            for (CSVRecord r : read(d.resolve("population.csv"))) {
                if (r.get("margin").equals("lan_grade")) {
                    population += Long.parseLong(r.get("count"));
                }
            }
            assertThat(students).isEqualTo(population);
            for (CSVRecord r : read(d.resolve("design.csv"))) {
                assertThat(kommunkoder).contains(r.get("kommunkod"));
            }
        }
    }

    @Test
    void municipalTruthHasEveryIndicatorForEveryMunicipalityOfTheCovariates() throws IOException {
        Set<String> kommunkoder = new TreeSet<>();
        for (CSVRecord r : read(out.resolve("survey/2024/area_covariates.csv"))) {
            kommunkoder.add(r.get("kommunkod"));
        }
        assertThat(header(out.resolve("truth/truth-kommun-2024.csv"))).isEqualTo("indicator,wave,kommunkod,value");
        Map<String, Set<String>> byIndicator = new TreeMap<>();
        for (CSVRecord r : read(out.resolve("truth/truth-kommun-2024.csv"))) {
            assertThat(r.get("wave")).isEqualTo("2024");
            byIndicator.computeIfAbsent(r.get("indicator"), k -> new TreeSet<>()).add(r.get("kommunkod"));
            if (!r.get("value").isEmpty()) {
                assertThat(Double.parseDouble(r.get("value"))).isBetween(0.0, 1.0);
            }
        }
        assertThat(byIndicator.keySet()).containsExactlyInAnyOrderElementsOf(TruthIndicators.NAMES);
        byIndicator.forEach((indicator, k) -> assertThat(k).as(indicator).isEqualTo(kommunkoder));
        assertThat(Files.readString(out.resolve("truth/README.md"))).contains("truth-kommun-<wave>.csv",
                "area_covariates.csv");
    }

    @Test
    void brokenFilesAreAllDescribed() throws IOException {
        String readme = Files.readString(out.resolve("broken/README.md"));
        try (Stream<Path> s = Files.walk(out.resolve("broken"))) {
            for (Path p : s.filter(Files::isRegularFile).collect(Collectors.toList())) {
                String rel = out.resolve("broken").relativize(p).toString();
                if (rel.equals("README.md")) {
                    continue;
                }
                assertThat(readme).as(rel).contains(rel.startsWith("excel-sv") ? "excel-sv/" : "`" + rel + "`");
            }
        }
    }
}
