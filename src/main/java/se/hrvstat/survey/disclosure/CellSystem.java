package se.hrvstat.survey.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of a set of linked count tables and the additive relations between them: each
 * relation says {@code total = part1 + part2 + ...}. A cell that appears in several published
 * tables (e.g. the national total of a county table and of a sex × age table) is one cell here,
 * so that the audit sees every way a published figure constrains a suppressed one. Besides the
 * sums, inequalities {@code part <= whole} ({@link AtMost}) that the tables state.
 * Values are non-negative counts. Immutable; build with {@link #builder()}.
 */
public final class CellSystem {
    private final List<String> keys;
    private final long[] values;
    private final List<Relation> relations;
    private final List<AtMost> inequalities;
    private final Map<String, Integer> index = new HashMap<>();

    /** {@code total = sum of parts}, as indexes into the system's cells. */
    public record Relation(int total, int[] parts) {
        /** Every member, the total first. */
        public int[] members() {
            int[] m = new int[parts.length + 1];
            m[0] = total;
            System.arraycopy(parts, 0, m, 1, parts.length);
            return m;
        }
    }

    /**
     * {@code part <= whole}: a published fact that is no sum, e.g. the persons with one type of
     * violence in a sector are at most the persons known in that sector.
     */
    public record AtMost(int part, int whole) {
    }

    private CellSystem(List<String> keys, long[] values, List<Relation> relations, List<AtMost> inequalities) {
        this.keys = List.copyOf(keys);
        this.values = values;
        this.relations = List.copyOf(relations);
        this.inequalities = List.copyOf(inequalities);
        for (int i = 0; i < this.keys.size(); i++) {
            index.put(this.keys.get(i), i);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return values.length;
    }

    public String key(int cell) {
        return keys.get(cell);
    }

    public long value(int cell) {
        return values[cell];
    }

    public int indexOf(String key) {
        Integer i = index.get(key);
        if (i == null) {
            throw new IllegalArgumentException("no cell " + key);
        }
        return i;
    }

    public boolean has(String key) {
        return index.containsKey(key);
    }

    public List<Relation> relations() {
        return relations;
    }

    public List<AtMost> inequalities() {
        return inequalities;
    }

    /** For each cell, the indexes of the relations it belongs to. */
    List<List<Integer>> relationsOfCells() {
        List<List<Integer>> of = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            of.add(new ArrayList<>());
        }
        for (int r = 0; r < relations.size(); r++) {
            for (int m : relations.get(r).members()) {
                of.get(m).add(r);
            }
        }
        return of;
    }

    /** Collects cells (by key) and relations; a relation must hold for the values given. */
    public static final class Builder {
        private final List<String> keys = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final List<Long> values = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();
        private final List<AtMost> inequalities = new ArrayList<>();

        private Builder() {
        }

        /** Adds a cell; adding the same key again must give the same value. */
        public Builder cell(String key, long value) {
            if (value < 0) {
                throw new IllegalArgumentException("cell " + key + " has the negative count " + value);
            }
            Integer known = index.get(key);
            if (known != null) {
                if (values.get(known) != value) {
                    throw new IllegalArgumentException("cell " + key + " given as " + values.get(known) + " and " + value);
                }
                return this;
            }
            index.put(key, keys.size());
            keys.add(key);
            values.add(value);
            return this;
        }

        public boolean has(String key) {
            return index.containsKey(key);
        }

        /** Adds {@code total = sum of parts}; every key must be a cell already. */
        public Builder relation(String total, List<String> parts) {
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("relation " + total + " has no parts");
            }
            int t = find(total);
            int[] p = parts.stream().mapToInt(this::find).toArray();
            long sum = 0;
            for (int i : p) {
                sum += values.get(i);
            }
            if (sum != values.get(t)) {
                throw new IllegalArgumentException("cell " + total + " = " + values.get(t) + " but its parts sum to " + sum);
            }
            relations.add(new Relation(t, p));
            return this;
        }

        /** Adds {@code part <= whole}; both must be cells already and the values must satisfy it. */
        public Builder atMost(String part, String whole) {
            int p = find(part);
            int w = find(whole);
            if (values.get(p) > values.get(w)) {
                throw new IllegalArgumentException("cell " + part + " = " + values.get(p) + " exceeds " + whole + " = "
                        + values.get(w));
            }
            inequalities.add(new AtMost(p, w));
            return this;
        }

        private int find(String key) {
            Integer i = index.get(key);
            if (i == null) {
                throw new IllegalArgumentException("no cell " + key);
            }
            return i;
        }

        public CellSystem build() {
            return new CellSystem(keys, values.stream().mapToLong(Long::longValue).toArray(), relations, inequalities);
        }
    }
}
