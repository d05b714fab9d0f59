package se.hrvstat.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.hrvstat.result.FactSheet;
import se.hrvstat.result.StatTable;

/**
 * Builds the municipal fact sheets from the report's StatTables, until the municipal statistics
 * hand over {@link FactSheet}s themselves. A table takes part when its stub has municipalities
 * ("0180 Stockholm"); its county rows ("01 Stockholms län") and nation row ("Riket", "Hela
 * landet", "Totalt") give the comparison. A municipality gets a sheet when at least one of its
 * cells is not MISSING (it returned).
 */
public final class FactSheets {

    private static final Pattern MUNICIPALITY = Pattern.compile("^(\\d{4}) (.+)$");
    private static final Pattern COUNTY = Pattern.compile("^(\\d{2}) (.+)$");
    private static final Set<String> NATION = Set.of("riket", "hela landet", "totalt", "sverige");

    private FactSheets() {
    }

    /**
     * The sheets of every municipality that returned, in code order; a county without a row of its
     * own is named by {@code domain.county.unknown} of {@code texts}.
     */
    public static List<FactSheet> fromTables(int year, List<StatTable> tables, Texts texts) {
        Map<String, List<FactSheet.Line>> lines = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        Map<String, String> counties = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        Map<StatTable, Comparison> rowsOf = new java.util.IdentityHashMap<>();
        for (StatTable t : tables) {
            Comparison own = Comparison.of(t, counties);
            rowsOf.put(t, own);
        }
        for (StatTable t : tables) {
            Comparison own = rowsOf.get(t);
            List<Integer> municipalityRows = own.municipalityRows();
            // the county and nation rows: the table's own, else those of a table with the same
            // columns and unit (municipalities and counties are often published as two tables)
            Comparison with = own.hasComparison() ? own : tables.stream().filter(u -> u != t)
                    .filter(u -> u.heading().equals(t.heading()) && u.unit().equals(t.unit()))
                    .map(rowsOf::get).filter(Comparison::hasComparison).findFirst().orElse(own);
            StatTable source = with.table();
            Map<String, Integer> countyRow = with.countyRows();
            Integer nationRow = with.nationRow();
            if (municipalityRows.isEmpty()) {
                continue;
            }
            String group = t.title() + " (" + t.unit() + ")";
            for (int r : municipalityRows) {
                Matcher m = MUNICIPALITY.matcher(t.stub().get(r).trim());
                m.matches();
                String code = m.group(1);
                names.putIfAbsent(code, m.group(2));
                Integer cr = countyRow.get(code.substring(0, 2));
                for (int c = 0; c < t.heading().size(); c++) {
                    lines.computeIfAbsent(code, k -> new ArrayList<>()).add(new FactSheet.Line(group, t.heading().get(c),
                            t.decimals(c), t.cells().get(r).get(c),
                            cr == null ? StatTable.Cell.missing() : source.cells().get(cr).get(c),
                            nationRow == null ? StatTable.Cell.missing() : source.cells().get(nationRow).get(c)));
                }
            }
            notes.addAll(t.footnotes());
            if (t.source() != null && !t.source().isBlank() && !notes.contains(t.source())) {
                notes.add(t.source());
            }
        }
        List<FactSheet> sheets = new ArrayList<>();
        lines.forEach((code, ls) -> {
            boolean returned = ls.stream().anyMatch(l -> l.municipality().status() != StatTable.Status.MISSING);
            if (returned) {
                String lan = code.substring(0, 2);
                String county = counties.containsKey(lan) ? counties.get(lan) : texts.get("domain.county.unknown", lan);
                sheets.add(new FactSheet(year, code, names.get(code), county, ls, notes.stream().distinct().toList()));
            }
        });
        return sheets;
    }

    /** Where a table's municipality, county and nation rows are. */
    private record Comparison(StatTable table, List<Integer> municipalityRows, Map<String, Integer> countyRows,
                              Integer nationRow) {
        boolean hasComparison() {
            return !countyRows.isEmpty() || nationRow != null;
        }

        static Comparison of(StatTable t, Map<String, String> countyNames) {
            Map<String, Integer> countyRow = new TreeMap<>();
            Integer nationRow = null;
            List<Integer> municipalityRows = new ArrayList<>();
            for (int r = 0; r < t.stub().size(); r++) {
                String label = t.stub().get(r).trim();
                Matcher m = MUNICIPALITY.matcher(label);
                Matcher c = COUNTY.matcher(label);
                if (m.matches()) {
                    municipalityRows.add(r);
                } else if (c.matches()) {
                    countyRow.put(c.group(1), r);
                    countyNames.putIfAbsent(c.group(1), c.group(2));
                } else if (NATION.contains(label.toLowerCase(SwedishFormat.LOCALE))) {
                    nationRow = r;
                }
            }
            return new Comparison(t, municipalityRows, countyRow, nationRow);
        }
    }
}
