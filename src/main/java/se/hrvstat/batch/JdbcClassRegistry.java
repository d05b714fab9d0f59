package se.hrvstat.batch;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import se.hrvstat.ingest.ClassRegistry;

/**
 * The classes of each wave's newest design file (loaded, or being loaded in this run), read
 * from the store on first use and completed by the classes validation accepts in this run.
 */
class JdbcClassRegistry implements ClassRegistry {
    private final JdbcTemplate jdbc;
    private final String loading;
    private final Map<Integer, Map<String, Integer>> gradesByWave = new HashMap<>();

    /** @param loading the files this run loads (their design rows count although not yet marked loaded) */
    JdbcClassRegistry(JdbcTemplate jdbc, java.util.Collection<Long> loading) {
        this.jdbc = jdbc;
        // numbers only, never text from a file: safe to inline
        this.loading = loading.isEmpty() ? "-1" : loading.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","));
    }

    @Override
    public Integer gradeOf(int wave, String classId) {
        return classes(wave).get(classId);
    }

    @Override
    public void register(int wave, String classId, int grade) {
        classes(wave).put(classId, grade);
    }

    private Map<String, Integer> classes(int wave) {
        return gradesByWave.computeIfAbsent(wave, w -> {
            Map<String, Integer> grades = new HashMap<>();
            jdbc.query("SELECT class_id, grade FROM survey_class WHERE wave = ? AND file_id = "
                            + "(SELECT MAX(file_id) FROM input_file WHERE kind = 'design' AND period = ? AND (staged_at IS NOT NULL OR file_id IN (" + loading + ")))",
                    rs -> {
                        grades.put(rs.getString(1), rs.getInt(2));
                    }, w, w);
            return grades;
        });
    }
}
