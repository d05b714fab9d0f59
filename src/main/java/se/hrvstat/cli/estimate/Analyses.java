package se.hrvstat.cli.estimate;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.estimate.Difference;
import se.hrvstat.survey.estimate.Estimators;
import se.hrvstat.survey.estimate.GroupDifferences;
import se.hrvstat.survey.estimate.RaoScottTest;
import se.hrvstat.table.ColumnTable;
import se.hrvstat.table.TextCodes;

/**
 * The output rows of the analyses beyond means (CLI.md, version 2): ratios and quantiles per
 * domain of {@code --by}, contrasts of two groups, and the Rao–Scott test (per domain under --by).
 * Thin: every figure comes from {@code se.hrvstat.survey.estimate}.
 */
final class Analyses {
    private Analyses() {
    }

    /** R {@code svyratio(~NUM, ~DEN, na.rm = TRUE)} (under --by: svyby) in every domain. */
    static List<OutputRow> ratio(ColumnTable table, SurveyDesign design, Domains domains, Requests.Ratio r, double level) {
        double[] y = table.numbers(r.numerator());
        double[] x = table.numbers(r.denominator());
        List<OutputRow> rows = new ArrayList<>();
        for (int d = 0; d < domains.labels.size(); d++) {
            try {
                rows.add(OutputRow.of("ratio", r.label(), domains.labels.get(d),
                        Estimators.ratio(design, y, x, domains.member(d), level)));
            } catch (IllegalArgumentException e) {
                throw new BadRequest("--ratio " + r.label() + (domains.labels.get(d).isEmpty() ? "" : " in "
                        + domains.labels.get(d)) + ": " + e.getMessage());
            }
        }
        return rows;
    }

    /** R {@code svyquantile(~COL, quantiles, ci = TRUE, na.rm = TRUE)} in every domain; variable {@code COL@p}. */
    static List<OutputRow> quantiles(ColumnTable table, SurveyDesign design, Domains domains, String column,
                                     List<Double> probabilities, double level) {
        double[] y = table.numbers(column);
        List<OutputRow> rows = new ArrayList<>();
        for (double p : probabilities) {
            for (int d = 0; d < domains.labels.size(); d++) {
                rows.add(OutputRow.of("quantile", column + "@" + p, domains.labels.get(d),
                        Estimators.quantile(design, y, domains.member(d), p, level)));
            }
        }
        return rows;
    }

    /** What a contrast compares: the groups' means, shares (of rows = 1) or totals. */
    enum Compared { MEAN, PROPORTION, TOTAL }

    /**
     * The difference of the means (shares, totals) of {@code variable} between two groups of column A:
     * R {@code svyby(~variable, ~A, design, svymean, covmat = TRUE)} (svytotal) then {@code svycontrast}, so
     * on a replicate design a replicate where any group of A is undefined is left out, as R does.
     * {@code n} is the number of non-missing rows in the two groups.
     */
    static OutputRow contrast(ColumnTable table, SurveyDesign design, Requests.Contrast c, String variable,
                              Compared compared, double level) {
        TextCodes groups = table.codes(c.column());
        List<String> levels = weightedLevels(groups, design);
        String[] pair = Requests.contrastGroups(c, levels);
        int g1 = List.of(groups.values()).indexOf(pair[0]);
        int g2 = List.of(groups.values()).indexOf(pair[1]);
        double[] y = table.numbers(variable);
        int[] groupOfRow = groups.codes();
        int count = groups.values().length;
        Difference[][] all = switch (compared) {
            case PROPORTION -> GroupDifferences.ofProportionsByPair(design, y, groupOfRow, count, level);
            case TOTAL -> GroupDifferences.ofTotalsByPair(design, y, groupOfRow, count, level);
            case MEAN -> GroupDifferences.ofMeansByPair(design, y, groupOfRow, count, level);
        };
        Difference d = g1 < g2 ? all[g1][g2] : negate(all[g2][g1]);
        long n = 0;
        for (int i = 0; i < y.length; i++) {
            n += !Double.isNaN(y[i]) && (groupOfRow[i] == g1 || groupOfRow[i] == g2) ? 1 : 0;
        }
        String domain = c.column() + "=" + pair[0] + "-" + c.column() + "=" + pair[1];
        if (d == null) {
            return new OutputRow("contrast", variable, domain, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, n, Double.NaN);
        }
        return OutputRow.of("contrast", variable, domain, d, n);
    }

    private static Difference negate(Difference d) {
        return d == null ? null
                : new Difference(-d.estimate(), d.se(), -d.ciHigh(), -d.ciLow(), d.degreesOfFreedom(), d.p());
    }

    /** The levels of a column seen on rows of non-zero weight (R's svyby groups). */
    private static List<String> weightedLevels(TextCodes groups, SurveyDesign design) {
        boolean[] seen = new boolean[groups.values().length];
        int[] codes = groups.codes();
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] >= 0 && design.weight(i) != 0) {
                seen[codes[i]] = true;
            }
        }
        List<String> levels = new ArrayList<>();
        for (int k = 0; k < seen.length; k++) {
            if (seen[k]) {
                levels.add(groups.values()[k]);
            }
        }
        return levels;
    }

    /**
     * R {@code svychisq(~A + B, design, statistic = "F")} on the whole design, or under --by on
     * {@code subset(design, domain)} in every domain: estimate = the Rao–Scott F, p = its p-value,
     * n = rows (of the domain) where both are present; se and interval empty.
     */
    static List<OutputRow> chisq(ColumnTable table, SurveyDesign design, Domains domains, Requests.Chisq c,
                                 PrintWriter warnings) {
        String[] a = table.texts(c.a());
        String[] b = table.texts(c.b());
        List<OutputRow> rows = new ArrayList<>();
        for (int d = 0; d < domains.labels.size(); d++) {
            boolean[] member = domains.member(d);
            String domain = domains.labels.get(d);
            long n = 0;
            for (int i = 0; i < a.length; i++) {
                n += (member == null || member[i]) && a[i] != null && b[i] != null ? 1 : 0;
            }
            double f = Double.NaN;
            double p = Double.NaN;
            try {
                RaoScottTest test = RaoScottTest.of(design, a, b, member);
                f = test.f();
                p = test.p();
            } catch (IllegalArgumentException e) {
                if (member == null) {
                    throw new BadRequest("--chisq " + c.label() + ": " + e.getMessage());
                }
                // one domain without a test (R's svychisq stops there): an empty row, the other domains go on
                warnings.println("hrvstat estimate: warning: --chisq " + c.label() + " in " + domain + ": "
                        + e.getMessage() + "; its row is left empty");
            }
            rows.add(new OutputRow("chisq", c.label(), domain, f, Double.NaN, Double.NaN, Double.NaN, Double.NaN, n, p));
        }
        return rows;
    }
}
