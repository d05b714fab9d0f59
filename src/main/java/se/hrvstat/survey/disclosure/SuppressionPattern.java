package se.hrvstat.survey.disclosure;

/**
 * Which cells of a {@link CellSystem} are withheld: {@code primary} (sensitive themselves) and
 * {@code suppressed} (primary plus secondary, chosen to protect the primary ones).
 */
public record SuppressionPattern(boolean[] primary, boolean[] suppressed) {
    public SuppressionPattern {
        if (primary.length != suppressed.length) {
            throw new IllegalArgumentException("pattern arrays differ in length");
        }
        for (int i = 0; i < primary.length; i++) {
            if (primary[i] && !suppressed[i]) {
                throw new IllegalArgumentException("cell " + i + " is primary but not suppressed");
            }
        }
        primary = primary.clone();
        suppressed = suppressed.clone();
    }

    /** Primary suppression by the rules: every sensitive count, and nothing else yet. */
    public static SuppressionPattern primary(CellSystem cells, DisclosureRules rules) {
        boolean[] p = new boolean[cells.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = rules.sensitiveCount(cells.value(i));
        }
        return new SuppressionPattern(p, p);
    }

    public boolean isSuppressed(int cell) {
        return suppressed[cell];
    }

    public boolean isPrimary(int cell) {
        return primary[cell];
    }

    public int suppressedCount() {
        int n = 0;
        for (boolean s : suppressed) {
            n += s ? 1 : 0;
        }
        return n;
    }

    public int primaryCount() {
        int n = 0;
        for (boolean s : primary) {
            n += s ? 1 : 0;
        }
        return n;
    }

    @Override
    public boolean[] primary() {
        return primary.clone();
    }

    @Override
    public boolean[] suppressed() {
        return suppressed.clone();
    }

    SuppressionPattern with(int cell) {
        boolean[] s = suppressed.clone();
        s[cell] = true;
        return new SuppressionPattern(primary, s);
    }
}
