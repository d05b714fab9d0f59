package se.hrvstat.result;

/**
 * One published survey estimate: a row of {@code estimates-<year>.csv} (CLI.md).
 *
 * @param indicator catalogue name, e.g. {@code hedersnormer}; trend rows carry the suffix
 *                  {@code :change} or {@code :trend}, differences between two groups of a wave
 *                  {@code :diff}
 * @param wave      survey year the estimate belongs to (for trend rows: the wave they end in)
 * @param domain    empty for all students, else {@code COL=VALUE} joined with {@code ;}; on
 *                  {@code :diff} rows the two groups joined by {@code -} ({@code sex=1-sex=2})
 * @param estimate  share in [0, 1]; null when suppressed
 * @param se        standard error; null when suppressed
 * @param ciLow     lower confidence limit; null when suppressed or undefined
 * @param ciHigh    upper confidence limit; null when suppressed or undefined
 * @param deff      design effect; null when undefined
 * @param n         unweighted number of respondents in the denominator; null where it is not
 *                  published (a suppressed estimate whose denominator counts a sensitive group,
 *                  such as the respondents exposed to violence)
 * @param flag      empty, {@code uncertain} or {@code suppressed}
 * @param p         two-sided p-value of the row's test of zero ({@code :change}, {@code :trend},
 *                  {@code :diff} rows); null on other rows and when suppressed
 */
public record EstimateRow(String indicator, int wave, String domain, Double estimate, Double se,
                          Double ciLow, Double ciHigh, Double deff, Long n, String flag, Double p) {

    /** A row without a test (an estimate of a level): p is null. */
    public EstimateRow(String indicator, int wave, String domain, Double estimate, Double se,
                       Double ciLow, Double ciHigh, Double deff, Long n, String flag) {
        this(indicator, wave, domain, estimate, se, ciLow, ciHigh, deff, n, flag, null);
    }

    /** True where n is published. */
    public boolean hasN() {
        return n != null;
    }
}
