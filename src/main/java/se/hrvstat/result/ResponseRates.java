package se.hrvstat.result;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Response rates of the survey at school, class and student level, by wave, grade and county, from
 * the sampled classes of {@code design.csv} and the number of answers each class gave. Each level's
 * rate is conditional on the level above, as the non-response adjustment of the weights treats it:
 * <ul>
 *   <li>schools: schools with at least one answer / schools sampled (n_h summed over the group's strata);</li>
 *   <li>classes: classes with at least one answer / classes sampled in those schools;</li>
 *   <li>students: answers / students enrolled in those classes.</li>
 * </ul>
 * Unweighted counts. Pure: no I/O.
 */
public final class ResponseRates {

    private ResponseRates() {
    }

    /** One sampled class: its wave, stratum, county, grade, school, n_h of its stratum, enrolled students and answers. */
    public record SampledClass(int wave, String stratum, String lanskod, int grade, String school, int schoolsSampled,
                               int enrolled, int respondents) {
    }

    /** What a group of classes is: all, one grade or one county. */
    public enum Breakdown { ALL, GRADE, COUNTY }

    /**
     * The counts of one group of one wave ({@code code} is the grade or the county code, empty for all).
     * The rates are shares in [0, 1], NaN when their denominator is 0.
     */
    public record Rate(int wave, Breakdown breakdown, String code, int schoolsSampled, int schoolsResponding,
                       int classesSampled, int classesResponding, long enrolled, long respondents) {
        public double schoolRate() {
            return share(schoolsResponding, schoolsSampled);
        }

        public double classRate() {
            return share(classesResponding, classesSampled);
        }

        public double studentRate() {
            return share(respondents, enrolled);
        }

        private static double share(long part, long whole) {
            return whole == 0 ? Double.NaN : (double) part / whole;
        }
    }

    /**
     * The rates of every wave: all students, each grade (in number order) and each county (in code
     * order), waves in order.
     */
    public static List<Rate> of(List<SampledClass> classes) {
        Map<Integer, List<SampledClass>> byWave = new TreeMap<>();
        classes.forEach(c -> byWave.computeIfAbsent(c.wave(), k -> new ArrayList<>()).add(c));
        List<Rate> rates = new ArrayList<>();
        byWave.forEach((wave, ofWave) -> {
            rates.add(rate(wave, Breakdown.ALL, "", ofWave));
            groups(ofWave, c -> String.format("%03d", c.grade())).forEach((key, group) ->
                    rates.add(rate(wave, Breakdown.GRADE, Integer.toString(group.get(0).grade()), group)));
            groups(ofWave, SampledClass::lanskod).forEach((code, group) -> rates.add(rate(wave, Breakdown.COUNTY, code, group)));
        });
        return rates;
    }

    private static Map<String, List<SampledClass>> groups(List<SampledClass> classes, Function<SampledClass, String> key) {
        Map<String, List<SampledClass>> groups = new TreeMap<>();
        classes.forEach(c -> groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
        return groups;
    }

    private static Rate rate(int wave, Breakdown breakdown, String code, List<SampledClass> classes) {
        Map<String, Integer> sampledInStratum = new HashMap<>();
        Set<String> responding = new LinkedHashSet<>();
        for (SampledClass c : classes) {
            sampledInStratum.merge(c.stratum(), c.schoolsSampled(), Math::max);
            if (c.respondents() > 0) {
                responding.add(c.school());
            }
        }
        int classesSampled = 0;
        int classesResponding = 0;
        long enrolled = 0;
        long respondents = 0;
        for (SampledClass c : classes) {
            if (!responding.contains(c.school())) {
                continue;
            }
            classesSampled++;
            if (c.respondents() > 0) {
                classesResponding++;
                enrolled += c.enrolled();
                respondents += c.respondents();
            }
        }
        int schoolsSampled = sampledInStratum.values().stream().mapToInt(Integer::intValue).sum();
        return new Rate(wave, breakdown, code, schoolsSampled, responding.size(), classesSampled, classesResponding,
                enrolled, respondents);
    }
}
