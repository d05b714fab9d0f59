package se.hrvstat.municipal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.hrvstat.result.CaseCount;
import se.hrvstat.result.PopulationCount;
import se.hrvstat.survey.disclosure.DisclosureRules;

/**
 * The {@link Intruder} against the published municipal tables: no ".." may be pinned or shown
 * to hold fewer than 5 persons when it holds 1–4, and no published rate may rest on a count that
 * is not published; on the sample data of 2023 and 2024 and on seeded random returns.
 */
class IntruderTest {
    private static final DisclosureRules RULES = DisclosureRules.DEFAULT;

    /** Seconds per year since the audit reuses its simplex tableaux (docs/disclosure-control.md). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2023, 2024})
    void theIntruderNarrowsNoSuppressedCellOfTheSampleData(int year) {
        MunicipalYear y = SampleMunicipalYear.read(Path.of("sample-data"), year);
        Geography geo = SampleMunicipalYear.geography();
        MunicipalStatistics.Publication p = new MunicipalStatistics(TestWords.BUNDLE, geo, RULES, 0.95).compute(y, Optional.empty());

        Intruder.Outcome o = new Intruder(geo, RULES.lowestSuppressed(), RULES.minCount()).attack(p.tables(), year, y.cases());

        System.out.printf("intruder %d: %d '..', %d narrowed, %d pinned%n", year, o.suppressed(), o.narrowed(), o.pinned());
        assertThat(o.suppressed()).isEqualTo(p.suppressed());
        assertThat(o.exposed()).isEmpty();
        assertThat(o.ratesWithoutCount()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theIntruderFindsTheLeakOfAPublishedTotalOverHiddenSectors() {
        // one county: A returns 1, 2, 3, 1 (total 7), B 10, 12, 9, 20; the tables suppress A's row
        // and enough around it; then A's total 7 is printed by mistake: by hand each of A's
        // sectors is 7 minus three cells >= 1, so at most 4, and the 1–4 cells are shown below 5
        Map<String, String> names = new LinkedHashMap<>();
        names.put("0101", "A");
        names.put("0102", "B");
        Geography geo = new Geography(names, Map.of("0101", "01", "0102", "01"), Map.of("01", "Län"));
        long[][] persons = {{1, 2, 3, 1}, {10, 12, 9, 20}};
        List<CaseCount> cases = new ArrayList<>();
        for (int m = 0; m < 2; m++) {
            for (int s = 0; s < 4; s++) {
                cases.add(new CaseCount("010" + (m + 1), Codes.SECTORS.get(s), "flicka_kvinna", "26+", "personer", persons[m][s]));
            }
        }
        MunicipalStatistics.Publication p = new MunicipalStatistics(TestWords.BUNDLE, geo, RULES, 0.95)
                .compute(new MunicipalYear(2024, cases, List.of(), List.of()), Optional.empty());
        List<se.hrvstat.result.StatTable> leaked = new ArrayList<>();
        for (se.hrvstat.result.StatTable t : p.tables()) {
            if (!t.id().equals("kanda-personer-kommun-2024")) {
                leaked.add(t);
                continue;
            }
            List<List<se.hrvstat.result.StatTable.Cell>> rows = new ArrayList<>();
            for (List<se.hrvstat.result.StatTable.Cell> row : t.cells()) {
                rows.add(new ArrayList<>(row));
            }
            rows.get(0).set(4, se.hrvstat.result.StatTable.Cell.of(7));
            leaked.add(new se.hrvstat.result.StatTable(t.id(), t.sheetName(), t.title(), t.stubTitle(), t.stub(),
                    t.headingTitle(), t.heading(), rows, t.unit(), t.decimals(), t.source(), t.footnotes()));
        }

        Intruder.Outcome safe = new Intruder(geo, 1, 5).attack(p.tables(), 2024, cases);
        Intruder.Outcome o = new Intruder(geo, 1, 5).attack(leaked, 2024, cases);

        assertThat(safe.exposed()).isEmpty();
        assertThat(o.exposed()).contains("k0,0 = 1 in [1, 4]", "k0,1 = 2 in [1, 4]", "k0,2 = 3 in [1, 4]", "k0,3 = 1 in [1, 4]");
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 30).mapToObj(i -> 1414L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theIntruderNarrowsNoSuppressedCellOfRandomReturns(long seed) {
        Random rnd = new Random(seed);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> countyOf = new HashMap<>();
        Map<String, String> counties = new LinkedHashMap<>();
        for (int c = 1; c <= 2 + rnd.nextInt(3); c++) {
            String lan = String.format("%02d", c);
            counties.put(lan, "Län " + lan);
            int n = 1 + rnd.nextInt(6);
            for (int m = 1; m <= n; m++) {
                String kod = lan + String.format("%02d", m);
                names.put(kod, "Kommun " + kod);
                countyOf.put(kod, lan);
            }
        }
        Geography geo = new Geography(names, countyOf, counties);
        List<CaseCount> cases = new ArrayList<>();
        List<PopulationCount> population = new ArrayList<>();
        for (String kod : names.keySet()) {
            for (String sex : Codes.POPULATION_SEXES) {
                for (String age : Codes.POPULATION_AGES) {
                    population.add(new PopulationCount(kod, sex, age, 200 + rnd.nextInt(5_000)));
                }
            }
            if (rnd.nextDouble() < 0.15) {
                continue; // did not return
            }
            for (String sector : Codes.SECTORS) {
                if (rnd.nextDouble() < 0.1) {
                    continue; // sector not returned
                }
                int rows = 1 + rnd.nextInt(3);
                for (int i = 0; i < rows; i++) {
                    String sex = Codes.SEXES.get(rnd.nextInt(Codes.SEXES.size()));
                    String age = Codes.AGE_GROUPS.get(rnd.nextInt(Codes.AGE_GROUPS.size()));
                    long persons = rnd.nextDouble() < 0.6 ? rnd.nextInt(4) : rnd.nextInt(25);
                    cases.add(new CaseCount(kod, sector, sex, age, "personer", persons));
                    cases.add(new CaseCount(kod, sector, sex, age, "hot", persons == 0 ? 0 : rnd.nextInt((int) persons + 1)));
                    cases.add(new CaseCount(kod, sector, sex, age, "vald", persons == 0 ? 0 : rnd.nextInt((int) persons + 1)));
                }
            }
        }
        MunicipalYear year = new MunicipalYear(2024, cases, List.of(), population);
        MunicipalStatistics.Publication p = new MunicipalStatistics(TestWords.BUNDLE, geo, RULES, 0.95).compute(year, Optional.empty());

        Intruder.Outcome o = new Intruder(geo, RULES.lowestSuppressed(), RULES.minCount()).attack(p.tables(), 2024, cases);

        assertThat(o.exposed()).as("seed " + seed).isEmpty();
        assertThat(o.ratesWithoutCount()).isEmpty();
    }
}
