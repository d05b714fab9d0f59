package se.hrvstat.municipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.hrvstat.result.CaseCount;
import se.hrvstat.result.EffortReturn;
import se.hrvstat.result.PopulationCount;
import se.hrvstat.result.StatTable;
import se.hrvstat.result.StatTable.Cell;
import se.hrvstat.result.StatTable.Status;
import se.hrvstat.survey.disclosure.DisclosureRules;

/**
 * A small hand-made mapping: county 01 with municipalities 0101-0103 (all returned all sectors),
 * county 02 with 0201 (returned social services and school only) and 0202 (did not return).
 * Every expected number is worked out by hand in the comments.
 */
class MunicipalStatisticsTest {
    private static final Geography GEO = new Geography(
            linked("0101", "A-by", "0102", "A-köping", "0103", "A-stad", "0201", "B-by", "0202", "B-stad"),
            Map.of("0101", "01", "0102", "01", "0103", "01", "0201", "02", "0202", "02"),
            linked("01", "Län A", "02", "Län B"));

    //            soc  skola  hälso  övrigt  total
    //  0101       40     12      7       6     65
    //  0102       30      3     10       8     51   (3 is sensitive)
    //  0103       25      9      0      11     45
    //  0201       50     20      –       –     70
    //  Län A      95     24     17      25    161
    //  Län B      50     20      –       –     70
    //  Riket     145     44     17      25    231
    private static MunicipalYear year2024() {
        List<CaseCount> cases = new ArrayList<>();
        persons(cases, "0101", 40, 12, 7, 6);
        persons(cases, "0102", 30, 3, 10, 8);
        persons(cases, "0103", 25, 9, 0, 11);
        cases.add(new CaseCount("0201", "socialtjanst", "flicka_kvinna", "13-17", "personer", 50));
        cases.add(new CaseCount("0201", "skola", "flicka_kvinna", "13-17", "personer", 20));
        cases.add(new CaseCount("0101", "socialtjanst", "flicka_kvinna", "13-17", "hot", 10));
        cases.add(new CaseCount("0201", "socialtjanst", "flicka_kvinna", "13-17", "hot", 2));
        List<PopulationCount> population = new ArrayList<>();
        for (String kod : List.of("0101", "0102", "0103", "0201")) {
            population.add(new PopulationCount(kod, "flicka_kvinna", "13-17", 10_000));
        }
        population.add(new PopulationCount("0202", "flicka_kvinna", "13-17", 25_000));
        List<EffortReturn> efforts = List.of(effort("0101", true, 5, 50), effort("0102", false, 10, 50),
                effort("0201", true, 3, 8));
        return new MunicipalYear(2024, cases, efforts, population);
    }

    private static MunicipalYear year2023() {
        return new MunicipalYear(2023, List.of(), List.of(effort("0101", false, 2, 40), effort("0201", true, 1, 8)),
                List.of());
    }

    private final MunicipalStatistics.Publication publication = new MunicipalStatistics(TestWords.BUNDLE, GEO, DisclosureRules.DEFAULT, 0.95)
            .compute(year2024(), Optional.of(year2023()));

    @Test
    void countyAndNationalTotalsRunOverTheMunicipalitiesThatReturned() {
        StatTable t = table("kanda-personer-lan-2024");
        // counties are labelled with their code, as municipalities are ("0180 Stockholm")
        assertThat(t.stub()).containsExactly("01 Län A", "02 Län B", "Riket");
        assertPublishedOrSuppressed(t, 0, 95, 24, 17, 25, 161);
        assertPublishedOrSuppressed(t, 2, 145, 44, 17, 25, 231);
        // Län B: hälso- och sjukvård and övrigt were not returned by any municipality
        assertThat(t.cells().get(1).get(2).status()).isEqualTo(Status.MISSING);
        assertThat(t.cells().get(1).get(3).status()).isEqualTo(Status.MISSING);
        assertThat(t.cells().get(2).get(4)).isEqualTo(Cell.of(231));
    }

    @Test
    void theSensitiveCountIsSuppressedAndNotDerivableFromItsRow() {
        StatTable t = table("kanda-personer-kommun-2024");
        List<Cell> aKoping = t.cells().get(1);
        assertThat(aKoping.get(1).status()).as("the 3 of A-köping").isEqualTo(Status.SUPPRESSED);
        assertThat(aKoping.stream().filter(c -> c.status() == Status.SUPPRESSED).count()).isGreaterThanOrEqualTo(2);
        // no published cell of any table holds a sensitive count
        for (StatTable table : publication.tables()) {
            if (table.unit().equals("antal personer")) {
                table.cells().forEach(row -> row.forEach(c -> assertThat(c.value() == null || c.value() == 0
                        || c.value() >= 5).as(table.id()).isTrue()));
            }
        }
        // only the 3 is sensitive: threats are published nationally only (10 + 2 = 12)
        assertThat(publication.primary()).isEqualTo(1);
        assertThat(publication.suppressed()).isGreaterThan(publication.primary());
    }

