package se.hrvstat.municipal;

import java.util.ArrayList;
import java.util.List;

import se.hrvstat.result.StatTable;
import se.hrvstat.result.StatTable.Cell;
import se.hrvstat.survey.disclosure.CellSystem;
import se.hrvstat.survey.disclosure.SuppressionPattern;

/** The count tables of known persons, read from the protected {@link CountCells}. */
final class PersonTables {
    private final Geography geo;
    private final CellSystem cells;
    private final SuppressionPattern pattern;
    private final int year;
    private final String source;
    private final List<String> notes;

    PersonTables(Geography geo, CellSystem cells, SuppressionPattern pattern, int year, String source,
                 List<String> notes) {
        this.geo = geo;
        this.cells = cells;
        this.pattern = pattern;
        this.year = year;
        this.source = source;
        this.notes = notes;
    }

    private static List<String> sectorHeading() {
        List<String> h = new ArrayList<>(Codes.SECTORS.stream().map(Codes::label).toList());
        h.add(Codes.ALL_SECTORS);
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
        stub.add(Codes.NATION);
        rows.add(sectorRow("n|"));
        return table("kanda-personer-lan-" + year, "Kända personer län", "Kända personer efter län och sektor, " + year, "Län", stub,
                "Sektor", sectorHeading(), rows, notesWith("Länets summa omfattar de kommuner i länet som lämnat uppgifter."));
    }

    StatTable byMunicipality() {
        List<String> stub = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (var m : geo.municipalities().entrySet()) {
            stub.add(m.getKey() + " " + m.getValue());
            rows.add(sectorRow("m|" + m.getKey() + "|"));
        }
        return table("kanda-personer-kommun-" + year, "Kända personer kommun", "Kända personer efter kommun och sektor, " + year, "Kommun", stub,
                "Sektor", sectorHeading(), rows, notes);
    }

    StatTable bySexAndAge() {
        List<String> stub = new ArrayList<>(Codes.SEXES.stream().map(Codes::label).toList());
        stub.add(Codes.ALL);
        List<String> heading = new ArrayList<>(Codes.AGE_GROUPS.stream().map(Codes::label).toList());
        heading.add(Codes.ALL);
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
        return table("kanda-personer-kon-alder-" + year, "Kända personer kön och ålder", "Kända personer efter kön och ålder, riket, " + year, "Kön", stub,
                "Ålder", heading, rows, notes);
    }

    StatTable byTypeOfViolence() {
        List<String> stub = Codes.TYPES.stream().map(Codes::label).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (String type : Codes.TYPES) {
            rows.add(sectorRow("t|" + type + "|"));
        }
        return table("kanda-personer-valdstyp-" + year, "Kända personer våldstyp", "Kända personer efter typ av våld eller förtryck och sektor, riket, "
                + year, "Typ", stub, "Sektor", sectorHeading(), rows,
                notesWith("En person kan ha utsatts för flera typer; typerna summeras därför inte."));
    }

    private List<String> notesWith(String extra) {
        List<String> n = new ArrayList<>(notes);
        n.add(extra);
        return n;
    }

    /** A table of counts (no decimals); {@code sheetName} is its short name in the workbook. */
    private StatTable table(String id, String sheetName, String title, String stubTitle, List<String> stub,
                            String headingTitle, List<String> heading, List<List<Cell>> rows, List<String> footnotes) {
        return new StatTable(id, sheetName, title, stubTitle, stub, headingTitle, heading, rows, "antal personer",
                StatTable.decimalsOf(heading.size(), 0), source, footnotes);
    }
}
