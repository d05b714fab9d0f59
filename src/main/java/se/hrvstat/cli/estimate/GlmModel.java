package se.hrvstat.cli.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.estimate.GlmFamily;
import se.hrvstat.survey.estimate.SurveyGlm;
import se.hrvstat.table.ColumnTable;
import se.hrvstat.table.TextCodes;

/**
 * R's model matrix of a {@link GlmFormula} over the file's columns, and the fit
 * {@code svyglm(formula, design, family)} as output rows. A term column whose every cell is a
 * number is numeric, as R's {@code read.csv} makes it; a column with text, or one written
 * {@code factor(COL)}, is a factor with R's default treatment contrasts: one 0/1 column per level
 * but the first, named the term followed by the level ({@code stypeH}, {@code factor(grade)8}).
 * Without an intercept, the first factor has a column for every level, as in R.
 * Levels are sorted as R sorts them: numbers by value, texts by {@link String#compareTo} (R's order
 * in the C locale). The levels are those of the rows the model uses (no missing value in any
 * of its columns). Rows with a missing value are left out (R's {@code na.omit}).
 */
final class GlmModel {
    private final List<String> names = new ArrayList<>();
    private final List<double[]> columns = new ArrayList<>();

    private GlmModel() {
    }

    /** Columns read as text for the formula's terms (to tell numbers from factors). */
    static List<String> textColumns(GlmFormula f) {
        List<String> out = new ArrayList<>();
        for (GlmFormula.Term t : f.terms()) {
            out.add(t.column());
        }
        return out;
    }

    /** The fit in every domain of {@code --by} (R: {@code svyglm} on {@code subset(design, domain)}), domain by domain. */
    static List<OutputRow> fit(ColumnTable table, SurveyDesign design, Domains domains, GlmFormula formula,
                               String familyName, double level, java.io.PrintWriter warnings) {
        List<OutputRow> out = new ArrayList<>();
        for (int d = 0; d < domains.labels.size(); d++) {
            out.addAll(fit(table, design, domains.member(d), domains.labels.get(d), formula, familyName, level, warnings));
        }
        return out;
    }

    private static List<OutputRow> fit(ColumnTable table, SurveyDesign design, boolean[] domainOrNull, String domain,
                                       GlmFormula formula, String familyName, double level,
                                       java.io.PrintWriter warnings) {
        double[] y = table.numbers(formula.response());
        int rows = y.length;
        List<TextCodes> codes = new ArrayList<>();
        List<double[]> numberOfCode = new ArrayList<>();
        boolean[] complete = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            complete[i] = (domainOrNull == null || domainOrNull[i]) && !Double.isNaN(y[i]);
        }
        for (GlmFormula.Term t : formula.terms()) {
            TextCodes c = table.codes(t.column());
            codes.add(c);
            numberOfCode.add(numbers(c.values()));
            for (int i = 0; i < rows; i++) {
                complete[i] &= c.codes()[i] >= 0;
            }
        }
        GlmModel model = new GlmModel();
        if (formula.intercept()) {
            double[] one = new double[rows];
            Arrays.fill(one, 1);
            model.add("(Intercept)", one, complete);
        }
        // without an intercept the first factor gets a column for every level (R's model.matrix)
        boolean fullCoding = !formula.intercept();
        for (int k = 0; k < formula.terms().size(); k++) {
            GlmFormula.Term t = formula.terms().get(k);
            double[] asNumbers = numberOfCode.get(k);
            if (!t.factor() && asNumbers != null) {
                int[] c = codes.get(k).codes();
                double[] x = new double[rows];
                for (int i = 0; i < rows; i++) {
                    x[i] = c[i] >= 0 ? asNumbers[c[i]] : Double.NaN;
                }
                model.add(t.label(), x, complete);
            } else {
                model.addFactor(t, codes.get(k), asNumbers, complete, fullCoding);
                fullCoding = false;
            }
        }
        GlmFamily family = family(familyName);
        SurveyGlm.Fit fit;
        try {
            fit = SurveyGlm.fit(design, y, model.columns.toArray(double[][]::new), family, level, domainOrNull);
        } catch (IllegalArgumentException e) {
            // R would report NA for the aliased coefficient; here the model is refused with its columns named
            throw new BadRequest("--glm " + formula.response() + " ~ ..." + in(domain) + ": " + e.getMessage() + " of "
                    + String.join(", ", model.names) + "; leave out a term that the others determine");
        }
        if (!fit.converged()) {
            warnings.println("hrvstat estimate: warning: --glm " + formula.response() + " ~ ..." + in(domain)
                    + ": the fit did not converge in "
                    + fit.iterations() + " iterations (last relative change of the deviance " + fit.devianceChange() + ")");
        }
        List<OutputRow> out = new ArrayList<>();
        for (int j = 0; j < model.names.size(); j++) {
            out.add(new OutputRow("coef", model.names.get(j), domain, fit.coefficients()[j], fit.se()[j], fit.ciLow()[j],
                    fit.ciHigh()[j], Double.NaN, fit.n(), fit.p()[j]));
        }
        return out;
    }

    private static String in(String domain) {
        return domain.isEmpty() ? "" : " in " + domain;
    }

    static GlmFamily family(String name) {
        try {
            return GlmFamily.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("--family must be gaussian, quasibinomial or quasipoisson, got '" + name + "'");
        }
    }

    private void add(String name, double[] x, boolean[] complete) {
        for (int i = 0; i < x.length; i++) {
            if (!complete[i]) {
                x[i] = Double.NaN;
            }
        }
        names.add(name);
        columns.add(x);
    }

    /** Treatment contrasts: a 0/1 column for each level but the first (R's contr.treatment), or for every level. */
    private void addFactor(GlmFormula.Term t, TextCodes c, double[] asNumbers, boolean[] complete, boolean everyLevel) {
        boolean[] used = new boolean[c.values().length];
        int[] code = c.codes();
        for (int i = 0; i < code.length; i++) {
            if (complete[i]) {
                used[code[i]] = true;
            }
        }
        List<Integer> levels = new ArrayList<>();
        for (int k = 0; k < used.length; k++) {
            if (used[k]) {
                levels.add(k);
            }
        }
        if (levels.size() < 2) {
            throw new BadRequest("--glm: the factor " + t.label() + " has " + levels.size()
                    + " level(s) among the rows the model uses; a factor needs two levels or more");
        }
        levels.sort(asNumbers != null ? Comparator.comparingDouble(k -> asNumbers[k])
                : Comparator.comparing(k -> c.values()[k]));
        for (int l = everyLevel ? 0 : 1; l < levels.size(); l++) {
            int k = levels.get(l);
            double[] x = new double[code.length];
            for (int i = 0; i < code.length; i++) {
                x[i] = code[i] == k ? 1 : 0;
            }
            String levelName = asNumbers != null ? rNumber(asNumbers[k]) : c.values()[k];
            add(t.label() + levelName, x, complete);
        }
    }

    /** The numbers of the texts if every one is a number, else null. */
    private static double[] numbers(String[] values) {
        double[] out = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            try {
                out[k] = Double.parseDouble(values[k].trim());
            } catch (NumberFormatException e) {
                return null;
            }
            if (!Double.isFinite(out[k])) {
                return null;
            }
        }
        return out;
    }

    /** R's {@code as.character} of a number for the usual cases (whole numbers without ".0"). */
    private static String rNumber(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return Double.toString(x);
    }
}
