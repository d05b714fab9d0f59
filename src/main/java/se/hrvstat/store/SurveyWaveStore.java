package se.hrvstat.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Loads a wave's weighted answers as columns for the statistics core. */
@Repository
public class SurveyWaveStore {
    /** Columns of responses.csv that hold codes, loaded for indicators and breakdowns. */
    public static final List<String> CODE_COLUMNS = List.of("sex", "grade", "born", "disability", "lgbtq",
            "q01", "q02", "q03", "q04", "q05", "q06", "q07", "q08", "q09", "q10", "q11", "q12", "q13", "q14",
            "q15", "q16");

    private final JdbcTemplate jdbc;

    public SurveyWaveStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Integer> waves(int upToYear) {
        return jdbc.queryForList("SELECT DISTINCT wave FROM survey_weight WHERE wave <= ? ORDER BY wave", Integer.class,
                upToYear);
    }

    /**
     * A wave's respondents in resp_id order: weights, design and codes ({@code missing} for an
     * empty cell, i.e. not asked).
     */
    public SurveyWave load(int wave, int missing) {
        List<String> respIds = new ArrayList<>();
        List<double[]> numbers = new ArrayList<>();
        List<String[]> design = new ArrayList<>();
        List<int[]> codes = new ArrayList<>();
        String sql = "SELECT r.resp_id, w.final_weight, c.stratum, c.school_id, c.class_id, c.lanskod, "
                + "c.schools_in_stratum, c.classes_in_school, r." + String.join(", r.", CODE_COLUMNS)
                + " FROM survey_response r JOIN survey_weight w ON w.wave = r.wave AND w.resp_id = r.resp_id "
                + "JOIN survey_class c ON c.wave = r.wave AND c.class_id = r.class_id WHERE r.wave = ? ORDER BY r.resp_id";
        jdbc.query(sql, rs -> {
            respIds.add(rs.getString(1));
            numbers.add(new double[] {rs.getDouble(2), rs.getInt(7), rs.getInt(8)});
            design.add(new String[] {rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)});
            int[] row = new int[CODE_COLUMNS.size()];
            for (int j = 0; j < row.length; j++) {
                int v = rs.getInt(9 + j);
                row[j] = rs.wasNull() ? missing : v;
            }
            codes.add(row);
        }, wave);
        int n = respIds.size();
        double[] weight = new double[n];
        double[] fpcSchools = new double[n];
        double[] fpcClasses = new double[n];
        String[] stratum = new String[n];
        String[] school = new String[n];
        String[] schoolClass = new String[n];
        String[] lanskod = new String[n];
        Map<String, int[]> codeColumns = new HashMap<>();
        for (String column : CODE_COLUMNS) {
            codeColumns.put(column, new int[n]);
        }
        for (int i = 0; i < n; i++) {
            weight[i] = numbers.get(i)[0];
            fpcSchools[i] = numbers.get(i)[1];
            fpcClasses[i] = numbers.get(i)[2];
            stratum[i] = design.get(i)[0];
            school[i] = design.get(i)[1];
            schoolClass[i] = design.get(i)[2];
            lanskod[i] = design.get(i)[3];
            int[] row = codes.get(i);
            for (int j = 0; j < CODE_COLUMNS.size(); j++) {
                codeColumns.get(CODE_COLUMNS.get(j))[i] = row[j];
            }
        }
        return new SurveyWave(wave, respIds.toArray(String[]::new), weight, stratum, school, schoolClass, fpcSchools,
                fpcClasses, lanskod, codeColumns);
    }

    /** A wave as columns (one entry per respondent). */
    public record SurveyWave(int wave, String[] respId, double[] weight, String[] stratum, String[] school,
                             String[] schoolClass, double[] schoolsInStratum, double[] classesInSchool,
                             String[] lanskod, Map<String, int[]> codes) {
        public int size() {
            return respId.length;
        }
    }
}
