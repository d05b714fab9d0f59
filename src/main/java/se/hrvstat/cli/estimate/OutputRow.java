package se.hrvstat.cli.estimate;

import se.hrvstat.survey.estimate.Difference;
import se.hrvstat.survey.estimate.Estimate;

/**
 * One row of {@code hrvstat estimate}'s output (CLI.md, {@code estimate}, version 2):
 * {@code statistic,variable,domain,estimate,se,ci_low,ci_high,deff,n,p}. NaN is an empty cell;
 * {@code n} below 0 is an empty cell.
 */
record OutputRow(String statistic, String variable, String domain, double estimate, double se, double ciLow,
                 double ciHigh, double deff, long n, double p) {
    static final String HEADER = "statistic,variable,domain,estimate,se,ci_low,ci_high,deff,n,p";

    /** A mean, total, proportion, ratio or quantile: no test, so p is empty. */
    static OutputRow of(String statistic, String variable, String domain, Estimate e) {
        return new OutputRow(statistic, variable, domain, e.estimate(), e.se(), e.ciLow(), e.ciHigh(), e.deff(), e.n(),
                Double.NaN);
    }

    /** A difference of two groups: deff empty (CLI.md), p of its t-test. */
    static OutputRow of(String statistic, String variable, String domain, Difference d, long n) {
        return new OutputRow(statistic, variable, domain, d.estimate(), d.se(), d.ciLow(), d.ciHigh(), Double.NaN, n,
                d.p());
    }

    void appendTo(StringBuilder csv) {
        csv.append(statistic).append(',').append(quote(variable)).append(',').append(quote(domain)).append(',')
                .append(number(estimate)).append(',').append(number(se)).append(',')
                .append(number(ciLow)).append(',').append(number(ciHigh)).append(',')
                .append(number(deff)).append(',').append(n < 0 ? "" : Long.toString(n)).append(',')
                .append(number(p)).append('\n');
    }

    /** Shortest decimal that reads back as the same double (up to 17 significant digits); NaN is empty. */
    static String number(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        return Double.toString(x);
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
