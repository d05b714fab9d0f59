package se.hrvstat.municipal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.Relationship;

import se.hrvstat.result.CaseCount;
import se.hrvstat.result.StatTable;
import se.hrvstat.result.StatTable.Status;
import se.hrvstat.survey.disclosure.IntegerBounds;

/**
 * An intruder who reads the published municipal tables as the workbook prints them (a figure, ".."
 * or "–"; nothing internal: no pattern, no cell system), knows the public geography (which
 * municipality lies in which county) and the footnotes (0 is always printed, so a ".." holds at
 * least 1), and writes down every relation the tables state: a row's "Samtliga sektorer" is the
 * sum of its returned sectors; a county cell the sum of its municipalities' cells; "Riket" the sum
 * of the counties; the sex × age table's margins and its grand total, which is the national total;
 * each type of violence at most the persons of its sector, its total the sum over sectors. For
 * every ".." it solves the least and greatest whole value (one integer programme per group of
 * linked ".."). A referee who knows the true counts (summed here from the returns, not taken from
 * the tables' internals) judges the result: a ".." is exposed when its value is pinned, or when it
 * truly holds 1–4 and the intruder shows it holds fewer than 5.
 */
final class Intruder {
    private final Geography geo;
    private final long lowest;
    private final int minCount;
    /** cell key -> published value (null = "..") for every cell that is not "–". */
    private final Map<String, Long> cells = new LinkedHashMap<>();
    /** each relation: cell keys with coefficients, summing to 0 (EQ) or at most 0 (LEQ). */
    private final List<Map<String, Double>> equations = new ArrayList<>();
    private final List<Map<String, Double>> inequalities = new ArrayList<>();
    private final Map<String, Long> truth = new HashMap<>();

    /** What the intruder proved. */
    record Outcome(int suppressed, int narrowed, int pinned, List<String> exposed, List<String> ratesWithoutCount) {
    }

    Intruder(Geography geo, long lowest, int minCount) {
        this.geo = geo;
        this.lowest = lowest;
        this.minCount = minCount;
    }

    Outcome attack(List<StatTable> tables, int year, List<CaseCount> cases) {
        StatTable county = table(tables, "kanda-personer-lan-" + year);
        StatTable municipality = table(tables, "kanda-personer-kommun-" + year);
        StatTable sexAge = table(tables, "kanda-personer-kon-alder-" + year);
        StatTable types = table(tables, "kanda-personer-valdstyp-" + year);
        read("k", municipality);
        read("l", county);
        read("s", sexAge);
        read("t", types);
        relations(county, municipality, sexAge, types);
        truth(cases, county, municipality, sexAge, types);
        List<String> rates = new ArrayList<>();
        ratesAddNothing(table(tables, "kanda-personer-per-10000-lan-" + year), county, rates, year);
        ratesAddNothing(table(tables, "kanda-personer-per-10000-riket-" + year), county, rates, year);
        return solve(rates);
    }

    private static StatTable table(List<StatTable> tables, String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no published table " + id));
    }

    private void read(String prefix, StatTable t) {
        for (int r = 0; r < t.cells().size(); r++) {
            for (int c = 0; c < t.cells().get(r).size(); c++) {
                StatTable.Cell cell = t.cells().get(r).get(c);
                if (cell.status() == Status.MISSING) {
                    continue;
                }
                cells.put(prefix + r + "," + c, cell.status() == Status.SUPPRESSED ? null : Math.round(cell.value()));
            }
        }
    }

    private boolean has(String key) {
        return cells.containsKey(key);
    }

    /** total = sum of the parts present (a "–" is not returned and adds nothing). */
    private void sum(String total, List<String> parts) {
        if (!has(total)) {
            return;
        }
        Map<String, Double> eq = new LinkedHashMap<>();
        eq.merge(total, 1.0, Double::sum);
        for (String p : parts) {
            if (has(p)) {
                eq.merge(p, -1.0, Double::sum);
            }
        }
        equations.add(eq);
    }

