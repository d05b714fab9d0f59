package se.hrvstat.municipal;

import java.util.ArrayList;
import java.util.List;

import se.hrvstat.result.StatTable;
import se.hrvstat.result.StatTable.Cell;
import se.hrvstat.survey.disclosure.CellSystem;
import se.hrvstat.survey.disclosure.SuppressionPattern;

/** The count tables of known persons, read from the protected {@link CountCells}. */
final class PersonTables {
    private final Words words;
    private final Geography geo;
    private final CellSystem cells;
    private final SuppressionPattern pattern;
    private final int year;
    private final String source;
    private final List<String> notes;

    PersonTables(Words words, Geography geo, CellSystem cells, SuppressionPattern pattern, int year, String source,
                 List<String> notes) {
        this.words = words;
        this.geo = geo;
        this.cells = cells;
        this.pattern = pattern;
        this.year = year;
        this.source = source;
        this.notes = notes;
    }

    private List<String> sectorHeading() {
        List<String> h = new ArrayList<>(Codes.SECTORS.stream().map(words::code).toList());
        h.add(words.get("municipal.all.sectors"));
        return h;
    }

    private List<Cell> sectorRow(String prefix) {
        List<Cell> row = new ArrayList<>();
        for (String s : Codes.SECTORS) {
            row.add(CountCells.cell(cells, pattern, prefix + s));
        }
        row.add(CountCells.cell(cells, pattern, prefix + "*"));
        return row;
    }

    StatTable byCounty() {
        List<String> stub = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (var county : geo.counties().entrySet()) {
            stub.add(geo.countyLabel(county.getKey()));
            rows.add(sectorRow("c|" + county.getKey() + "|"));
        }
        stub.add(words.get("municipal.nation"));
        rows.add(sectorRow("n|"));
        return table("kanda-personer-lan-" + year, "municipal.persons.county", "municipal.stub.county", stub,
                "municipal.heading.sector", sectorHeading(), rows, notesWith("municipal.persons.county.note"));
    }

    StatTable byMunicipality() {
        List<String> stub = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (var m : geo.municipalities().entrySet()) {
            stub.add(m.getKey() + " " + m.getValue());
            rows.add(sectorRow("m|" + m.getKey() + "|"));
        }
        return table("kanda-personer-kommun-" + year, "municipal.persons.municipality", "municipal.stub.municipality",
                stub, "municipal.heading.sector", sectorHeading(), rows, notes);
    }

    StatTable bySexAndAge() {
        List<String> stub = new ArrayList<>(Codes.SEXES.stream().map(words::code).toList());
        stub.add(words.get("municipal.all"));
        List<String> heading = new ArrayList<>(Codes.AGE_GROUPS.stream().map(words::code).toList());
        heading.add(words.get("municipal.all"));
        List<List<Cell>> rows = new ArrayList<>();
        for (String sex : Codes.SEXES) {
            List<Cell> row = new ArrayList<>();
            for (String age : Codes.AGE_GROUPS) {
                row.add(CountCells.cell(cells, pattern, "sa|" + sex + "|" + age));
            }
            row.add(CountCells.cell(cells, pattern, "sa|" + sex + "|*"));
            rows.add(row);
        }
        List<Cell> total = new ArrayList<>();
        for (String age : Codes.AGE_GROUPS) {
            total.add(CountCells.cell(cells, pattern, "sa|*|" + age));
        }
        total.add(CountCells.cell(cells, pattern, "n|*"));
        rows.add(total);
        return table("kanda-personer-kon-alder-" + year, "municipal.persons.sex.age", "municipal.stub.sex", stub,
                "municipal.heading.age", heading, rows, notes);
    }

    StatTable byTypeOfViolence() {
        List<String> stub = Codes.TYPES.stream().map(words::code).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (String type : Codes.TYPES) {
            rows.add(sectorRow("t|" + type + "|"));
        }
        return table("kanda-personer-valdstyp-" + year, "municipal.persons.type", "municipal.stub.type", stub,
                "municipal.heading.sector", sectorHeading(), rows, notesWith("municipal.persons.type.note"));
    }

    private List<String> notesWith(String extraKey) {
        List<String> n = new ArrayList<>(notes);
        n.add(words.get(extraKey));
        return n;
    }

    /**
     * A table of counts (no decimals): its sheet name and title are the texts {@code key.sheet} and
     * {@code key.title} (of the year), its stub and heading titles those of their keys.
     */
    private StatTable table(String id, String key, String stubTitleKey, List<String> stub, String headingTitleKey,
                            List<String> heading, List<List<Cell>> rows, List<String> footnotes) {
        return new StatTable(id, words.get(key + ".sheet"), words.get(key + ".title", year), words.get(stubTitleKey),
                stub, words.get(headingTitleKey), heading, rows, words.get("municipal.persons.unit"),
                StatTable.decimalsOf(heading.size(), 0), source, footnotes);
    }
}
