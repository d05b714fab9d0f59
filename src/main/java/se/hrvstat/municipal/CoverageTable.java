package se.hrvstat.municipal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import se.hrvstat.result.StatTable;
import se.hrvstat.result.StatTable.Cell;

/** Svarsfrekvens: municipalities and inhabitants covered by the returns, per county and nationally. */
final class CoverageTable {
    /** Two counts of municipalities, then two percentages. */
    static final List<String> HEADING = List.of("municipal.coverage.municipalities", "municipal.coverage.returned",
            "municipal.coverage.share.municipalities", "municipal.coverage.share.population");
    /** Counts whole, percentages with one decimal. */
    static final List<Integer> DECIMALS = List.of(0, 0, 1, 1);

    private CoverageTable() {
    }

    static StatTable table(Words words, Geography geo, Coverage coverage, Set<String> returning, int year, String source) {
        List<String> stub = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (var county : geo.counties().entrySet()) {
            stub.add(geo.countyLabel(county.getKey()));
            rows.add(row(coverage.of(geo.municipalitiesOf(county.getKey()), returning)));
        }
        stub.add(words.get("municipal.nation"));
        rows.add(row(coverage.national(returning)));
        return new StatTable("kartlaggning-svarsfrekvens-" + year, words.get("municipal.coverage.sheet"),
                words.get("municipal.coverage.title", year), words.get("municipal.stub.county"), stub,
                words.get("municipal.heading.fact"), HEADING.stream().map(k -> words.get(k)).toList(), rows,
                words.get("municipal.coverage.unit"), DECIMALS, source, List.of(words.get("municipal.coverage.note")));
    }

    private static List<Cell> row(Coverage.Share s) {
        return List.of(Cell.of(s.municipalities()), Cell.of(s.returned()), percent(s.municipalityPercent()),
                percent(s.populationPercent()));
    }

    static Cell percent(double p) {
        return Double.isNaN(p) ? Cell.missing() : Cell.of(p);
    }
}
