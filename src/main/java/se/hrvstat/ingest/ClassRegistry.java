package se.hrvstat.ingest;

/**
 * The sampled classes of each wave, as far as validation has seen them: answers are checked
 * against them (class in design.csv, grade equal to the class's grade).
 */
public interface ClassRegistry {
    /** The class's grade, or null if the wave's design has no such class. */
    Integer gradeOf(int wave, String classId);

    /** Records a class accepted from the wave's design.csv. */
    void register(int wave, String classId, int grade);
}
