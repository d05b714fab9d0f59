package se.hrvstat.result;

/**
 * One published survey estimate: a row of {@code estimates-<year>.csv} (CLI.md).
 *
 * @param indicator catalogue name, e.g. {@code hedersnormer}; trend rows carry the suffix
 *                  {@code :change} or {@code :trend}
 * @param wave      survey year the estimate belongs to (for trend rows: the wave they end in)
 * @param domain    empty for all students, else {@code COL=VALUE} joined with {@code ;}
 * @param estimate  share in [0, 1]; null when suppressed
 * @param se        standard error; null when suppressed
 * @param ciLow     lower confidence limit; null when suppressed or undefined
 * @param ciHigh    upper confidence limit; null when suppressed or undefined
 * @param deff      design effect; null when undefined
 * @param n         unweighted number of respondents in the denominator; null where it is not
 *                  published (a suppressed estimate whose denominator counts a sensitive group,
 *                  such as the respondents exposed to violence)
 * @param flag      empty, {@code uncertain} or {@code suppressed}
 */
public record EstimateRow(String indicator, int wave, String domain, Double estimate, Double se,
                          Double ciLow, Double ciHigh, Double deff, Long n, String flag) {

    /** True where n is published. */
    public boolean hasN() {
        return n != null;
    }
}
