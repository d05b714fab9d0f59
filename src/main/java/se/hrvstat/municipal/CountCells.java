package se.hrvstat.municipal;

import java.util.ArrayList;
import java.util.List;

import se.hrvstat.result.StatTable;
import se.hrvstat.survey.disclosure.CellSystem;
import se.hrvstat.survey.disclosure.SuppressionPattern;

/**
 * Every published count of known persons as one {@link CellSystem}, so that disclosure control
 * sees how the tables tie together:
 * <ul>
 * <li>{@code m|kommun|sector}, {@code m|kommun|*}: municipality by sector, municipality total
 *     = sum of its returned sectors;</li>
 * <li>{@code c|län|sector}, {@code c|län|*}: county = sum of its returning municipalities, and
 *     county total = sum of its sectors = sum of its municipalities' totals;</li>
 * <li>{@code n|sector}, {@code n|*}: national = sum of counties, national total = sum of sectors
 *     = sum of county totals;</li>
 * <li>{@code sa|sex|age} with margins {@code sa|sex|*}, {@code sa|*|age}: the national sex × age
 *     table, whose grand total is the same cell {@code n|*};</li>
 * <li>{@code t|type|sector}, {@code t|type|*}: persons with each type of violence by sector
 *     (types overlap, so they have no total over types); each is at most the persons of its
 *     sector ({@code n|sector}, {@code n|*}), an inequality an intruder knows.</li>
 * </ul>
 * Cells exist only where something was returned; a cell without returns is published as
 * missing, never as 0.
 */
final class CountCells {
    private CountCells() {
    }

    static CellSystem build(KnownPersons known, Geography geo) {
        CellSystem.Builder b = CellSystem.builder();
        List<String> countyTotals = new ArrayList<>();
        for (String lan : geo.counties().keySet()) {
            List<String> municipalityTotals = new ArrayList<>();
            for (String kod : geo.municipalitiesOf(lan)) {
                if (!known.returned(kod)) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                long total = 0;
                for (String s : Codes.SECTORS) {
                    if (known.returned(kod, s)) {
                        b.cell("m|" + kod + "|" + s, known.persons(kod, s));
                        parts.add("m|" + kod + "|" + s);
                        total += known.persons(kod, s);
                    }
                }
                b.cell("m|" + kod + "|*", total).relation("m|" + kod + "|*", parts);
                municipalityTotals.add("m|" + kod + "|*");
            }
            if (municipalityTotals.isEmpty()) {
                continue;
            }
            List<String> sectorCells = new ArrayList<>();
            long countyTotal = 0;
            for (String s : Codes.SECTORS) {
                List<String> parts = new ArrayList<>();
                long sum = 0;
                for (String kod : geo.municipalitiesOf(lan)) {
                    if (known.returned(kod, s)) {
                        parts.add("m|" + kod + "|" + s);
                        sum += known.persons(kod, s);
                    }
                }
                if (!parts.isEmpty()) {
                    b.cell("c|" + lan + "|" + s, sum).relation("c|" + lan + "|" + s, parts);
                    sectorCells.add("c|" + lan + "|" + s);
                    countyTotal += sum;
                }
            }
            b.cell("c|" + lan + "|*", countyTotal).relation("c|" + lan + "|*", sectorCells)
                    .relation("c|" + lan + "|*", municipalityTotals);
            countyTotals.add("c|" + lan + "|*");
        }
        if (countyTotals.isEmpty()) {
            return b.build();
        }
        List<String> nationalSectors = new ArrayList<>();
        long nation = 0;
        for (String s : Codes.SECTORS) {
            List<String> parts = new ArrayList<>();
            long sum = 0;
            for (String lan : geo.counties().keySet()) {
                if (b.has("c|" + lan + "|" + s)) {
                    parts.add("c|" + lan + "|" + s);
                    sum += sumOfSector(known, geo, lan, s);
                }
            }
            if (!parts.isEmpty()) {
                b.cell("n|" + s, sum).relation("n|" + s, parts);
                nationalSectors.add("n|" + s);
                nation += sum;
            }
        }
        b.cell("n|*", nation).relation("n|*", nationalSectors).relation("n|*", countyTotals);
        sexAge(b, known);
        types(b, known, nationalSectors);
        return b.build();
    }

    private static long sumOfSector(KnownPersons known, Geography geo, String lan, String s) {
        long sum = 0;
        for (String kod : geo.municipalitiesOf(lan)) {
            if (known.returned(kod, s)) {
                sum += known.persons(kod, s);
            }
        }
        return sum;
    }

    private static void sexAge(CellSystem.Builder b, KnownPersons known) {
        List<String> sexTotals = new ArrayList<>();
        for (String sex : Codes.SEXES) {
            List<String> parts = new ArrayList<>();
            long sum = 0;
            for (String age : Codes.AGE_GROUPS) {
                long v = known.bySexAge.getOrDefault(KnownPersons.key(sex, age), 0L);
                b.cell("sa|" + sex + "|" + age, v);
                parts.add("sa|" + sex + "|" + age);
                sum += v;
            }
            b.cell("sa|" + sex + "|*", sum).relation("sa|" + sex + "|*", parts);
            sexTotals.add("sa|" + sex + "|*");
        }
        List<String> ageTotals = new ArrayList<>();
        for (String age : Codes.AGE_GROUPS) {
            List<String> parts = new ArrayList<>();
            long sum = 0;
            for (String sex : Codes.SEXES) {
                parts.add("sa|" + sex + "|" + age);
                sum += known.bySexAge.getOrDefault(KnownPersons.key(sex, age), 0L);
            }
            b.cell("sa|*|" + age, sum).relation("sa|*|" + age, parts);
            ageTotals.add("sa|*|" + age);
        }
        b.relation("n|*", sexTotals).relation("n|*", ageTotals);
    }

    private static void types(CellSystem.Builder b, KnownPersons known, List<String> nationalSectors) {
        for (String type : Codes.TYPES) {
            List<String> parts = new ArrayList<>();
            long sum = 0;
            for (String s : Codes.SECTORS) {
                if (nationalSectors.contains("n|" + s)) {
                    long v = known.byTypeSector.getOrDefault(KnownPersons.key(type, s), 0L);
                    b.cell("t|" + type + "|" + s, v).atMost("t|" + type + "|" + s, "n|" + s);
                    parts.add("t|" + type + "|" + s);
                    sum += v;
                }
            }
            b.cell("t|" + type + "|*", sum).relation("t|" + type + "|*", parts).atMost("t|" + type + "|*", "n|*");
        }
    }

    /** The published cell: missing where nothing was returned, suppressed by the pattern, else the count. */
    static StatTable.Cell cell(CellSystem cells, SuppressionPattern pattern, String key) {
        if (!cells.has(key)) {
            return StatTable.Cell.missing();
        }
        int i = cells.indexOf(key);
        return pattern.isSuppressed(i) ? StatTable.Cell.suppressed() : StatTable.Cell.of(cells.value(i));
    }
}
