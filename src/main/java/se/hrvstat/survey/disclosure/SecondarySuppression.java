package se.hrvstat.survey.disclosure;

import java.util.List;

/**
 * Secondary suppression by a greedy heuristic, iterated until the {@link DisclosureAudit}
 * passes. Cost of a cell is its value (the usual cost function of cell suppression: hide as few
 * persons as possible; Hundepool et al., <i>Statistical Disclosure Control</i>, 2012, ch. 4):
 * <ol>
 * <li>while some relation holds exactly one suppressed cell (which its published members would
 *     give away), suppress the cheapest other member of that relation that can protect it;</li>
 * <li>audit; for each cell that fails, suppress the cheapest published member of one of its
 *     relations that can move it far enough; repeat from 1.</li>
 * </ol>
 * "Can protect" means a value at least the needed shift (the upper protection level of a primary
 * cell, else 1): a partner must be able to give up as much as the protected cell gains. When no
 * such cell is left, the largest remaining one is taken. Each round suppresses at least one more
 * cell, and a system with every cell suppressed passes, so the loop ends with a pattern the audit
 * accepts. Not an optimal pattern (that is an integer programme), but a valid one.
 *
 * <p>A cell may be suppressed to protect another only when {@link DisclosureRules#mayHide} allows
 * it: when every 0 is published, a 0 never is (the footnotes promise that a ".." is not 0, and
 * the audit relies on it). When no member of a relation may be hidden any more and the audit still
 * fails, the suppression gives up with an {@link IllegalStateException} naming the cell. The rounds
 * audit in the quick mode of {@link DisclosureAudit}: the same cells fail as in the exact audit.
 */
public final class SecondarySuppression {
    private final DisclosureRules rules;
    private final DisclosureAudit audit;

    public SecondarySuppression(DisclosureRules rules) {
        this.rules = rules;
        this.audit = new DisclosureAudit(rules, true);
    }

    /** The completed pattern and its passing audit. */
    public record Outcome(SuppressionPattern pattern, DisclosureAudit.Result audit, int rounds) {
    }

    public Outcome complete(CellSystem cells, SuppressionPattern start) {
        SuppressionPattern pattern = start;
        List<List<Integer>> relationsOf = cells.relationsOfCells();
        DisclosureAudit.Memory audited = new DisclosureAudit.Memory();
        for (int round = 1; ; round++) {
            pattern = closeSingletons(cells, pattern);
            DisclosureAudit.Result result = audit.audit(cells, pattern, audited);
            if (result.passes()) {
                return new Outcome(pattern, result, round);
            }
            boolean[] added = new boolean[cells.relations().size()];
            SuppressionPattern before = pattern;
            for (CellRange failure : result.failures()) {
                int best = -1;
                int bestRelation = -1;
                long need = need(failure.cell(), pattern, cells);
                boolean alreadyHelped = false;
                for (int r : relationsOf.get(failure.cell())) {
                    alreadyHelped |= added[r];
                    int candidate = cheapest(cells, cells.relations().get(r), pattern, need);
                    if (candidate >= 0 && (best < 0 || better(cells.value(candidate), cells.value(best), need))) {
                        best = candidate;
                        bestRelation = r;
                    }
                }
                if (!alreadyHelped && best >= 0) {
                    pattern = pattern.with(best);
                    added[bestRelation] = true;
                }
            }
            if (pattern == before) {
                // every relation of the failing cells is suppressed whole: widen through any
                // relation of the failing group that still has a published member
                pattern = widen(cells, pattern, result.failures().get(0));
            }
        }
    }

    private SuppressionPattern widen(CellSystem cells, SuppressionPattern pattern, CellRange failure) {
        for (int[] group : DisclosureAudit.components(cells, pattern)) {
            if (java.util.Arrays.stream(group).noneMatch(c -> c == failure.cell())) {
                continue;
            }
            int best = -1;
            for (CellSystem.Relation r : cells.relations()) {
                boolean touches = java.util.Arrays.stream(r.members()).anyMatch(m -> contains(group, m));
                if (touches) {
                    int candidate = cheapest(cells, r, pattern, 1);
                    if (candidate >= 0 && (best < 0 || better(cells.value(candidate), cells.value(best), 1))) {
                        best = candidate;
                    }
                }
            }
            if (best >= 0) {
                return pattern.with(best);
            }
        }
        throw new IllegalStateException("cannot protect " + failure + ": every related cell is already suppressed");
    }

    private static boolean contains(int[] group, int cell) {
        for (int g : group) {
            if (g == cell) {
                return true;
            }
        }
        return false;
    }

    SuppressionPattern closeSingletons(CellSystem cells, SuppressionPattern start) {
        SuppressionPattern pattern = start;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (CellSystem.Relation r : cells.relations()) {
                int lone = -1;
                int count = 0;
                for (int m : r.members()) {
                    if (pattern.isSuppressed(m)) {
                        lone = m;
                        count++;
                    }
                }
                if (count == 1) {
                    int candidate = cheapest(cells, r, pattern, need(lone, pattern, cells));
                    if (candidate >= 0) {
                        pattern = pattern.with(candidate);
                        changed = true;
                    }
                }
            }
        }
        return pattern;
    }

    private long need(int cell, SuppressionPattern pattern, CellSystem cells) {
        return pattern.isPrimary(cell) ? Math.max(1, rules.upperProtection(cells.value(cell))) : 1;
    }

    /**
     * The published member of r to suppress next, or -1 when every member is suppressed or may
     * not be (a 0 when the rule publishes every 0).
     */
    private int cheapest(CellSystem cells, CellSystem.Relation r, SuppressionPattern pattern, long need) {
        int best = -1;
        for (int m : r.members()) {
            if (!pattern.isSuppressed(m) && rules.mayHide(cells.value(m)) && (best < 0 || better(cells.value(m), cells.value(best), need))) {
                best = m;
            }
        }
        return best;
    }

    /** Whether a is a better partner than b: big enough first and then the smallest, else the largest. */
    private static boolean better(long a, long b, long need) {
        boolean aEnough = a >= need;
        boolean bEnough = b >= need;
        if (aEnough != bEnough) {
            return aEnough;
        }
        return aEnough ? a < b : a > b;
    }
}
