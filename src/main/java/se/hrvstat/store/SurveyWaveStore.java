package se.hrvstat.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import se.hrvstat.result.MethodFacts;
import se.hrvstat.result.ResponseRates;

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

    /** The waves with answers among the inputs of reference year {@code year}, in order. */
    public List<Integer> answeredWaves(int year) {
        return jdbc.queryForList("SELECT DISTINCT wave FROM survey_response r WHERE r.wave <= ? AND "
                + YearFiles.of(jdbc, year).on("r") + " ORDER BY wave", Integer.class, year);
    }

    /**
     * A wave's sampled classes in class_id order: the columns of design.csv that weighting uses
     * ({@code class_id}, {@code stratum}, {@code school_id}, {@code schools_in_stratum},
     * {@code schools_sampled}, {@code classes_in_school}, {@code classes_sampled},
     * {@code enrolled}) and {@code respondents}, the class's number of answers.
     */
    public Table sampledClasses(int year, int wave) {
        YearFiles files = YearFiles.of(jdbc, year);
        Map<String, Integer> answers = new HashMap<>();
        jdbc.query("SELECT class_id, COUNT(*) FROM survey_response r WHERE r.wave = ? AND " + files.on("r")
                + " GROUP BY class_id", rs -> {
                    answers.put(rs.getString(1), rs.getInt(2));
                }, wave);
        StringColumn id = StringColumn.create("class_id");
        StringColumn stratum = StringColumn.create("stratum");
        StringColumn school = StringColumn.create("school_id");
        List<String> countNames = List.of("schools_in_stratum", "schools_sampled", "classes_in_school",
                "classes_sampled", "enrolled", "respondents");
        IntColumn[] counts = countNames.stream().map(IntColumn::create).toArray(IntColumn[]::new);
        jdbc.query("SELECT class_id, stratum, school_id, schools_in_stratum, schools_sampled, classes_in_school, "
                + "classes_sampled, enrolled FROM survey_class c WHERE c.wave = ? AND " + files.on("c")
                + " ORDER BY class_id", rs -> {
                    id.append(rs.getString(1));
                    stratum.append(rs.getString(2));
                    school.append(rs.getString(3));
                    for (int k = 0; k < 5; k++) {
                        counts[k].append(rs.getInt(4 + k));
                    }
                    counts[5].append(answers.getOrDefault(rs.getString(1), 0));
                }, wave);
        Table table = Table.create("survey_class " + wave, id, stratum, school);
        table.addColumns(counts);
        return table;
    }

    /**
     * Every sampled class of the waves of reference year {@code year} with its number of answers
     * (0 for a class that did not take part), in wave and class order: the counts of the response
     * rates ({@link ResponseRates}).
     */
    public List<ResponseRates.SampledClass> sampledClassCounts(int year) {
        // Two plain queries joined here: H2 plans a LEFT JOIN on a grouped subquery as a nested
        // loop over it (80 s on the sample data), the map makes it one pass over each table.
        YearFiles files = YearFiles.of(jdbc, year);
        Map<String, Integer> answers = new HashMap<>();
        jdbc.query("SELECT r.wave, r.class_id, COUNT(*) FROM survey_response r WHERE r.wave <= ? AND " + files.on("r")
                + " GROUP BY r.wave, r.class_id", rs -> {
                    answers.put(rs.getInt(1) + "|" + rs.getString(2), rs.getInt(3));
                }, year);
        return jdbc.query("SELECT c.wave, c.stratum, c.lanskod, c.grade, c.school_id, c.schools_sampled, c.enrolled, "
                + "c.class_id FROM survey_class c WHERE c.wave <= ? AND " + files.on("c") + " ORDER BY c.wave, c.class_id",
                (rs, i) -> new ResponseRates.SampledClass(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), answers.getOrDefault(rs.getInt(1) + "|" + rs.getString(8), 0)),
                year);
    }

    /**
     * A wave's respondents in resp_id order with what calibration needs: {@code resp_id},
     * {@code class_id}, and the text codes {@code lanskod} (of the class), {@code grade}, {@code sex},
     * {@code born}.
     */
    public Table respondentCells(int year, int wave) {
        List<String> names = List.of("resp_id", "class_id", "lanskod", "grade", "sex", "born");
        StringColumn[] columns = names.stream().map(StringColumn::create).toArray(StringColumn[]::new);
        YearFiles files = YearFiles.of(jdbc, year);
        jdbc.query("SELECT r.resp_id, r.class_id, c.lanskod, r.grade, r.sex, r.born FROM survey_response r JOIN survey_class c "
                + "ON c.wave = r.wave AND c.class_id = r.class_id AND " + files.on("c") + " WHERE r.wave = ? AND "
                + files.on("r") + " ORDER BY r.resp_id", rs -> {
                    columns[0].append(rs.getString(1));
                    columns[1].append(rs.getString(2));
                    columns[2].append(rs.getString(3));
                    columns[3].append(Integer.toString(rs.getInt(4)));
                    columns[4].append(Integer.toString(rs.getInt(5)));
                    columns[5].append(Integer.toString(rs.getInt(6)));
                }, wave);
        return Table.create("survey_response " + wave, columns);
    }

    /**
     * A wave's register counts (population.csv) ordered by margin, lanskod, sex, born, grade: text
     * columns {@code margin}, {@code lanskod}, {@code sex}, {@code grade}, {@code born} (empty where
     * the margin does not use the column) and the long column {@code count}.
     */
    public Table registerCounts(int year, int wave) {
        StringColumn margin = StringColumn.create("margin");
        StringColumn lanskod = StringColumn.create("lanskod");
        StringColumn sex = StringColumn.create("sex");
        StringColumn grade = StringColumn.create("grade");
        StringColumn born = StringColumn.create("born");
        LongColumn count = LongColumn.create("count");
        jdbc.query("SELECT margin, lanskod, sex, grade, person_count, born FROM register_count g WHERE g.wave = ? AND "
                + YearFiles.of(jdbc, year).on("g") + " ORDER BY margin, lanskod, sex, born, grade", rs -> {
                    margin.append(rs.getString(1));
                    lanskod.append(rs.getString(2) == null ? "" : rs.getString(2));
                    int s = rs.getInt(3);
                    sex.append(rs.wasNull() ? "" : Integer.toString(s));
                    int g = rs.getInt(4);
                    grade.append(rs.wasNull() ? "" : Integer.toString(g));
                    count.append(rs.getLong(5));
                    int b = rs.getInt(6);
                    born.append(rs.wasNull() ? "" : Integer.toString(b));
                }, wave);
        return Table.create("register_count " + wave, margin, lanskod, sex, grade, born, count);
    }

    /**
     * Replaces a wave's weights whole (rerunning adds nothing): per respondent its design weight,
     * the weight calibration started from and the final weight.
     */
    public void replaceWeights(int year, int wave, String[] respIds, double[] design, double[] input, double[] fin) {
        List<Object[]> rows = new ArrayList<>(respIds.length);
        for (int i = 0; i < respIds.length; i++) {
            rows.add(new Object[] {year, wave, respIds[i], design[i], input[i], fin[i]});
        }
        jdbc.update("DELETE FROM survey_weight WHERE ref_year = ? AND wave = ?", year, wave);
        jdbc.batchUpdate("INSERT INTO survey_weight (ref_year, wave, resp_id, design_weight, input_weight, final_weight) "
                + "VALUES (?,?,?,?,?,?)", rows);
    }

    /** Replaces a wave's weighting summary (the method chapter's facts). */
    public void replaceWeighting(int year, MethodFacts.WaveWeighting w) {
        jdbc.update("DELETE FROM wave_weighting WHERE ref_year = ? AND wave = ?", year, w.wave());
        jdbc.update("INSERT INTO wave_weighting (ref_year, wave, respondents, weight_min, weight_q1, weight_median, weight_q3, "
                + "weight_max, kish_deff, effective_n, calibrated, iterations, largest_misfit, collapses, background_calibrated) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", year, w.wave(), w.respondents(), w.min(), w.lowerQuartile(),
                w.median(), w.upperQuartile(), w.max(), w.kishDeff(), w.effectiveN(), w.calibrated(), w.iterations(),
                Double.isNaN(w.largestMisfit()) ? null : w.largestMisfit(), w.collapses(), w.backgroundCalibrated());
    }

    /** The weighting summaries of the waves of reference year {@code year}, in wave order. */
    public List<MethodFacts.WaveWeighting> weightings(int year) {
        return jdbc.query("SELECT wave, respondents, weight_min, weight_q1, weight_median, weight_q3, weight_max, "
                + "kish_deff, effective_n, calibrated, iterations, largest_misfit, collapses, background_calibrated FROM wave_weighting "
                + "WHERE ref_year = ? ORDER BY wave", (rs, i) -> {
                    double misfit = rs.getDouble(12);
                    return new MethodFacts.WaveWeighting(rs.getInt(1), rs.getInt(2), rs.getDouble(3), rs.getDouble(4),
                            rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9),
                            rs.getBoolean(10), rs.getInt(11), rs.wasNull() ? Double.NaN : misfit, rs.getInt(13),
                            rs.getBoolean(14));
                }, year);
    }

    /** The waves weighted for reference year {@code year}, in order. */
    public List<Integer> waves(int year) {
        return jdbc.queryForList("SELECT DISTINCT wave FROM survey_weight WHERE ref_year = ? ORDER BY wave", Integer.class,
                year);
    }

    /**
     * A wave's respondents in resp_id order: weights, design and codes ({@code missing} for an
     * empty cell, i.e. not asked). An answer without a stored weight of reference year
     * {@code year} is left out and counted ({@link SurveyWave#unweighted}): the weights were made
     * from other answers.
     */
    public SurveyWave load(int year, int wave, int missing) {
        List<String> respIds = new ArrayList<>();
        List<double[]> numbers = new ArrayList<>();
        List<String[]> design = new ArrayList<>();
        List<int[]> codes = new ArrayList<>();
        YearFiles files = YearFiles.of(jdbc, year);
        String sql = "SELECT r.resp_id, w.final_weight, c.stratum, c.school_id, c.class_id, c.lanskod, "
                + "c.schools_in_stratum, c.classes_in_school, w.input_weight, r." + String.join(", r.", CODE_COLUMNS)
                + " FROM survey_response r JOIN survey_class c ON c.wave = r.wave AND c.class_id = r.class_id AND "
                + files.on("c") + " LEFT JOIN survey_weight w ON w.ref_year = ? AND w.wave = r.wave AND w.resp_id = r.resp_id"
                + " WHERE r.wave = ? AND " + files.on("r") + " ORDER BY r.resp_id";
        int[] unweighted = {0};
        jdbc.query(sql, rs -> {
            double finalWeight = rs.getDouble(2);
            if (rs.wasNull()) {
                unweighted[0]++;
                return;
            }
            respIds.add(rs.getString(1));
            numbers.add(new double[] {finalWeight, rs.getInt(7), rs.getInt(8), rs.getDouble(9)});
            design.add(new String[] {rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)});
            int[] row = new int[CODE_COLUMNS.size()];
            for (int j = 0; j < row.length; j++) {
                int v = rs.getInt(10 + j);
                row[j] = rs.wasNull() ? missing : v;
            }
            codes.add(row);
        }, year, wave);
        int n = respIds.size();
        double[] weight = new double[n];
        double[] inputWeight = new double[n];
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
            inputWeight[i] = numbers.get(i)[3];
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
        return new SurveyWave(wave, respIds.toArray(String[]::new), weight, inputWeight, stratum, school, schoolClass,
                fpcSchools, fpcClasses, lanskod, codeColumns, unweighted[0]);
    }

    /**
     * A wave as columns (one entry per respondent): {@code weight} is the final weight,
     * {@code inputWeight} the weight its calibration started from; {@code unweighted} the number
     * of the wave's answers left out because they have no stored weight (0 after a weight step of
     * these answers).
     */
    public record SurveyWave(int wave, String[] respId, double[] weight, double[] inputWeight, String[] stratum,
                             String[] school,
                             String[] schoolClass, double[] schoolsInStratum, double[] classesInSchool,
                             String[] lanskod, Map<String, int[]> codes, int unweighted) {
        public int size() {
            return respId.length;
        }
    }
}
