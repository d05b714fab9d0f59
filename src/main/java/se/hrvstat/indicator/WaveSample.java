package se.hrvstat.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import se.hrvstat.survey.design.SurveyDesign;

/**
 * One wave of the survey as the indicators see it: the answers' codes per column, each
 * respondent's county, the design (with calibration residuals) and the domains of each
 * breakdown, built on first use and shared by the estimate step's partitions. Thread safe.
 */
public final class WaveSample {
    private final int wave;
    private final Map<String, int[]> codes;
    private final String[] lanskod;
    private final SurveyDesign design;
    private final Map<String, Map<String, boolean[]>> domains = new ConcurrentHashMap<>();

    /**
     * @param codes   the answers' codes by column (sex, grade, q01, ...), one entry per respondent
     * @param lanskod each respondent's county (of the class)
     */
    public WaveSample(int wave, Map<String, int[]> codes, String[] lanskod, SurveyDesign design) {
        this.wave = wave;
        this.codes = codes;
        this.lanskod = lanskod;
        this.design = design;
    }

    public int wave() {
        return wave;
    }

    public Map<String, int[]> codes() {
        return codes;
    }

    public int size() {
        return lanskod.length;
    }

    public SurveyDesign design() {
        return design;
    }

    /**
     * The domains of a breakdown of the catalogue ({@code sex}, {@code sex x grade}): label
     * ({@code sex=1}, {@code sex=1;grade=9}) to membership, in ascending order of the codes.
     * Respondents with a missing code ({@link Codes#isMissing}) belong to no domain of it.
     */
    public Map<String, boolean[]> domains(String breakdown) {
        return domains.computeIfAbsent(breakdown, this::build);
    }

    private Map<String, boolean[]> build(String breakdown) {
        List<String> columns = List.of(breakdown.split(" x "));
        Map<List<String>, boolean[]> byCodes = new LinkedHashMap<>();
        for (int i = 0; i < size(); i++) {
            List<String> codes = codes(columns, i);
            if (codes != null) {
                byCodes.computeIfAbsent(codes, c -> new boolean[size()])[i] = true;
            }
        }
        List<List<String>> keys = new ArrayList<>(byCodes.keySet());
        keys.sort(WaveSample::compareCodes);
        Map<String, boolean[]> out = new LinkedHashMap<>();
        for (List<String> key : keys) {
            StringBuilder label = new StringBuilder();
            for (int c = 0; c < columns.size(); c++) {
                label.append(c == 0 ? "" : ";").append(columns.get(c)).append('=').append(key.get(c));
            }
            out.put(label.toString(), byCodes.get(key));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private List<String> codes(List<String> columns, int row) {
        List<String> out = new ArrayList<>(columns.size());
        for (String column : columns) {
            if ("lanskod".equals(column)) {
                String lan = lanskod[row];
                if (lan == null || lan.isBlank()) {
                    return null;
                }
                out.add(lan);
            } else {
                int[] col = codes.get(column);
                if (col == null) {
                    throw new IllegalArgumentException("breakdown '" + column + "' is not a column of the answers");
                }
                int code = col[row];
                if (Codes.isMissing(column, code)) { // 9 is missing for sex, born...; grade 9 is a grade
                    return null;
                }
                out.add(Integer.toString(code));
            }
        }
        return out;
    }

    /** Code by code, numerically where both codes are numbers (grade 9 before 11). */
    private static int compareCodes(List<String> a, List<String> b) {
        Comparator<String> code = (x, y) -> {
            try {
                return Long.compare(Long.parseLong(x), Long.parseLong(y));
            } catch (NumberFormatException e) {
                return x.compareTo(y);
            }
        };
        for (int i = 0; i < a.size(); i++) {
            int c = code.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
