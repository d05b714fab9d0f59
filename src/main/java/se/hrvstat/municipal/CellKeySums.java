package se.hrvstat.municipal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.hrvstat.result.CaseCount;
import se.hrvstat.survey.disclosure.CellKeys;
import se.hrvstat.survey.disclosure.CellSystem;

/**
 * The key sum of every cell of the {@link CountCells} system (Cell Key Method): the persons of a
 * delivered cell (year, kommunkod, sector, sex, age group, measure; the m-th of its value) get
 * their record keys from {@link CellKeys}, and each published cell sums the keys of the persons it
 * counts. Which cells a delivered cell counts in is worked out here from the codes, independently
 * of how {@link CountCells} adds up: persons in {@code m|kod|sector}, {@code m|kod|*},
 * {@code c|län|sector}, {@code c|län|*}, {@code n|sector}, {@code n|*}, {@code sa|sex|age},
 * {@code sa|sex|*}, {@code sa|*|age}; a type of violence in {@code t|type|sector} and
 * {@code t|type|*}. The persons counted this way must be the cells' values, or the keys would not
 * be those of the persons published (checked).
 *
 * <p>The identifier of a delivered cell holds the year, so last year's cells keep last year's
 * keys: a republication of last year's figures with the same secret gives last year's values.
 */
final class CellKeySums {
    private CellKeySums() {
    }

    static long[] of(CellSystem cells, int year, List<CaseCount> cases, Geography geo, CellKeys keys) {
        // one identifier per delivered cell; a repeated row adds persons, never repeats their keys
        Map<String, CaseCount> delivered = new TreeMap<>();
        for (CaseCount c : cases) {
            delivered.merge(id(year, c), c, (a, b) -> new CaseCount(a.kommunkod(), a.sector(), a.sex(), a.ageGroup(),
                    a.measure(), a.value() + b.value()));
        }
        long[] sums = new long[cells.size()];
        long[] persons = new long[cells.size()];
        for (var e : delivered.entrySet()) {
            CaseCount c = e.getValue();
            long keySum = keys.keySum(e.getKey(), c.value());
            for (String key : countedIn(c, geo)) {
                int i = cells.indexOf(key);
                sums[i] = CellKeys.add(sums[i], keySum);
                persons[i] += c.value();
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            if (persons[i] != cells.value(i)) {
                throw new IllegalStateException("cell " + cells.key(i) + " counts " + cells.value(i)
                        + " persons but its record keys " + persons[i]);
            }
        }
        return sums;
    }

    /** The record-key identifier of a delivered cell, as in {@code returns.csv}'s first six columns. */
    static String id(int year, CaseCount c) {
        return String.join("|", Integer.toString(year), c.kommunkod(), c.sector(), c.sex(), c.ageGroup(), c.measure());
    }

    private static List<String> countedIn(CaseCount c, Geography geo) {
        String s = c.sector();
        if (!Codes.PERSONS.equals(c.measure())) {
            return List.of("t|" + c.measure() + "|" + s, "t|" + c.measure() + "|*");
        }
        String kod = c.kommunkod();
        String lan = geo.county(kod);
        return List.of("m|" + kod + "|" + s, "m|" + kod + "|*", "c|" + lan + "|" + s, "c|" + lan + "|*", "n|" + s, "n|*",
                "sa|" + c.sex() + "|" + c.ageGroup(), "sa|" + c.sex() + "|*", "sa|*|" + c.ageGroup());
    }
}
