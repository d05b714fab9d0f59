package se.hrvstat.batch;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.hrvstat.ingest.ClassRegistry;
import se.hrvstat.store.ValidatedRowStore;

/**
 * The classes of each wave in the design files of a run's data folder (loaded before or in this
 * run), read from the store on first use and completed by the classes validation accepts in
 * this run.
 */
class StoredClassRegistry implements ClassRegistry {
    private final ValidatedRowStore store;
    private final List<Long> runFiles;
    private final Map<Integer, Map<String, Integer>> gradesByWave = new HashMap<>();

    /** @param runFiles the files of the run's data folder (their design rows count although not yet marked loaded) */
    StoredClassRegistry(ValidatedRowStore store, Collection<Long> runFiles) {
        this.store = store;
        this.runFiles = List.copyOf(runFiles);
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
        return gradesByWave.computeIfAbsent(wave, w -> store.classGrades(w, runFiles));
    }
}
