package se.hrvstat.survey.weight;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers the distinct combinations of codes over rows: each call refines the rows' pattern
 * numbers by one more coded variable, so that two rows share a number exactly when they share
 * every code seen so far. Numbers run from 0 in order of first appearance.
 */
final class Patterns {
    /** Above this many (pattern, code) pairs the pairs are numbered by a hash map, not a table. */
    private static final long TABLE_LIMIT = 1 << 22;

    private Patterns() {
    }

    /**
     * @param pattern  each row's pattern so far (0 .. patterns-1), replaced by the refined one
     * @param patterns the number of patterns so far
     * @param code     each row's code of the next variable, 0 .. levels-1
     * @param levels   the number of codes
     * @return the number of refined patterns
     */
    static int refine(int[] pattern, int patterns, int[] code, int levels) {
        long pairs = (long) patterns * levels;
        int next = 0;
        if (pairs <= TABLE_LIMIT) {
            int[] number = new int[(int) pairs];
            Arrays.fill(number, -1);
            for (int i = 0; i < pattern.length; i++) {
                int key = pattern[i] * levels + code[i];
                int p = number[key];
                if (p < 0) {
                    p = next++;
                    number[key] = p;
                }
                pattern[i] = p;
            }
            return next;
        }
        Map<Long, Integer> number = new HashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            long key = (long) pattern[i] * levels + code[i];
            Integer p = number.get(key);
            if (p == null) {
                p = next++;
                number.put(key, p);
            }
            pattern[i] = p;
        }
        return next;
    }

    /** The first row of each pattern. */
    static int[] firstRows(int[] pattern, int patterns) {
        int[] first = new int[patterns];
        Arrays.fill(first, -1);
        for (int i = 0; i < pattern.length; i++) {
            if (first[pattern[i]] < 0) {
                first[pattern[i]] = i;
            }
        }
        return first;
    }
}
