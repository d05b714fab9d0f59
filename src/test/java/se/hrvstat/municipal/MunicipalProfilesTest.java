package se.hrvstat.municipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.hrvstat.result.CaseCount;
import se.hrvstat.result.EffortReturn;
import se.hrvstat.result.MunicipalProfile;
import se.hrvstat.result.PopulationCount;
import se.hrvstat.result.StatTable;
import se.hrvstat.result.StatTable.Cell;
import se.hrvstat.result.StatTable.Status;
import se.hrvstat.survey.disclosure.DisclosureRules;

/**
 * The municipal profiles: the mapping of MunicipalStatisticsTest (county 01: 0101-0103, county 02:
 * 0201 returned two sectors, 0202 did not return) with a 2023 of its own. Rates and intervals are
 * checked against R (src/test/r/make-profile-rate-fixtures.R, poisson.test); every figure that the
 * tables publish must be the same cell on the profile, so that a profile reveals nothing the tables
 * withhold.
 */
class MunicipalProfilesTest {
    private static final Geography GEO = new Geography(
            linked("0101", "A-by", "0102", "A-köping", "0103", "A-stad", "0201", "B-by", "0202", "B-stad", "0203", "B-torp"),
            Map.of("0101", "01", "0102", "01", "0103", "01", "0201", "02", "0202", "02", "0203", "02"),
            linked("01", "Län A", "02", "Län B"));

    //            soc  skola  hälso  övrigt  total   inhabitants
    //  0101       40     12      7       6     65   10 000
    //  0102       30      3     10       8     51   10 000   (3 is sensitive)
    //  0103       25      9      0      11     45   10 000
    //  0201       50     20      –       –     70   10 000
    //  0203        3      1      –       –      4    5 000   (4 is sensitive: the total is withheld)
    //  Län A                                  161   30 000
    //  Riket                                  235   45 000 (of those that returned)
    private static MunicipalYear year2024() {
        List<CaseCount> cases = new ArrayList<>();
        persons(cases, "0101", 40, 12, 7, 6);
        persons(cases, "0102", 30, 3, 10, 8);
        persons(cases, "0103", 25, 9, 0, 11);
        cases.add(new CaseCount("0201", "socialtjanst", "flicka_kvinna", "13-17", "personer", 50));
        cases.add(new CaseCount("0201", "skola", "flicka_kvinna", "13-17", "personer", 20));
        cases.add(new CaseCount("0203", "socialtjanst", "flicka_kvinna", "13-17", "personer", 3));
        cases.add(new CaseCount("0203", "skola", "flicka_kvinna", "13-17", "personer", 1));
        List<PopulationCount> population = new ArrayList<>();
        population.add(new PopulationCount("0203", "flicka_kvinna", "13-17", 5_000));
        for (String kod : List.of("0101", "0102", "0103", "0201")) {
            population.add(new PopulationCount(kod, "flicka_kvinna", "13-17", 10_000));
        }
        population.add(new PopulationCount("0202", "flicka_kvinna", "13-17", 25_000));
        List<EffortReturn> efforts = List.of(effort("0101", true, 5, 50), effort("0102", false, 10, 50),
                effort("0201", true, 3, 8));
        return new MunicipalYear(2024, cases, efforts, population);
    }

    //  2023: 0101 20+12+7+6 = 45 of 9 800 inhabitants; 0103 15+10+5+10 = 40 of 10 000
    private static MunicipalYear year2023() {
        List<CaseCount> cases = new ArrayList<>();
        persons(cases, "0101", 20, 12, 7, 6);
        persons(cases, "0103", 15, 10, 5, 10);
        List<PopulationCount> population = List.of(new PopulationCount("0101", "flicka_kvinna", "13-17", 9_800),
                new PopulationCount("0103", "flicka_kvinna", "13-17", 10_000));
        return new MunicipalYear(2023, cases, List.of(effort("0101", false, 2, 40), effort("0201", true, 1, 8)),
                population);
    }

    private final MunicipalStatistics.Publication publication = new MunicipalStatistics(TestWords.BUNDLE, GEO,
            DisclosureRules.DEFAULT, 0.95).compute(year2024(), Optional.of(year2023()));

    private MunicipalProfile profile(String kod) {
        return publication.profiles().stream().filter(p -> p.code().equals(kod)).findFirst().orElseThrow();
    }