    @Test
    void aMunicipalityThatDidNotReturnIsMissingNotZero() {
        StatTable t = table("kanda-personer-kommun-2024");
        assertThat(t.stub().get(4)).isEqualTo("0202 B-stad");
        assertThat(t.cells().get(4)).allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.MISSING));
        assertThat(t.cells().get(3).get(2).status()).as("B-by did not return hälso- och sjukvård").isEqualTo(Status.MISSING);
    }

    @Test
    void coverageCountsMunicipalitiesAndInhabitants() {
        StatTable t = table("kartlaggning-svarsfrekvens-2024");
        // Län B: 1 of 2 municipalities, 10 000 of 35 000 inhabitants; Riket: 4 of 5, 40 000 of 65 000
        assertThat(values(t, 1)).containsExactly(2.0, 1.0, 50.0, 100.0 * 10_000 / 35_000);
        assertThat(values(t, 2)).containsExactly(5.0, 4.0, 80.0, 100.0 * 40_000 / 65_000);
        assertThat(table("kanda-personer-lan-2024").footnotes().get(0))
                .isEqualTo("Kartläggningen 2024 omfattar de 4 av 5 kommuner som lämnat uppgifter (61,5 % av befolkningen); "
                        + "för kommuner som inte svarat har inga uppgifter skattats.");
    }

    @Test
    void countsShowNoDecimalsAndSharesAndRatesOne() {
        // the coverage table: two counts of municipalities ("26", not "26,0"), then two percentages
        assertThat(table("kartlaggning-svarsfrekvens-2024").decimals()).containsExactly(0, 0, 1, 1);
        for (String counts : List.of("kanda-personer-lan-2024", "kanda-personer-kommun-2024", "kanda-personer-kon-alder-2024",
                "kanda-personer-valdstyp-2024")) {
            assertThat(table(counts).decimals()).as(counts).containsOnly(0);
        }
        for (String rates : List.of("kanda-personer-per-10000-lan-2024", "kanda-personer-per-10000-riket-2024",
                "insatser-lan-2024", "insatser-forandring-lan-2024")) {
            assertThat(table(rates).decimals()).as(rates).containsOnly(1);
        }
    }

    @Test
    void everyWordOfTheTablesComesFromTheWordsTheyAreGiven() {
        java.util.Set<String> given = new java.util.HashSet<>();
        Words recording = (key, args) -> {
            String text = TestWords.BUNDLE.get(key, args);
            given.add(text);
            return text;
        };
        List<StatTable> tables = new MunicipalStatistics(recording, GEO, DisclosureRules.DEFAULT, 0.95)
                .compute(year2024(), Optional.of(year2023())).tables();
        for (StatTable t : tables) {
            List<String> words = new ArrayList<>(List.of(t.sheetName(), t.title(), t.stubTitle(), t.headingTitle(),
                    t.unit(), t.source()));
            words.addAll(t.heading());
            words.addAll(t.footnotes());
            // a row is a word given, or a place of the geography: its code and name
            t.stub().stream().filter(label -> !label.matches("\\d{2,4} .+")).forEach(words::add);
            assertThat(given).as(t.id()).containsAll(words);
        }
    }

    @Test
    void everyTableHasItsOwnShortSheetName() {
        List<String> names = publication.tables().stream().map(StatTable::sheetName).toList();
        assertThat(names).hasSize(9).doesNotContainNull().doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(StatTable.isValidSheetName(n)).as(n).isTrue());
        assertThat(table("kartlaggning-svarsfrekvens-2024").sheetName()).isEqualTo("Svarsfrekvens kartläggning");
    }

    @Test
    void ratesPerTenThousandHaveExactPoissonIntervals() {
        StatTable t = table("kanda-personer-per-10000-riket-2024");
        // 231 persons among the 40 000 inhabitants of the returning municipalities: 57.75 per 10 000;
        // R: poisson.test(231)$conf.int * 10000 / 40000 = 50.5423221393630, 65.6972152184431
        assertThat(t.cells().get(0).get(0).value()).isCloseTo(57.75, offset(1e-12));
        assertThat(t.cells().get(0).get(1).value()).isCloseTo(50.5423221393630, offset(1e-9));
        assertThat(t.cells().get(0).get(2).value()).isCloseTo(65.6972152184431, offset(1e-9));
        StatTable byCounty = table("kanda-personer-per-10000-lan-2024");
        // Län A: 161 among 30 000; R: poisson.test(161)$conf.int * 10000 / 30000 = 45.697036537811, 62.626502209863
        Cell a = byCounty.cells().get(0).get(0);
        if (a.status() == Status.VALUE) {
            assertThat(a.value()).isCloseTo(161.0 / 3, offset(1e-12));
            assertThat(byCounty.cells().get(0).get(1).value()).isCloseTo(45.697036537811, offset(1e-9));
            assertThat(byCounty.cells().get(0).get(2).value()).isCloseTo(62.626502209863, offset(1e-9));
        } else {
            assertThat(a.status()).isEqualTo(Status.SUPPRESSED);
        }
    }

    @Test
    void aRateOnASuppressedCountIsSuppressedWholly() {
        StatTable counts = table("kanda-personer-lan-2024");
        StatTable rates = table("kanda-personer-per-10000-lan-2024");
        for (int r = 0; r < counts.stub().size(); r++) {
            if (counts.cells().get(r).get(4).status() == Status.SUPPRESSED) {
                assertThat(rates.cells().get(r)).allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.SUPPRESSED));
            }
        }
    }

    @Test
    void effortsAreSharesOfTheReturningMunicipalitiesWithTheirChangeSinceLastYear() {
        StatTable levels = table("insatser-lan-2024");
        // Län A: 0101 has a plan, 0102 not: 50 %; staff 5 + 10 of 50 + 50: 15 %
        assertThat(levels.cells().get(0).get(0).value()).isCloseTo(50.0, offset(1e-12));
        assertThat(levels.cells().get(0).get(7).value()).isCloseTo(15.0, offset(1e-12));
        // Län B: 0201 has a plan: 100 %; staff 8 < 10 persons: not published
        assertThat(levels.cells().get(1).get(0).value()).isCloseTo(100.0, offset(1e-12));
        assertThat(levels.cells().get(1).get(7).status()).isEqualTo(Status.MISSING);
        // Riket: 2 of 3 have a plan; 18 of 108 staff trained
        assertThat(levels.cells().get(2).get(0).value()).isCloseTo(200.0 / 3, offset(1e-12));
        assertThat(levels.cells().get(2).get(7).value()).isCloseTo(100.0 * 18 / 108, offset(1e-12));

        StatTable change = table("insatser-forandring-lan-2024");
        // 2023: Län A 0 of 1 with a plan, 2 of 40 staff (5 %); Riket 1 of 2 (50 %), 3 of 48 (6.25 %)
        assertThat(change.cells().get(0).get(0).value()).isCloseTo(50.0, offset(1e-12));
        assertThat(change.cells().get(0).get(7).value()).isCloseTo(10.0, offset(1e-12));
        assertThat(change.cells().get(2).get(0).value()).isCloseTo(200.0 / 3 - 50, offset(1e-12));
        assertThat(change.cells().get(2).get(7).value()).isCloseTo(100.0 * 18 / 108 - 6.25, offset(1e-12));
        assertThat(change.cells().get(1).get(7).status()).isEqualTo(Status.MISSING);
    }

    @Test
    void withoutLastYearsEffortsThereIsNoChangeTable() {
        MunicipalStatistics.Publication p = new MunicipalStatistics(TestWords.BUNDLE, GEO, DisclosureRules.DEFAULT, 0.95)
                .compute(year2024(), Optional.empty());
        assertThat(p.tables()).extracting(StatTable::id).doesNotContain("insatser-forandring-lan-2024")
                .contains("insatser-lan-2024");
    }

    private StatTable table(String id) {
        return publication.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Double> values(StatTable t, int row) {
        return t.cells().get(row).stream().map(Cell::value).toList();
    }

    private static void assertPublishedOrSuppressed(StatTable t, int row, double... expected) {
        for (int c = 0; c < expected.length; c++) {
            Cell cell = t.cells().get(row).get(c);
            if (cell.status() != Status.SUPPRESSED) {
                assertThat(cell.value()).as(t.stub().get(row) + " column " + c).isEqualTo(expected[c]);
            }
        }
    }

    private static void persons(List<CaseCount> cases, String kod, long... bySector) {
        for (int s = 0; s < bySector.length; s++) {
            cases.add(new CaseCount(kod, Codes.SECTORS.get(s), "flicka_kvinna", "13-17", "personer", bySector[s]));
        }
    }

    private static EffortReturn effort(String kod, boolean plan, long trained, long staff) {
        return new EffortReturn(kod, plan, false, false, false, trained, staff, false, false, false);
    }

    private static Map<String, String> linked(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
