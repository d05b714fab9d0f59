package se.hrvstat.ingest;

import java.util.List;

import se.hrvstat.result.InputKind;
import se.hrvstat.result.Reject;

/**
 * {@code A asked if any of X Y Z is V} (jobs/rules.csv): the questionnaire's routing. A must be
 * answered when one of the conditions' items has the code V, and must be empty otherwise.
 */
public record RoutingRule(String name, InputKind kind, String item, List<String> conditions, String code,
                          int itemIndex, int[] conditionIndexes, Integer numericCode) implements RowRule {

    public RoutingRule(String name, InputKind kind, String item, List<String> conditions, String code) {
        this(name, kind, item, conditions, code, kind.column(item),
                conditions.stream().mapToInt(kind::column).toArray(), numeric(code));
    }

    private static Integer numeric(String code) {
        try {
            Integer value = Integer.valueOf(code);
            return String.valueOf(value).equals(code) ? value : null; // "01" is no integer's text
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public Reject check(Object[] values) {
        boolean routed = false;
        for (int index : conditionIndexes) {
            Object v = values[index];
            // an integer cell is compared as a number: no text made per row
            routed |= v instanceof Integer i ? i.equals(numericCode)
                    : v != null && code.equals(v.toString());
        }
        Object answer = values[itemIndex];
        if (routed == (answer != null)) {
            return null;
        }
        String these = String.join(", ", conditions);
        return new Reject(name, item, answer == null ? "" : answer.toString(), routed
                ? item + " is empty although one of " + these + " is " + code + " (it should have been asked)"
                : item + " is answered although none of " + these + " is " + code + " (it is not asked then)");
    }
}