    @Test
    void everyMunicipalityThatReturnedGetsAProfileNamedWithItsCountyInFull() {
        assertThat(publication.profiles()).extracting(MunicipalProfile::code).containsExactly("0101", "0102", "0103", "0201", "0203");
        MunicipalProfile a = profile("0101");
        assertThat(a.name()).isEqualTo("A-by");
        assertThat(a.county()).isEqualTo("Län A");
        assertThat(a.previousYear()).isEqualTo(2023);
    }

    @Test
    void ratesAndTheirGarwoodIntervalsAgreeWithR() throws IOException {
        Map<String, double[]> r = fixtures();
        assertRate(profile("0101").persons().municipality(), r.get("0101-2024"), 65);
        assertRate(profile("0103").persons().municipality(), r.get("0103-2024"), 45);
        assertRate(profile("0101").persons().county(), r.get("county-01-2024"), 161);
        assertRate(profile("0101").persons().nation(), r.get("nation-2024"), 235);
        assertRate(profile("0101").persons().lastYear(), r.get("0101-2023"), 45);
        assertRate(profile("0103").persons().lastYear(), r.get("0103-2023"), 40);
        // 0201 did not return in 2023: last year is missing, not zero
        assertThat(profile("0201").persons().lastYear()).isEqualTo(MunicipalProfile.Rate.missing());
    }

    @Test
    void aProfileShowsExactlyTheCellsTheTablesPublishSoNothingWithheldIsRevealed() {
        StatTable municipalities = table("kanda-personer-kommun-2024");
        StatTable counties = table("kanda-personer-lan-2024");
        StatTable rates = table("kanda-personer-per-10000-lan-2024");
        int suppressedOnProfiles = 0;
        for (MunicipalProfile p : publication.profiles()) {
            int row = municipalities.stub().indexOf(p.code() + " " + p.name());
            List<Cell> cells = municipalities.cells().get(row);
            assertThat(p.persons().municipality().persons()).as(p.code()).isEqualTo(cells.get(cells.size() - 1));
            if (p.persons().municipality().persons().status() == Status.SUPPRESSED) {
                suppressedOnProfiles++;
                // a withheld count gives no rate and no interval either
                assertThat(List.of(p.persons().municipality().rate(), p.persons().municipality().low(),
                        p.persons().municipality().high())).allMatch(c -> c.status() == Status.SUPPRESSED);
            }
            // the change since last year is published only where both years' figures are: never beside a '..'
            MunicipalProfile.Change change = p.persons().change();
            boolean bothPublished = List.of(p.persons().municipality().persons(), p.persons().lastYear().persons()).stream()
                    .allMatch(c -> c.status() == Status.VALUE || c.status() == Status.UNCERTAIN);
            assertThat(change.persons().value() != null).as(p.code()).isEqualTo(bothPublished);
            if (p.persons().municipality().persons().status() == Status.SUPPRESSED
                    || p.persons().lastYear().persons().status() == Status.SUPPRESSED) {
                assertThat(List.of(change.persons(), change.rate())).as(p.code())
                        .allMatch(c -> c.status() == Status.SUPPRESSED || c.status() == Status.MISSING);
            }
            String lan = p.code().substring(0, 2);
            int countyRow = counties.stub().indexOf(lan + " " + p.county());
            List<Cell> countyCells = counties.cells().get(countyRow);
            assertThat(p.persons().county().persons()).isEqualTo(countyCells.get(countyCells.size() - 1));
            assertThat(List.of(p.persons().county().rate(), p.persons().county().low(), p.persons().county().high()))
                    .isEqualTo(rates.cells().get(rates.stub().indexOf(lan + " " + p.county())));
            assertThat(List.of(p.persons().nation().rate(), p.persons().nation().low(), p.persons().nation().high()))
                    .isEqualTo(rates.cells().get(rates.stub().indexOf("Riket")));
        }
        // the table withholds B-torp's total of 4 (and what protects it), and so does B-torp's profile
        long withheldInTable = municipalities.cells().stream()
                .filter(row -> row.get(row.size() - 1).status() == Status.SUPPRESSED).count();
        assertThat(withheldInTable).isPositive();
        assertThat(profile("0203").persons().municipality().rate().status()).isEqualTo(Status.SUPPRESSED);
        assertThat(suppressedOnProfiles).isEqualTo((int) withheldInTable);
    }

