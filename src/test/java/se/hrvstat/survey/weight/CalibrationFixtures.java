package se.hrvstat.survey.weight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hrvstat.survey.design.LonelyPsuRule;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.design.SurveyDesignBuilder;
import se.hrvstat.survey.testdata.RFixtures;

/**
 * Reads what {@code src/test/r/make-calibration-fixtures.R} wrote (public for the calibrated
 * designs of {@code se.hrvstat.survey.estimate.CalibratedGroupDifferencesAgreeWithRTest}).
 */
public final class CalibrationFixtures {
    static final String DIR = "calibration/";

    private CalibrationFixtures() {
    }

    static List<Map<String, String>> cases() {
        return RFixtures.rows(DIR + "cases.csv");
    }

    static Map<String, String> caseNamed(String name) {
        return cases().stream().filter(c -> c.get("case").equals(name)).findFirst().orElseThrow();
    }

    public static double[] rWeights(String caseName) {
        List<Double> w = new ArrayList<>();
        for (Map<String, String> r : RFixtures.rows(DIR + "weights.csv")) {
            if (r.get("case").equals(caseName)) {
                w.add(Double.parseDouble(r.get("weight")));
            }
        }
        return w.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static List<Map<String, String>> rEstimates(String caseName) {
        return RFixtures.rows(DIR + "estimates.csv").stream().filter(r -> r.get("case").equals(caseName)).toList();
    }

    /** The population margins of population.csv, by name. */
    public static Map<String, Margin> margins() {
        Map<String, List<Map<String, String>>> byName = new LinkedHashMap<>();
        for (Map<String, String> r : RFixtures.rows(DIR + "population.csv")) {
            byName.computeIfAbsent(r.get("margin"), k -> new ArrayList<>()).add(r);
        }
        Map<String, Margin> out = new HashMap<>();
        for (var e : byName.entrySet()) {
            List<String> vars = new ArrayList<>();
            for (String v : List.of("stype", "sch.wide", "awards")) {
                if (!e.getValue().get(0).get(v).isEmpty()) {
                    vars.add(v);
                }
            }
            Margin.Builder b = Margin.of(e.getKey(), vars.toArray(String[]::new));
            for (Map<String, String> r : e.getValue()) {
                b.cell(Double.parseDouble(r.get("count")), vars.stream().map(r::get).toArray(String[]::new));
            }
            out.put(e.getKey(), b.build());
        }
        return out;
    }

    public static List<Margin> margins(String plusSeparated) {
        Map<String, Margin> all = margins();
        List<Margin> out = new ArrayList<>();
        for (String name : plusSeparated.split("\\+")) {
            out.add(all.get(name));
        }
        return out;
    }

    public static Map<String, String[]> sample(String data) {
        Map<String, String[]> s = new HashMap<>();
        for (String v : List.of("stype", "sch.wide", "awards")) {
            s.put(v, RFixtures.texts(DIR + data, v));
        }
        return s;
    }

    static double[] column(String data, String name) {
        return RFixtures.numbers(DIR + data, name);
    }

    /** The case's design (strata, cluster, fpc as in R) with the given weights. */
    public static SurveyDesign design(Map<String, String> c, double[] weights) {
        String data = c.get("data");
        SurveyDesignBuilder b = SurveyDesign.builder(weights);
        if (!c.get("strata").isEmpty()) {
            b.strata(RFixtures.texts(DIR + data, c.get("strata")));
        }
        if (!c.get("cluster").isEmpty()) {
            b.clusters(new String[][] {RFixtures.texts(DIR + data, c.get("cluster"))});
        }
        b.fpc(new double[][] {column(data, c.get("fpc"))});
        return b.lonelyPsu(LonelyPsuRule.FAIL).build();
    }
}
