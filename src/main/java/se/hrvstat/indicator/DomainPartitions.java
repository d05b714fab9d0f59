package se.hrvstat.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.hrvstat.survey.disclosure.DomainDifferencing.Partition;

/**
 * The partitions between the published domains of one indicator and wave, read from their
 * labels: a domain of k variables ({@code sex=3;grade=11}) is a part of each domain that drops
 * one of them ({@code sex=3} and {@code grade=11}; a domain of one variable is a part of all
 * students, the empty label), where that domain is published too. The parts of one whole that
 * drop the same variable form one partition (all students = sex=1 + sex=2 + sex=3 + those with
 * a missing sex, the remainder).
 */
final class DomainPartitions {

    private DomainPartitions() {
    }

    /** The partitions between {@code labels} (indexes into it), in the order of the labels. */
    static List<Partition> of(List<String> labels) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            index.put(labels.get(i), i);
        }
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        Map<String, Integer> wholes = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            List<String> terms = terms(labels.get(i));
            for (int drop = 0; drop < terms.size(); drop++) {
                List<String> rest = new ArrayList<>(terms);
                String variable = rest.remove(drop).split("=", 2)[0];
                Integer whole = index.get(String.join(";", rest));
                if (whole != null) {
                    String key = whole + "/" + variable;
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                    wholes.put(key, whole);
                }
            }
        }
        List<Partition> partitions = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            partitions.add(new Partition(wholes.get(g.getKey()),
                    g.getValue().stream().mapToInt(Integer::intValue).toArray()));
        }
        return partitions;
    }

    private static List<String> terms(String label) {
        return label == null || label.isBlank() ? List.of() : List.of(label.trim().split(";"));
    }
}