    @Test
    void theChangeSinceLastYearIsThisYearMinusLastYearWhereBothArePublished() {
        // 0101: 65 persons in 2024, 45 in 2023: +20; per 10 000: 65 / 10 000 − 45 / 9 800 = 65 − 45.918 = 19.082
        MunicipalProfile.Change change = profile("0101").persons().change();
        assertThat(change.persons()).isEqualTo(Cell.of(20));
        assertThat(change.rate().value()).isCloseTo(65.0 - 45 * 10_000.0 / 9_800, offset(1e-9));
        // 0201 and 0203 did not return in 2023: no change, missing (not zero)
        assertThat(profile("0201").persons().change().persons().status()).isEqualTo(Status.MISSING);
        assertThat(profile("0203").persons().change().rate().status()).isEqualTo(Status.MISSING);
    }

    @Test
    void lastYearWithCasesButNoEffortReturnsStillGivesLastYearsFigures() {
        MunicipalYear casesOnly = new MunicipalYear(2023, year2023().cases(), List.of(), year2023().population());
        MunicipalProfile p = new MunicipalStatistics(TestWords.BUNDLE, GEO, DisclosureRules.DEFAULT, 0.95)
                .compute(year2024(), Optional.of(casesOnly)).profiles().stream()
                .filter(x -> x.code().equals("0101")).findFirst().orElseThrow();
        assertThat(p.persons().lastYear()).isEqualTo(profile("0101").persons().lastYear());
        assertThat(p.persons().lastYear().persons()).isEqualTo(Cell.of(45));
    }

    @Test
    void effortsStandBesideLastYearTheCountyAndTheNation() {
        MunicipalProfile.Effort plan = profile("0101").efforts().get(0);
        assertThat(plan.label()).isEqualTo("Handlingsplan");
        assertThat(plan.yesNo()).isTrue();
        assertThat(plan.municipality()).isEqualTo(Cell.of(100)); // yes in 2024
        assertThat(plan.lastYear()).isEqualTo(Cell.of(0)); // no in 2023
        assertThat(plan.county().value()).isEqualTo(50.0); // Län A: 0101 yes, 0102 no
        assertThat(plan.nation().value()).isCloseTo(200.0 / 3, offset(1e-12)); // 0101, 0201 of three
        MunicipalProfile.Effort staff = profile("0101").efforts().get(7);
        assertThat(staff.yesNo()).isFalse();
        assertThat(staff.municipality().value()).isCloseTo(10.0, offset(1e-12)); // 5 of 50
        assertThat(staff.lastYear().value()).isCloseTo(5.0, offset(1e-12)); // 2 of 40
        // B-by has 8 staff, fewer than the 10 a share needs: withheld as in the tables
        assertThat(profile("0201").efforts().get(7).municipality().status()).isEqualTo(Status.MISSING);
        // A-stad returned no efforts
        assertThat(profile("0103").efforts().get(0).municipality().status()).isEqualTo(Status.MISSING);
    }

    @Test
    void coverageCountsTheCountysAndTheNationsMunicipalitiesAndInhabitants() {
        // Län B: B-by and B-torp of three, 15 000 of 40 000 inhabitants; Riket: 5 of 6, 45 000 of 70 000
        MunicipalProfile.Coverage c = profile("0201").coverage();
        assertThat(c.county()).isEqualTo(new MunicipalProfile.Share(2, 3, 100.0 * 15_000 / 40_000));
        assertThat(c.nation()).isEqualTo(new MunicipalProfile.Share(5, 6, 100.0 * 45_000 / 70_000));
    }

    private static void assertRate(MunicipalProfile.Rate rate, double[] r, long persons) {
        assertThat(rate.persons()).isEqualTo(Cell.of(persons));
        assertThat(rate.rate().value()).isCloseTo(r[0], offset(1e-9));
        assertThat(rate.low().value()).isCloseTo(r[1], offset(1e-9));
        assertThat(rate.high().value()).isCloseTo(r[2], offset(1e-9));
    }

    private static Map<String, double[]> fixtures() throws IOException {
        Map<String, double[]> m = new HashMap<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/r-fixtures/profile-rates.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            m.put(f[0], new double[] {Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6])});
        }
        return m;
    }

    private StatTable table(String id) {
        return publication.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
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
