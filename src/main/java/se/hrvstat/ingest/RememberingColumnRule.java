package se.hrvstat.ingest;

import java.util.HashMap;
import java.util.Map;

import se.hrvstat.result.ReferenceLists;

/**
 * A column's codebook rule that remembers what it made of the cells it saw. The check is a
 * function of the cell alone (and of the file's decimal mark for decimals, which are therefore
 * not remembered), and most columns hold few distinct cells - codes, class ids, years - so a
 * million-row file is checked with table look-ups instead of a parse, a set look-up and a
 * regular expression per cell. Pseudonymous ids are unique by design and never remembered.
 * Not thread-safe, like {@link RowValidator}.
 */
final class RememberingColumnRule {
    /** At most this many distinct cells per column are remembered: memory stays bounded. */
    static final int MAX_REMEMBERED = 4096;
    private final ColumnRule rule;
    private final boolean remembers;
    /** Results for cells of one ASCII character, the most frequent case. */
    private final ColumnRule.Checked[] single = new ColumnRule.Checked[128];
    private final Map<String, ColumnRule.Checked> seen = new HashMap<>();

    RememberingColumnRule(ColumnRule rule) {
        this.rule = rule;
        this.remembers = !"pseudonym".equals(rule.type()) && !"decimal".equals(rule.type());
    }

    ColumnRule.Checked check(String raw, ReferenceLists reference, char decimalMark) {
        if (!remembers || raw == null) {
            return rule.check(raw, reference, decimalMark);
        }
        if (raw.length() == 1 && raw.charAt(0) < single.length) {
            ColumnRule.Checked known = single[raw.charAt(0)];
            if (known == null) {
                known = rule.check(raw, reference, decimalMark);
                single[raw.charAt(0)] = known;
            }
            return known;
        }
        ColumnRule.Checked known = seen.get(raw);
        if (known == null) {
            known = rule.check(raw, reference, decimalMark);
            if (seen.size() < MAX_REMEMBERED) {
                seen.put(raw, known);
            }
        }
        return known;
    }
}
