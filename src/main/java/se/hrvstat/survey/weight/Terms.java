package se.hrvstat.survey.weight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The terms of the formula {@code ~ m1 + m2 + ...} where a margin of several variables is their
 * interaction {@code a*b}: every non-empty subset of each margin's variables, once, ordered by
 * degree as R's {@code terms()} orders them.
 */
final class Terms {
    private Terms() {
    }

    static List<List<String>> expand(List<Margin> margins, List<String> variableOrder) {
        Set<List<String>> seen = new LinkedHashSet<>();
        for (Margin m : margins) {
            List<String> vars = new ArrayList<>(m.variables());
            vars.sort(Comparator.comparingInt(variableOrder::indexOf));
            int k = vars.size();
            for (int mask = 1; mask < (1 << k); mask++) {
                List<String> term = new ArrayList<>();
                for (int b = 0; b < k; b++) {
                    if ((mask & (1 << b)) != 0) {
                        term.add(vars.get(b));
                    }
                }
                seen.add(List.copyOf(term));
            }
        }
        List<List<String>> terms = new ArrayList<>(seen);
        terms.sort(Comparator.comparingInt(List::size));
        return terms;
    }
}
