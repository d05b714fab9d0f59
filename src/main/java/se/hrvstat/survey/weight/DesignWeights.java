package se.hrvstat.survey.weight;

/**
 * Design weights of a stratified two-stage cluster sample: schools (PSUs) by simple random
 * sampling without replacement within strata, then classes within each sampled school.
 *
 * <p>The inclusion probability of a class is (n_h / N_h) * (m_hi / M_hi), so the weight of
 * each student in it is its inverse, {@code (N_h / n_h) * (M_hi / m_hi)} (Särndal, Swensson &
 * Wretman 1992, section 4.3, two-stage sampling; EXCHANGE.md 1.1).
 */
public final class DesignWeights {
    private DesignWeights() {
    }

    /**
     * @param schoolsInStratum N_h, schools in the stratum's population (>= n_h)
     * @param schoolsSampled   n_h, schools sampled in the stratum (>= 1)
     * @param classesInSchool  M_hi, classes of the grade in the school (>= m_hi)
     * @param classesSampled   m_hi, classes sampled in the school (>= 1)
     */
    public static double twoStage(int schoolsInStratum, int schoolsSampled, int classesInSchool, int classesSampled) {
        if (schoolsSampled < 1 || classesSampled < 1 || schoolsSampled > schoolsInStratum
                || classesSampled > classesInSchool) {
            throw new IllegalArgumentException("impossible sample: N_h=" + schoolsInStratum + ", n_h=" + schoolsSampled
                    + ", M_hi=" + classesInSchool + ", m_hi=" + classesSampled);
        }
        return ((double) schoolsInStratum / schoolsSampled) * ((double) classesInSchool / classesSampled);
    }

    /** Column form of {@link #twoStage(int, int, int, int)}: one weight per row. */
    public static double[] twoStage(int[] schoolsInStratum, int[] schoolsSampled, int[] classesInSchool,
                                    int[] classesSampled) {
        double[] weights = new double[schoolsInStratum.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = twoStage(schoolsInStratum[i], schoolsSampled[i], classesInSchool[i], classesSampled[i]);
        }
        return weights;
    }
}
