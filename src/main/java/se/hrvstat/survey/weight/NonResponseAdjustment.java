package se.hrvstat.survey.weight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Non-response adjustment of a stratified two-stage school sample (EXCHANGE.md 1.1), in three
 * weighting-class steps (Särndal, Swensson &amp; Wretman 1992, 15.6; Lohr 2010, 8.5):
 * <ol>
 * <li>students within a class: the respondents of a class carry its enrolled students,
 *     factor {@code e / respondents}, where e, the class's enrolment, is taken as at least its
 *     number of respondents (a register that lags behind must not shrink a class's weight);</li>
 * <li>classes within a school: the responding classes of a school carry its classes that did not
 *     take part, factor {@code sum_sampled d_c e_c / sum_responding d_c e_c} (design-weighted
 *     enrolment, d the class's design weight, e its enrolled students);</li>
 * <li>schools within a stratum: a school none of whose classes took part is carried by the
 *     responding schools of its stratum, factor {@code sum_stratum d_c e_c / sum_responding
 *     schools d_c e_c}.</li>
 * </ol>
 * Every collapse (a class or school carried by others) is reported. A stratum with no
 * responding school cannot be adjusted: its weight is lost here and reported (calibration to
 * register totals restores its county and grade). Pure; not thread-safe-sensitive (no state).
 */
public final class NonResponseAdjustment {
    private NonResponseAdjustment() {
    }

    /**
     * A sampled class: its stratum, school, design weight per student, enrolled students and
     * how many of them answered (0 = the class took no part).
     */
    public record SampledClass(String stratum, String school, String classId, double designWeight, int enrolled,
                               int respondents) {
    }

    /** The adjusted weight per responding student of each class, and the collapses made. */
    public record Result(Map<String, Double> weightByClass, List<String> collapses) {
    }

    public static Result adjust(List<SampledClass> classes) {
        Map<String, List<SampledClass>> bySchool = group(classes, SampledClass::school);
        Map<String, List<SampledClass>> byStratum = group(classes, SampledClass::stratum);
        List<String> collapses = new ArrayList<>();
        Map<String, Double> schoolFactor = new LinkedHashMap<>();
        for (Map.Entry<String, List<SampledClass>> school : bySchool.entrySet()) {
            double sampled = enrolment(school.getValue(), false);
            double responding = enrolment(school.getValue(), true);
            // responding > 0 whenever a class answered: its enrolment is at least its respondents
            long absent = school.getValue().stream().filter(c -> c.respondents() == 0).count();
            if (responding > 0) {
                schoolFactor.put(school.getKey(), sampled / responding);
                if (absent > 0) {
                    collapses.add("school " + school.getKey() + ": " + absent + " of " + school.getValue().size()
                            + " classes took no part; carried by its responding classes");
                }
            }
        }
        Map<String, Double> stratumFactor = new LinkedHashMap<>();
        for (Map.Entry<String, List<SampledClass>> stratum : byStratum.entrySet()) {
            double all = enrolment(stratum.getValue(), false);
            double carried = stratum.getValue().stream().filter(c -> schoolFactor.containsKey(c.school()))
                    .mapToDouble(c -> c.designWeight() * enrolled(c)).sum();
            long silentSchools = stratum.getValue().stream().map(SampledClass::school).distinct()
                    .filter(s -> !schoolFactor.containsKey(s)).count();
            if (carried > 0) {
                stratumFactor.put(stratum.getKey(), all / carried);
                if (silentSchools > 0) {
                    collapses.add("stratum " + stratum.getKey() + ": " + silentSchools
                            + " school(s) took no part; carried by the stratum's responding schools");
                }
            } else {
                collapses.add("stratum " + stratum.getKey() + ": no school took part; its weight is left to calibration");
            }
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (SampledClass c : classes) {
            if (c.respondents() > 0) {
                double students = enrolled(c) / c.respondents();
                weights.put(c.classId(), c.designWeight() * students * schoolFactor.get(c.school())
                        * stratumFactor.get(c.stratum()));
            }
        }
        return new Result(weights, collapses);
    }

    private static double enrolment(List<SampledClass> classes, boolean respondingOnly) {
        double sum = 0;
        for (SampledClass c : classes) {
            if (!respondingOnly || c.respondents() > 0) {
                sum += c.designWeight() * enrolled(c);
            }
        }
        return sum;
    }

    /** The class's enrolment e, at least its number of respondents. */
    private static double enrolled(SampledClass c) {
        return Math.max(c.enrolled(), c.respondents());
    }

    private static Map<String, List<SampledClass>> group(List<SampledClass> classes,
                                                          java.util.function.Function<SampledClass, String> key) {
        Map<String, List<SampledClass>> groups = new LinkedHashMap<>();
        for (SampledClass c : classes) {
            groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c);
        }
        return groups;
    }
}
