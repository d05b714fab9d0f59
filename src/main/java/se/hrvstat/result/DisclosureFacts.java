package se.hrvstat.result;

/**
 * How the run protected the municipal counts of known persons ({@code jobs/disclosure.properties}),
 * as a typed fact for the publications: the method chapter's section on disclosure control, the
 * profiles' notes and legend say what the chosen method does, with the run's own numbers.
 *
 * @param method          {@code disclosure.method}
 * @param minCount        counts of 1 … minCount − 1 are suppressed ({@code disclosure.min-count}; under the Cell
 *                        Key Method only the sensitive counts the run checks for pinning)
 * @param minPersonsShare a rate per 10 000 resting on fewer persons is not published ({@code disclosure.min-persons-share})
 * @param maxDeviation    under the Cell Key Method, the most a published count differs from the true one (D,
 *                        {@code disclosure.cellkey.max-deviation}); 0 under suppression
 */
public record DisclosureFacts(Method method, int minCount, int minPersonsShare, int maxDeviation) {

    /** The shipped rules under suppression ({@code jobs/disclosure.properties} as delivered). */
    public static final DisclosureFacts SHIPPED = suppression(5, 10);

    /** The two methods of {@code disclosure.method}. */
    public enum Method {
        /** {@code suppression}: small counts are not published (".."), with secondary suppression and the audit. */
        SUPPRESSION,
        /** {@code cellkey}: every count published, each changed by at most D by its cell key. */
        CELL_KEY
    }

    public DisclosureFacts {
        if (method == null) {
            throw new IllegalArgumentException("method");
        }
        if (method == Method.CELL_KEY ? maxDeviation < 1 : maxDeviation != 0) {
            throw new IllegalArgumentException("maximum deviation " + maxDeviation + " under " + method);
        }
    }

    public static DisclosureFacts suppression(int minCount, int minPersonsShare) {
        return new DisclosureFacts(Method.SUPPRESSION, minCount, minPersonsShare, 0);
    }

    public static DisclosureFacts cellKey(int minCount, int minPersonsShare, int maxDeviation) {
        return new DisclosureFacts(Method.CELL_KEY, minCount, minPersonsShare, maxDeviation);
    }

    /** True under the Cell Key Method: no count is suppressed, every count is perturbed. */
    public boolean cellKey() {
        return method == Method.CELL_KEY;
    }
}
