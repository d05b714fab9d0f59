package se.hrvstat.ingest;

import java.util.List;

/**
 * {@code A asked if any of X Y Z is V} (jobs/rules.csv): the questionnaire's routing. A must be
 * answered when one of the conditions' items has the code V, and must be empty otherwise.
 */
public record RoutingRule(String name, InputKind kind, String item, List<String> conditions, String code)
        implements RowRule {

    @Override
    public Reject check(Object[] values) {
        boolean routed = false;
        for (String condition : conditions) {
            Object v = values[kind.column(condition)];
            routed |= v != null && code.equals(v.toString());
        }
        Object answer = values[kind.column(item)];
        if (routed == (answer != null)) {
            return null;
        }
        String these = String.join(", ", conditions);
        return new Reject(name, item, answer == null ? "" : answer.toString(), routed
                ? item + " is empty although one of " + these + " is " + code + " (it should have been asked)"
                : item + " is answered although none of " + these + " is " + code + " (it is not asked then)");
    }
}
