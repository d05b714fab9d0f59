package se.hrvstat.municipal;

import static org.assertj.core.api.Assertions.assertThat;

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

import se.hrvstat.result.CaseCount;
import se.hrvstat.result.PopulationCount;
import se.hrvstat.result.StatTable;
import se.hrvstat.result.StatTable.Status;
import se.hrvstat.survey.disclosure.DisclosureRules;

/**
 * Seeded random mappings over a small geography (3 counties of 2–5 municipalities, many small
 * counts, some municipalities and sectors not returned): the hierarchical suppression always
 * ends in tables the audit accepts, with no sensitive count published and no row of the
 * municipality or county table giving away a single suppressed cell.
 */
class MunicipalDisclosurePropertiesTest {
    static Stream<Long> seeds() {
        return IntStream.range(0, 20).mapToObj(i -> 4242L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyRandomMappingEndsInProtectedTables(long seed) {
        Random rnd = new Random(seed);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> countyOf = new HashMap<>();
        Map<String, String> counties = new LinkedHashMap<>();
        for (int c = 1; c <= 3; c++) {
            String lan = String.format("%02d", c);
            counties.put(lan, "Län " + lan);
            int n = 2 + rnd.nextInt(4);
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
            population.add(new PopulationCount(kod, "flicka_kvinna", "13-17", 1000 + rnd.nextInt(20_000)));
            if (rnd.nextDouble() < 0.15) {
                continue; // did not return
            }
            for (String sector : Codes.SECTORS) {
                if (rnd.nextDouble() < 0.1) {
                    continue; // sector not returned
                }
                String sex = Codes.SEXES.get(rnd.nextInt(Codes.SEXES.size()));
                String age = Codes.AGE_GROUPS.get(rnd.nextInt(Codes.AGE_GROUPS.size()));
                long persons = rnd.nextDouble() < 0.5 ? rnd.nextInt(5) : rnd.nextInt(40);
                cases.add(new CaseCount(kod, sector, sex, age, "personer", persons));
                cases.add(new CaseCount(kod, sector, sex, age, "hot", persons == 0 ? 0 : rnd.nextInt((int) persons + 1)));
            }
        }
        MunicipalYear year = new MunicipalYear(2024, cases, List.of(), population);

        MunicipalStatistics.Publication p = new MunicipalStatistics(TestWords.BUNDLE, geo, DisclosureRules.DEFAULT, 0.95)
                .compute(year, Optional.empty());

        for (StatTable t : p.tables()) {
            if (!t.unit().equals("antal personer")) {
                continue;
            }
            for (var row : t.cells()) {
                for (var cell : row) {
                    assertThat(cell.value() == null || cell.value() == 0 || cell.value() >= 5).as(t.id()).isTrue();
                }
                if (t.id().startsWith("kanda-personer-kommun") || t.id().startsWith("kanda-personer-lan")) {
                    // the row total is the last column: a row never holds exactly one suppressed cell
                    assertThat(row.stream().filter(c -> c.status() == Status.SUPPRESSED).count()).as(t.id()).isNotEqualTo(1);
                }
            }
        }
    }
}
