package se.hrvstat.municipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.hrvstat.result.CaseCount;
import se.hrvstat.result.MunicipalProfile;
import se.hrvstat.result.PopulationCount;
import se.hrvstat.result.StatTable;
import se.hrvstat.result.StatTable.Status;
import se.hrvstat.survey.disclosure.CellKeyMethod;
import se.hrvstat.survey.disclosure.CellKeys;
import se.hrvstat.survey.disclosure.CellSystem;
import se.hrvstat.survey.disclosure.DisclosureRules;
import se.hrvstat.survey.disclosure.PerturbationTable;

/**
 * The municipal tables under the Cell Key Method: the key sums of the cells, and on the sample
 * data of 2023 and 2024 what the method promises (every count published, within D of the true
 * count, zeros kept both ways, last year's figures on this year's profiles equal to last year's
 * publication). True counts are summed here from the sample's returns, not taken from the tables.
 */
class MunicipalCellKeyTest {
    private static final CellKeys KEYS = new CellKeys("test-secret");
    private static final int D = 3;
    private static final CellKeyMethod METHOD = new CellKeyMethod(PerturbationTable.maximumEntropy(D, 2.0));
    private static final Geography SMALL = new Geography(linked("0101", "A-by", "0102", "B-by"),
            Map.of("0101", "01", "0102", "01"), linked("01", "Län A"));