    private void relations(StatTable county, StatTable municipality, StatTable sexAge, StatTable types) {
        int sectors = county.heading().size() - 1;
        List<String> kommuner = new ArrayList<>(geo.municipalities().keySet());
        List<String> lan = new ArrayList<>(geo.counties().keySet());
        for (int r = 0; r < kommuner.size(); r++) {
            rowSum("k" + r, sectors);
        }
        for (int r = 0; r <= lan.size(); r++) {
            rowSum("l" + r, sectors);
        }
        for (int c = 0; c <= sectors; c++) {
            List<String> countyCells = new ArrayList<>();
            for (int l = 0; l < lan.size(); l++) {
                List<String> parts = new ArrayList<>();
                for (String kod : geo.municipalitiesOf(lan.get(l))) {
                    parts.add("k" + kommuner.indexOf(kod) + "," + c);
                }
                sum("l" + l + "," + c, parts);
                countyCells.add("l" + l + "," + c);
            }
            sum("l" + lan.size() + "," + c, countyCells);
        }
        int sexes = sexAge.stub().size() - 1;
        int ages = sexAge.heading().size() - 1;
        for (int r = 0; r <= sexes; r++) {
            rowSum("s" + r, ages);
        }
        for (int c = 0; c <= ages; c++) {
            List<String> parts = new ArrayList<>();
            for (int r = 0; r < sexes; r++) {
                parts.add("s" + r + "," + c);
            }
            sum("s" + sexes + "," + c, parts);
        }
        // the grand total of the sex × age table is the national total of the county table
        sum("s" + sexes + "," + ages, List.of("l" + lan.size() + "," + sectors));
        for (int r = 0; r < types.stub().size(); r++) {
            rowSum("t" + r, sectors);
            for (int c = 0; c <= sectors; c++) {
                if (has("t" + r + "," + c) && has("l" + lan.size() + "," + c)) {
                    Map<String, Double> le = new LinkedHashMap<>();
                    le.put("t" + r + "," + c, 1.0);
                    le.put("l" + lan.size() + "," + c, -1.0);
                    inequalities.add(le);
                }
            }
        }
    }

    private void rowSum(String row, int parts) {
        List<String> p = new ArrayList<>();
        for (int c = 0; c < parts; c++) {
            p.add(row + "," + c);
        }
        sum(row + "," + parts, p);
    }

    /** A published rate whose count is not published would tell about a "..": record any. */
    private void ratesAddNothing(StatTable rates, StatTable county, List<String> found, int year) {
        int national = geo.counties().size();
        int sectors = county.heading().size() - 1;
        for (int r = 0; r < rates.stub().size(); r++) {
            if (rates.cells().get(r).get(0).status() != Status.VALUE) {
                continue;
            }
            String count;
            if (rates.id().contains("-lan-")) {
                count = "l" + r + "," + sectors;
            } else if (r == 0) {
                count = "l" + national + "," + sectors;
            } else if (r <= sectors) {
                count = "l" + national + "," + (r - 1);
            } else {
                int i = r - 1 - sectors; // flickor/pojkar × four age groups, in the table's order
                count = "s" + (i / 4) + "," + (i % 4);
            }
            if (cells.get(count) == null) {
                found.add(rates.id() + " row " + rates.stub().get(r));
            }
        }
    }

    /** The true counts, summed from the returns in the tables' layout (referee only). */
    private void truth(List<CaseCount> cases, StatTable county, StatTable municipality, StatTable sexAge, StatTable types) {
        List<String> kommuner = new ArrayList<>(geo.municipalities().keySet());
        List<String> lan = new ArrayList<>(geo.counties().keySet());
        int sectors = Codes.SECTORS.size();
        for (CaseCount c : cases) {
            int s = Codes.SECTORS.indexOf(c.sector());
            int k = kommuner.indexOf(c.kommunkod());
            int l = lan.indexOf(geo.county(c.kommunkod()));
            if (c.measure().equals(Codes.PERSONS)) {
                for (String key : List.of("k" + k + "," + s, "k" + k + "," + sectors, "l" + l + "," + s,
                        "l" + l + "," + sectors, "l" + lan.size() + "," + s, "l" + lan.size() + "," + sectors)) {
                    truth.merge(key, c.value(), Long::sum);
                }
                int x = Codes.SEXES.indexOf(c.sex());
                int a = Codes.AGE_GROUPS.indexOf(c.ageGroup());
                int sexes = Codes.SEXES.size();
                int ages = Codes.AGE_GROUPS.size();
                for (String key : List.of("s" + x + "," + a, "s" + x + "," + ages, "s" + sexes + "," + a,
                        "s" + sexes + "," + ages)) {
                    truth.merge(key, c.value(), Long::sum);
                }
            } else {
                int t = Codes.TYPES.indexOf(c.measure());
                truth.merge("t" + t + "," + s, c.value(), Long::sum);
                truth.merge("t" + t + "," + sectors, c.value(), Long::sum);
            }
        }
    }

