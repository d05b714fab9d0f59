package se.hrvstat.survey.weight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Response homogeneity groups by background within a school (or a class, or a stratum): an
 * optional last step of the non-response adjustment (issue 17). Within each group the respondents
 * of each background are assumed to answer with one probability (the response homogeneity group
 * model, Särndal, Swensson &amp; Wretman 1992, 15.6; weighting-class adjustment, Kalton &amp;
 * Flores-Cervantes 2003, cell weighting), so their weights are brought to the group's register split by
 * background:
 * <pre>
 *   a_G = (W - W_9) * pi_G / W_G
 * </pre>
 * for the cell G (a set of background codes) of a group, where W is the sum of the group's
 * non-response-adjusted weights, W_G that of its respondents answering a background in G, W_9
 * that of its respondents answering none (9 or empty: factor 1, as the {@code born_grade} margin
 * treats them), and pi_G the register's share of G among the group's sampled students,
 * {@code sum_c d_c e_cG / sum_c d_c e_c} over the group's sampled classes c (responding or not:
 * the adjusted weights carry the classes that took no part), d_c the class's design weight and
 * e_cG its students registered with a background in G. The group's weight total W is kept:
 * {@code sum_G a_G W_G + W_9 = W}, so every later step sees the totals it saw before.
 * <p>
 * Small cells are collapsed (Kalton &amp; Flores-Cervantes 2003: a minimum number of
 * respondents per cell and a cap on the adjustment factor): a group is divided into the cells
 * {1}, {2}, {3}; failing that into {1}, {2, 3} (foreign background, as {@code
 * share_foreign_background} of EXCHANGE.md 1.5); failing that not at all (factor 1). A division
 * holds when every cell with register students or respondents has at least {@code
 * minRespondents} respondents and a factor within [1 / maxFactor, maxFactor]; a group with a
 * sampled class of unknown register split is not divided. Pure, no state.
 */
public final class ResponseHomogeneityGroups {
    /** The background codes of the register (born 1, 2, 3 of EXCHANGE.md 1.2 and 1.3). */
    static final List<String> BACKGROUNDS = List.of("1", "2", "3");
    private static final List<List<List<String>>> DIVISIONS = List.of(
            List.of(List.of("1"), List.of("2"), List.of("3")),
            List.of(List.of("1"), List.of("2", "3")));

    /** Within what the background cells are formed. */
    public enum Level {
        CLASS, SCHOOL, STRATUM
    }

    /**
     * The groups and the collapsing rule.
     *
     * @param minRespondents the fewest respondents (unweighted) a cell may have, at least 1
     * @param maxFactor      the largest factor a cell may get (and 1 / maxFactor the smallest), above 1
     */
    public record Rule(Level level, int minRespondents, double maxFactor) {
        public Rule {
            if (minRespondents < 1 || !(maxFactor > 1)) {
                throw new IllegalArgumentException("a response homogeneity rule needs minRespondents >= 1 and "
                        + "maxFactor > 1, not " + minRespondents + " and " + maxFactor);
            }
        }
    }

    /**
     * A sampled class of the frame with its register enrolment by background (born 1, 2, 3).
     *
     * @param enrolledByBackground students registered in the class with background 1, 2, 3; null when unknown
     */
    public record FrameClass(String classId, String stratum, String school, double designWeight,
                             int[] enrolledByBackground) {
        String group(Level level) {
            return switch (level) {
                case CLASS -> classId;
                case SCHOOL -> school;
                case STRATUM -> stratum;
            };
        }
    }

    /**
     * The factor of every respondent (in the respondents' order) and how the groups were divided.
     *
     * @param divided into three cells, merged: into {1} and {2, 3}; undivided: factor 1
     */
    public record Result(double[] factors, int divided, int merged, int undivided) {
    }

    private ResponseHomogeneityGroups() {
    }

    /**
     * @param weights    the respondents' non-response-adjusted weights
     * @param classId    each respondent's class (a class of {@code frame})
     * @param background each respondent's answer to born ("1", "2", "3"; anything else: none)
     * @param frame      every sampled class of the wave
     */
    public static Result adjust(double[] weights, String[] classId, String[] background, List<FrameClass> frame,
                                Rule rule) {
        Map<String, FrameClass> byClass = new LinkedHashMap<>();
        Map<String, double[]> register = new LinkedHashMap<>(); // group -> design-weighted e_c1, e_c2, e_c3
        for (FrameClass c : frame) {
            byClass.put(c.classId(), c);
            double[] r = register.computeIfAbsent(c.group(rule.level()), g -> new double[3]);
            if (c.enrolledByBackground() == null || r[0] < 0) {
                r[0] = -1; // unknown split: the group stays undivided
                continue;
            }
            for (int b = 0; b < 3; b++) {
                r[b] += c.designWeight() * c.enrolledByBackground()[b];
            }
        }
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < weights.length; i++) {
            members.computeIfAbsent(byClass.get(classId[i]).group(rule.level()), g -> new ArrayList<>()).add(i);
        }
        double[] factors = new double[weights.length];
        java.util.Arrays.fill(factors, 1.0);
        int[] counts = new int[3];
        for (Map.Entry<String, List<Integer>> group : members.entrySet()) {
            int division = divide(weights, background, group.getValue(), register.get(group.getKey()), rule, factors);
            counts[division]++;
        }
        return new Result(factors, counts[0], counts[1], counts[2]);
    }

    /** Sets the factors of one group's respondents by the first division that holds; returns its index (2: none). */
    private static int divide(double[] weights, String[] background, List<Integer> members, double[] register,
                              Rule rule, double[] factors) {
        double registered = register[0] + register[1] + register[2];
        if (register[0] < 0 || !(registered > 0)) {
            return 2;
        }
        double total = 0;
        double unknown = 0;
        for (int i : members) {
            total += weights[i];
            unknown += BACKGROUNDS.contains(background[i]) ? 0 : weights[i];
        }
        for (int d = 0; d < DIVISIONS.size(); d++) {
            Map<String, Double> factorByCode = cellFactors(weights, background, members, register, registered,
                    total - unknown, DIVISIONS.get(d), rule);
            if (factorByCode != null) {
                for (int i : members) {
                    factors[i] = factorByCode.getOrDefault(background[i], 1.0);
                }
                return d;
            }
        }
        return 2;
    }

    /** The factor a_G of each code of the cells, or null when a cell breaks the rule. */
    private static Map<String, Double> cellFactors(double[] weights, String[] background, List<Integer> members,
                                                   double[] register, double registered, double known,
                                                   List<List<String>> cells, Rule rule) {
        Map<String, Double> factorByCode = new LinkedHashMap<>();
        for (List<String> cell : cells) {
            double share = 0;
            for (String code : cell) {
                share += register[BACKGROUNDS.indexOf(code)] / registered;
            }
            double weight = 0;
            int respondents = 0;
            for (int i : members) {
                if (cell.contains(background[i])) {
                    weight += weights[i];
                    respondents++;
                }
            }
            if (share == 0 && respondents == 0) {
                continue; // an empty cell: nobody to carry, nobody to weight
            }
            double factor = respondents == 0 ? Double.NaN : known * share / weight;
            if (respondents < rule.minRespondents() || !(factor <= rule.maxFactor())
                    || !(factor >= 1 / rule.maxFactor())) {
                return null;
            }
            for (String code : cell) {
                factorByCode.put(code, factor);
            }
        }
        return factorByCode;
    }
}
