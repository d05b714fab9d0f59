package se.hrvstat.survey.disclosure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The linked tables of known persons as the municipal publication lays them out, for measuring the
 * Cell Key Method (test side, read straight from a sample {@code returns.csv}): municipality ×
 * returned sector and the municipality's total over its returned sectors; county (the first two
 * digits of the kommunkod) × sector and its total; the nation × sector and its total. The latest
 * submission per (municipality, sector) counts, measure {@code personer}. Each cell carries its
 * true value (to score the intruder only) and the sum of its persons' record keys.
 */
final class KnownPersonsCells {
    static final String ALL = "alla";

    enum Level { MUNICIPALITY, MUNICIPALITY_TOTAL, COUNTY, COUNTY_TOTAL, NATION, NATION_TOTAL }

    record Cell(String label, Level level, long value, long keySum) {
        boolean total() {
            return level == Level.MUNICIPALITY_TOTAL || level == Level.COUNTY_TOTAL || level == Level.NATION_TOTAL;
        }
    }

    final List<Cell> cells = new ArrayList<>();
    /** Each {total, part, ...}. */
    final List<int[]> relations = new ArrayList<>();

    static KnownPersonsCells read(Path returns, CellKeys keys) throws IOException {
        List<String[]> rows = Files.readAllLines(returns).stream().skip(1).map(l -> l.split(",")).toList();
        Map<String, String> latest = new HashMap<>();
        for (String[] f : rows) {
            latest.merge(f[1] + "|" + f[2], f[7], (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        // municipality -> sector -> {value, keySum}
        Map<String, Map<String, long[]>> delivered = new TreeMap<>();
        for (String[] f : rows) {
            if (!f[5].equals("personer") || !f[7].equals(latest.get(f[1] + "|" + f[2]))) {
                continue;
            }
            long v = Long.parseLong(f[6]);
            long[] x = delivered.computeIfAbsent(f[1], k -> new TreeMap<>()).computeIfAbsent(f[2], k -> new long[2]);
            x[0] += v;
            x[1] = CellKeys.add(x[1], keys.keySum(String.join("|", f[0], f[1], f[2], f[3], f[4], f[5]), v));
        }
        return new KnownPersonsCells().build(delivered);
    }

    private KnownPersonsCells build(Map<String, Map<String, long[]>> delivered) {
        TreeSet<String> sectors = new TreeSet<>();
        delivered.values().forEach(m -> sectors.addAll(m.keySet()));
        Map<String, List<Integer>> countyParts = new TreeMap<>(); // county|sector -> municipality cells
        for (var m : delivered.entrySet()) {
            List<Integer> parts = new ArrayList<>();
            for (var s : m.getValue().entrySet()) {
                int c = add(m.getKey() + "|" + s.getKey(), Level.MUNICIPALITY, s.getValue()[0], s.getValue()[1]);
                parts.add(c);
                countyParts.computeIfAbsent(m.getKey().substring(0, 2) + "|" + s.getKey(), k -> new ArrayList<>()).add(c);
            }
            relate(m.getKey() + "|" + ALL, Level.MUNICIPALITY_TOTAL, parts);
        }
        Map<String, List<Integer>> byCounty = new TreeMap<>();
        Map<String, List<Integer>> nationParts = new TreeMap<>();
        for (var e : countyParts.entrySet()) {
            int c = relate("län " + e.getKey(), Level.COUNTY, e.getValue());
            String[] k = e.getKey().split("\\|");
            byCounty.computeIfAbsent(k[0], z -> new ArrayList<>()).add(c);
            nationParts.computeIfAbsent(k[1], z -> new ArrayList<>()).add(c);
        }
        byCounty.forEach((county, parts) -> relate("län " + county + "|" + ALL, Level.COUNTY_TOTAL, parts));
        List<Integer> nation = new ArrayList<>();
        nationParts.forEach((sector, parts) -> nation.add(relate("riket|" + sector, Level.NATION, parts)));
        relate("riket|" + ALL, Level.NATION_TOTAL, nation);
        return this;
    }

    private int add(String label, Level level, long value, long keySum) {
        cells.add(new Cell(label, level, value, keySum));
        return cells.size() - 1;
    }

    /** A total over existing cells: value and key sum add up; returns the new cell. */
    private int relate(String label, Level level, List<Integer> parts) {
        long v = 0;
        long k = 0;
        for (int p : parts) {
            v += cells.get(p).value();
            k = CellKeys.add(k, cells.get(p).keySum());
        }
        int t = add(label, level, v, k);
        int[] r = new int[parts.size() + 1];
        r[0] = t;
        for (int i = 0; i < parts.size(); i++) {
            r[i + 1] = parts.get(i);
        }
        relations.add(r);
        return t;
    }
}