    private long trueValue(String key) {
        return truth.getOrDefault(key, 0L);
    }

    private Outcome solve(List<String> rates) {
        List<String> hidden = cells.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < hidden.size(); i++) {
            index.put(hidden.get(i), i);
        }
        int[] parent = new int[hidden.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<Map<String, Double>> all = new ArrayList<>(equations);
        all.addAll(inequalities);
        for (Map<String, Double> rel : all) {
            int first = -1;
            for (String k : rel.keySet()) {
                Integer i = index.get(k);
                if (i != null) {
                    if (first < 0) {
                        first = i;
                    } else {
                        parent[find(parent, i)] = find(parent, first);
                    }
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < hidden.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        int narrowed = 0;
        int pinned = 0;
        List<String> exposed = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            Map<Integer, Integer> var = new HashMap<>();
            for (int v = 0; v < group.size(); v++) {
                var.put(group.get(v), v);
            }
            List<LinearConstraint> constraints = new ArrayList<>();
            addConstraints(equations, Relationship.EQ, index, var, constraints);
            addConstraints(inequalities, Relationship.LEQ, index, var, constraints);
            IntegerBounds bounds = new IntegerBounds(group.size(), constraints);
            double[] truthPoint = new double[group.size()];
            for (int v = 0; v < group.size(); v++) {
                truthPoint[v] = trueValue(hidden.get(group.get(v))) - lowest;
            }
            bounds.witness(truthPoint);
            for (int v = 0; v < group.size(); v++) {
                String key = hidden.get(group.get(v));
                long value = trueValue(key);
                boolean small = value >= 1 && value < minCount;
                double[] w = bounds.witnessed(v);
                boolean wide = w[1] > w[0];
                boolean reaches = !small || w[1] + lowest >= minCount;
                if (wide && reaches) {
                    continue;
                }
                IntegerBounds.Bound lo = bounds.min(v);
                IntegerBounds.Bound hi = bounds.max(v);
                long low = lo.value() + lowest;
                long high = hi.unbounded() ? Long.MAX_VALUE : hi.value() + lowest;
                boolean isPinned = !lo.proven() || !hi.proven() || low == high;
                boolean below = small && high < minCount;
                if (isPinned || below) {
                    pinned += isPinned ? 1 : 0;
                    narrowed++;
                    exposed.add(key + " = " + value + " in [" + low + ", " + high + "]");
                }
            }
        }
        return new Outcome(hidden.size(), narrowed, pinned, exposed, rates);
    }

    private void addConstraints(List<Map<String, Double>> relations, Relationship rel, Map<String, Integer> index,
                                Map<Integer, Integer> var, List<LinearConstraint> out) {
        for (Map<String, Double> r : relations) {
            double[] a = new double[var.size()];
            double b = 0;
            boolean touches = false;
            boolean foreign = false;
            for (Map.Entry<String, Double> e : r.entrySet()) {
                Long published = cells.get(e.getKey());
                if (published != null) {
                    b -= e.getValue() * published;
                    continue;
                }
                Integer v = var.get(index.get(e.getKey()));
                if (v == null) {
                    foreign = true;
                } else {
                    a[v] += e.getValue();
                    b -= e.getValue() * lowest;
                    touches = true;
                }
            }
            if (touches && !foreign) {
                out.add(new LinearConstraint(a, rel, b));
            }
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
