package se.hrvstat.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The register facts per municipality of {@code area_covariates.csv} (EXCHANGE.md 1.5) as landed
 * by the ingest step ({@link ValidatedRowStore}), and what the sampled schools of a wave say about
 * each municipality: what the small-area model needs besides the answers.
 */
@Repository
public class AreaCovariateStore {
    private final JdbcTemplate jdbc;

    public AreaCovariateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A municipality of a design file without a row in a covariates file, and its first line in the design file. */
    public record MissingMunicipality(String kommunkod, int designLine) {
    }

    /**
     * The municipalities of the design file's classes that have no accepted row in the covariates
     * file, each with the first line of the design file where it appears, by kommunkod.
     */
    public List<MissingMunicipality> missingFromCovariates(long designFileId, long covariatesFileId) {
        return jdbc.query("SELECT c.kommunkod, MIN(c.line_no) FROM survey_class c WHERE c.file_id = ? AND NOT EXISTS "
                + "(SELECT 1 FROM area_covariate a WHERE a.file_id = ? AND a.kommunkod = c.kommunkod) "
                + "GROUP BY c.kommunkod ORDER BY c.kommunkod",
                (rs, i) -> new MissingMunicipality(rs.getString(1), rs.getInt(2)), designFileId, covariatesFileId);
    }

    /** True when the reference year's inputs hold an {@code area_covariates.csv} of the wave. */
    public boolean hasCovariates(int year, int wave) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM area_covariate a WHERE a.wave = ? AND "
                + YearFiles.of(jdbc, year).on("a"), Integer.class, wave);
        return count != null && count > 0;
    }

    /** One municipality of the register: its students and its share of foreign background. */
    public record Municipality(String kommunkod, int students, double shareForeignBackground) {
    }

    /** The municipalities of the wave's covariates among the year's inputs, by kommunkod. */
    public List<Municipality> municipalities(int year, int wave) {
        return jdbc.query("SELECT kommunkod, students, share_foreign_background FROM area_covariate a WHERE a.wave = ? AND "
                + YearFiles.of(jdbc, year).on("a") + " ORDER BY kommunkod", (rs, i) -> new Municipality(rs.getString(1),
                        rs.getInt(2), rs.getDouble(3)), wave);
    }

    /**
     * Students of the wave's sampled schools per municipality: for each school and grade (a school's
     * classes of one grade share {@code classes_in_school}), classes_in_school times the mean
     * enrolment of its sampled classes, summed over the municipality's schools. The share of a
     * municipality's students its sample covers is this over its register students.
     */
    public Map<String, Double> studentsInSampledSchools(int year, int wave) {
        Map<String, Double> out = new LinkedHashMap<>();
        jdbc.query("SELECT kommunkod, SUM(students) FROM (SELECT c.kommunkod, c.school_id, c.grade, "
                + "MAX(c.classes_in_school) * AVG(CAST(c.enrolled AS DOUBLE PRECISION)) AS students FROM survey_class c "
                + "WHERE c.wave = ? AND " + YearFiles.of(jdbc, year).on("c") + " GROUP BY c.kommunkod, c.school_id, c.grade) s "
                + "GROUP BY kommunkod ORDER BY kommunkod", rs -> {
                    out.put(rs.getString(1), rs.getDouble(2));
                }, wave);
        return out;
    }

    /**
     * Per respondent of the wave in resp_id order (the order of {@link SurveyWaveStore#load}, which
     * holds the same respondents once all are weighted), the municipality and the school of the
     * class. Two plain queries joined here: H2 has no index to join answers to classes by class_id.
     */
    public List<String[]> respondentSchools(int year, int wave) {
        YearFiles files = YearFiles.of(jdbc, year);
        Map<String, String[]> classes = new HashMap<>();
        jdbc.query("SELECT c.class_id, c.kommunkod, c.school_id FROM survey_class c WHERE c.wave = ? AND "
                + files.on("c"), rs -> {
                    classes.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }, wave);
        List<String[]> out = new ArrayList<>();
        jdbc.query("SELECT r.class_id FROM survey_response r WHERE r.wave = ? AND " + files.on("r")
                + " ORDER BY r.resp_id", rs -> {
                    String[] place = classes.get(rs.getString(1));
                    if (place == null) {
                        throw new IllegalStateException("wave " + wave + ": class " + rs.getString(1)
                                + " of an answer is not among the year's classes");
                    }
                    out.add(place);
                }, wave);
        return out;
    }
}