    private static Map<String, String> linked(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void aCellsKeySumIsTheSumOfTheRecordKeysOfThePersonsItCounts() {
        List<CaseCount> cases = List.of(new CaseCount("0101", "socialtjanst", "flicka_kvinna", "13-17", "personer", 3),
                new CaseCount("0101", "skola", "pojke_man", "0-12", "personer", 2),
                new CaseCount("0102", "socialtjanst", "flicka_kvinna", "13-17", "personer", 0),
                new CaseCount("0101", "socialtjanst", "flicka_kvinna", "13-17", "hot", 1));
        CellSystem cells = CountCells.build(new KnownPersons(cases, SMALL), SMALL);

        long[] sums = CellKeySums.of(cells, 2024, cases, SMALL, KEYS);

        // the persons of each delivered cell, by their identifiers (year|kommun|sector|sex|age|measure)
        long soc = KEYS.keySum("2024|0101|socialtjanst|flicka_kvinna|13-17|personer", 3);
        long skola = KEYS.keySum("2024|0101|skola|pojke_man|0-12|personer", 2);
        long hot = KEYS.keySum("2024|0101|socialtjanst|flicka_kvinna|13-17|hot", 1);
        assertThat(sums[cells.indexOf("m|0101|socialtjanst")]).isEqualTo(soc);
        assertThat(sums[cells.indexOf("m|0101|*")]).isEqualTo(CellKeys.add(soc, skola));
        assertThat(sums[cells.indexOf("c|01|*")]).isEqualTo(CellKeys.add(soc, skola));
        assertThat(sums[cells.indexOf("n|*")]).as("the same persons, the same key as 0101's total")
                .isEqualTo(sums[cells.indexOf("m|0101|*")]);
        assertThat(sums[cells.indexOf("sa|flicka_kvinna|13-17")]).isEqualTo(soc);
        assertThat(sums[cells.indexOf("m|0102|socialtjanst")]).as("no persons, no keys").isZero();
        assertThat(sums[cells.indexOf("t|hot|socialtjanst")]).isEqualTo(hot);
    }

    @Test
    void keysOfOtherPersonsThanTheCellsAreRefused() {
        List<CaseCount> cases = List.of(new CaseCount("0101", "socialtjanst", "flicka_kvinna", "13-17", "personer", 3));
        CellSystem cells = CountCells.build(new KnownPersons(cases, SMALL), SMALL);
        List<CaseCount> other = List.of(new CaseCount("0101", "socialtjanst", "flicka_kvinna", "13-17", "personer", 4));

        assertThatThrownBy(() -> CellKeySums.of(cells, 2024, other, SMALL, KEYS))
                .hasMessageContaining("counts 3 persons but its record keys 4");
    }

    private static MunicipalStatistics cellKey() {
        return new MunicipalStatistics(TestWords.BUNDLE, SampleMunicipalYear.geography(), DisclosureRules.DEFAULT, 0.95)
                .withCellKeys(KEYS, METHOD);
    }

    /** True persons per m|kod|sector and m|kod|*, summed from the sample's returns. */
    private static Map<String, Long> trueCounts(MunicipalYear year) {
        Map<String, Long> t = new HashMap<>();
        for (CaseCount c : year.cases()) {
            long v = Codes.PERSONS.equals(c.measure()) ? c.value() : 0;
            t.merge("m|" + c.kommunkod() + "|" + c.sector(), v, Long::sum);
            t.merge("m|" + c.kommunkod() + "|*", v, Long::sum);
        }
        return t;
    }

    @Test
    void everyCountOfTheSampleIsPublishedWithinDOfItsTrueCountAndZerosStayZeros() {
        Path sample = Path.of("sample-data");
        MunicipalYear y2024 = SampleMunicipalYear.read(sample, 2024);
        MunicipalStatistics.Publication p = cellKey().compute(y2024, Optional.of(SampleMunicipalYear.read(sample, 2023)));
        Map<String, Long> truth = trueCounts(y2024);
        StatTable kommun = table(p, "kanda-personer-kommun-2024");
        Geography geo = SampleMunicipalYear.geography();
        List<String> codes = List.copyOf(geo.municipalities().keySet());
        int small = 0;
        int changed = 0;
        int checked = 0;
        for (int r = 0; r < codes.size(); r++) {
            for (int c = 0; c <= Codes.SECTORS.size(); c++) {
                String key = "m|" + codes.get(r) + "|" + (c < Codes.SECTORS.size() ? Codes.SECTORS.get(c) : "*");
                StatTable.Cell cell = kommun.cells().get(r).get(c);
                Long t = truth.get(key);
                if (t == null) {
                    assertThat(cell.status()).as(key).isEqualTo(Status.MISSING);
                    continue;
                }
                assertThat(cell.status()).as(key + " is published").isEqualTo(Status.VALUE);
                long published = Math.round(cell.value());
                assertThat(Math.abs(published - t)).as(key).isLessThanOrEqualTo(D);
                assertThat(published == 0).as(key + ": 0 if and only if truly 0").isEqualTo(t == 0);
                small += published >= 1 && published <= 4 ? 1 : 0;
                changed += published != t ? 1 : 0;
                checked++;
            }
        }
        assertThat(checked).isEqualTo(truth.size());
        assertThat(small).as("small counts are published, not suppressed").isPositive();
        assertThat(changed).as("some counts are changed").isPositive().isLessThan(checked);
        for (StatTable t : p.tables()) {
            if (t.id().startsWith("kanda-personer-") && !t.id().contains("per-10000")) {
                t.cells().forEach(row -> row.forEach(c -> assertThat(c.status()).as(t.id()).isNotEqualTo(Status.SUPPRESSED)));
                assertThat(t.footnotes()).as(t.id()).anyMatch(n -> n.contains("högst " + D))
                        .noneMatch(n -> n.startsWith("\"..\""));
            }
        }
        assertThat(p.suppressed()).isZero();
        assertThat(p.perturbed()).isPositive();
    }

    @Test
    void ratesRestOnThePublishedCountAndItsRuleAndTheNationIsOneFigureEverywhere() {
        Path sample = Path.of("sample-data");
        MunicipalYear y2024 = SampleMunicipalYear.read(sample, 2024);
        MunicipalStatistics.Publication p = cellKey().compute(y2024, Optional.empty());
        StatTable lan = table(p, "kanda-personer-lan-2024");
        double nation = lan.cells().get(lan.cells().size() - 1).get(Codes.SECTORS.size()).value();
        StatTable sexAge = table(p, "kanda-personer-kon-alder-2024");
        List<StatTable.Cell> total = sexAge.cells().get(sexAge.cells().size() - 1);
        assertThat(total.get(total.size() - 1).value()).as("n|* in both tables").isEqualTo(nation);
        java.util.Set<String> returning = new java.util.HashSet<>();
        y2024.cases().forEach(c -> returning.add(c.kommunkod()));
        long inhabitants = y2024.population().stream().filter(x -> returning.contains(x.kommunkod()))
                .mapToLong(PopulationCount::count).sum();
        StatTable rates = table(p, "kanda-personer-per-10000-riket-2024");
        assertThat(rates.cells().get(0).get(0).value()).as("published count / inhabitants × 10 000")
                .isCloseTo(nation / inhabitants * 10_000, offset(1e-9));
        for (MunicipalProfile profile : p.profiles()) {
            assertThat(profile.persons().nation().persons().value()).isEqualTo(nation);
            StatTable.Cell count = profile.persons().municipality().persons();
            StatTable.Cell rate = profile.persons().municipality().rate();
            if (count.value() != null && count.value() < DisclosureRules.DEFAULT.minPersonsForShare()) {
                assertThat(rate.status()).as(profile.code() + ": a rate on fewer than 10 published persons")
                        .isEqualTo(Status.SUPPRESSED);
            }
        }
    }

    @Test
    void lastYearsFiguresOnTheProfilesAreLastYearsPublication() {
        Path sample = Path.of("sample-data");
        MunicipalYear y2023 = SampleMunicipalYear.read(sample, 2023);
        MunicipalStatistics.Publication last = cellKey().compute(y2023, Optional.empty());
        MunicipalStatistics.Publication now = cellKey().compute(SampleMunicipalYear.read(sample, 2024), Optional.of(y2023));
        StatTable kommun2023 = table(last, "kanda-personer-kommun-2023");
        List<String> codes = List.copyOf(SampleMunicipalYear.geography().municipalities().keySet());
        int compared = 0;
        for (MunicipalProfile profile : now.profiles()) {
            StatTable.Cell published2023 = kommun2023.cells().get(codes.indexOf(profile.code())).get(Codes.SECTORS.size());
            assertThat(profile.persons().lastYear().persons()).as(profile.code()).isEqualTo(published2023);
            compared += published2023.status() == Status.VALUE ? 1 : 0;
        }
        assertThat(compared).isGreaterThan(100);
    }

    private static StatTable table(MunicipalStatistics.Publication p, String id) {
        return p.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
