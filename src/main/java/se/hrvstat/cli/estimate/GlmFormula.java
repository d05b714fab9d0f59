package se.hrvstat.cli.estimate;

import java.util.ArrayList;
import java.util.List;

/**
 * The model formula of {@code --glm}, a subset of R's formula language: {@code Y ~ X1 + X2 + ...}
 * with main effects only; a term is a column, or {@code factor(COL)} to treat a numeric column as
 * categorical; {@code 1} keeps and {@code 0} or {@code - 1} drops the intercept. Interactions,
 * transformations and other operators are refused with a reason.
 *
 * @param response  the column of Y
 * @param terms     the right-hand side's terms in order
 * @param intercept whether the model has an intercept (R's default: yes)
 */
record GlmFormula(String response, List<Term> terms, boolean intercept) {

    /** A column of the right-hand side; {@code factor} if written {@code factor(COL)}. */
    record Term(String column, boolean factor) {
        /** The prefix of R's coefficient names of this term. */
        String label() {
            return factor ? "factor(" + column + ")" : column;
        }
    }

    static GlmFormula parse(String text) {
        int tilde = text.indexOf('~');
        if (tilde < 0 || text.indexOf('~', tilde + 1) >= 0) {
            throw new BadRequest("--glm " + text + ": expected 'Y ~ X1 + X2 + ...'");
        }
        String response = text.substring(0, tilde).trim();
        if (response.isEmpty() || !plain(response)) {
            throw new BadRequest("--glm " + text + ": the response must be one column, got '" + response + "'");
        }
        String right = text.substring(tilde + 1).trim();
        boolean intercept = true;
        if (right.matches(".*-\\s*1\\s*$")) {
            intercept = false;
            right = right.replaceFirst("-\\s*1\\s*$", "").trim();
        }
        List<Term> terms = new ArrayList<>();
        for (String part : right.split("\\+", -1)) {
            String p = part.trim();
            if (p.equals("1")) {
                continue;
            }
            if (p.equals("0")) {
                intercept = false;
                continue;
            }
            Term t = term(p, text);
            if (!terms.contains(t)) { // R: a term given twice is one term
                terms.add(t);
            }
        }
        if (terms.isEmpty() && !intercept) {
            throw new BadRequest("--glm " + text + ": the model has no terms");
        }
        return new GlmFormula(response, List.copyOf(terms), intercept);
    }

    private static Term term(String p, String text) {
        if (p.startsWith("factor(") && p.endsWith(")")) {
            String column = p.substring("factor(".length(), p.length() - 1).trim();
            if (!column.isEmpty() && plain(column)) {
                return new Term(column, true);
            }
        } else if (!p.isEmpty() && plain(p)) {
            return new Term(p, false);
        }
        throw new BadRequest("--glm " + text + ": term '" + p + "' is not a column or factor(column)"
                + " (main effects only: no ':', '*', '^', '-' or functions)");
    }

    /** A column name as it can stand in a formula here: no operator characters, no blanks. */
    private static boolean plain(String s) {
        for (char c : s.toCharArray()) {
            if ("~+-*/:^()|%, \t".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Every column the formula reads, the response first. */
    List<String> columns() {
        List<String> columns = new ArrayList<>();
        columns.add(response);
        for (Term t : terms) {
            if (!columns.contains(t.column())) {
                columns.add(t.column());
            }
        }
        return columns;
    }
}
