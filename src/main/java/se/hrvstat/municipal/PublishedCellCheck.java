package se.hrvstat.municipal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.hrvstat.result.MunicipalProfile;
import se.hrvstat.result.StatTable;
import se.hrvstat.survey.disclosure.CellSystem;

/**
 * Under the Cell Key Method, that every count the tables and profiles print is the published
 * figure of its cell, so that the same cell shows the same figure everywhere (the workbook, the PX
 * files, the report and the profiles are written from these tables and profiles). The position of
 * each cell is worked out from the tables' layout (rows in code order, the sectors and then all
 * sectors as columns), not taken from the code that filled them. Lines name the cell and the two
 * figures; empty when all agree.
 */
final class PublishedCellCheck {
    private PublishedCellCheck() {
    }

    static List<String> tables(List<StatTable> tables, CellSystem published, Geography geo, int year) {
        List<String> v = new ArrayList<>();
        for (StatTable t : tables) {
            String id = t.id();
            if (id.equals("kanda-personer-lan-" + year)) {
                List<String> rows = new ArrayList<>(geo.counties().keySet().stream().map(l -> "c|" + l + "|").toList());
                rows.add("n|");
                bySector(t, rows, published, v);
            } else if (id.equals("kanda-personer-kommun-" + year)) {
                bySector(t, geo.municipalities().keySet().stream().map(k -> "m|" + k + "|").toList(), published, v);
            } else if (id.equals("kanda-personer-valdstyp-" + year)) {
                bySector(t, Codes.TYPES.stream().map(type -> "t|" + type + "|").toList(), published, v);
            } else if (id.equals("kanda-personer-kon-alder-" + year)) {
                bySexAndAge(t, published, v);
            }
        }
        return v;
    }

    private static void bySector(StatTable t, List<String> rows, CellSystem published, List<String> v) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c <= Codes.SECTORS.size(); c++) {
                String key = rows.get(r) + (c < Codes.SECTORS.size() ? Codes.SECTORS.get(c) : "*");
                compare(t.id(), key, t.cells().get(r).get(c), published, v);
            }
        }
    }

    private static void bySexAndAge(StatTable t, CellSystem published, List<String> v) {
        List<String> sexes = new ArrayList<>(Codes.SEXES);
        sexes.add("*");
        for (int r = 0; r < sexes.size(); r++) {
            for (int c = 0; c <= Codes.AGE_GROUPS.size(); c++) {
                String age = c < Codes.AGE_GROUPS.size() ? Codes.AGE_GROUPS.get(c) : "*";
                String key = sexes.get(r).equals("*") && age.equals("*") ? "n|*" : "sa|" + sexes.get(r) + "|" + age;
                compare(t.id(), key, t.cells().get(r).get(c), published, v);
            }
        }
    }

    /** The profiles' counts: the municipality, its county and the nation, and last year's municipality. */
    static List<String> profiles(List<MunicipalProfile> profiles, CellSystem published, Optional<CellSystem> lastYear,
                                 Geography geo) {
        List<String> v = new ArrayList<>();
        for (MunicipalProfile p : profiles) {
            String where = "profile " + p.code();
            MunicipalProfile.Persons persons = p.persons();
            compare(where, "m|" + p.code() + "|*", persons.municipality().persons(), published, v);
            compare(where, "c|" + geo.county(p.code()) + "|*", persons.county().persons(), published, v);
            compare(where, "n|*", persons.nation().persons(), published, v);
            if (lastYear.isPresent()) {
                compare(where + " last year", "m|" + p.code() + "|*", persons.lastYear().persons(), lastYear.get(), v);
            }
        }
        return v;
    }

    /** A cell without returns is missing; any other shows exactly its published figure. */
    private static void compare(String where, String key, StatTable.Cell cell, CellSystem published, List<String> v) {
        if (!published.has(key)) {
            if (cell.status() != StatTable.Status.MISSING) {
                v.add(where + " " + key + ": printed " + cell + " for a cell without returns");
            }
            return;
        }
        long figure = published.value(published.indexOf(key));
        if (cell.value() == null || cell.value() != figure) {
            v.add(where + " " + key + ": printed " + cell + ", published figure " + figure);
        }
    }
}
