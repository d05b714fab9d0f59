package se.hrvstat.batch;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.hrvstat.ingest.ClassRegistry;
import se.hrvstat.store.ValidatedRowStore;

/**
 * The classes of each wave's newest design file (loaded, or being loaded in this run), read
 * from the store on first use and completed by the classes validation accepts in this run.
 */
class StoredClassRegistry implements ClassRegistry {
    private final ValidatedRowStore store;
    private final List<Long> loading;
    private final Map<Integer, Map<String, Integer>> gradesByWave = new HashMap<>();

    /** @param loading the files this run loads (their design rows count although not yet marked loaded) */
    StoredClassRegistry(ValidatedRowStore store, Collection<Long> loading) {
        this.store = store;
        this.loading = List.copyOf(loading);
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
        return gradesByWave.computeIfAbsent(wave, w -> store.classGrades(w, loading));
    }
}
