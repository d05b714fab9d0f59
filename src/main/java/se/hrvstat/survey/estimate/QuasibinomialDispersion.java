package se.hrvstat.survey.estimate;

import se.hrvstat.survey.design.SurveyDesign;

/**
 * The dispersion R's {@code summary.svyglm} reports for an intercept-only quasibinomial fit:
 * {@code svyvar} of the Pearson residuals {@code r_i = (y_i - p) / sqrt(p (1 - p))} of the
 * {@code svyglm} fit (R survey {@code residuals.svyglm}, {@code summary.svyglm},
 * {@code svyvar.survey.design}). At the fitted p this is {@code n / (n - 1)}, n the rows of
 * non-zero weight; it is computed in full so that the formula stays visible.
 */
final class QuasibinomialDispersion {
    private QuasibinomialDispersion() {
    }

    /**
     * R's dispersion when the domain's design has rows where y is missing: {@code svyglm} scales
     * the prior weights by their mean over the rows of the design it is given (missing ones
     * included), {@code residuals.svyglm} by their mean over the rows the fit keeps, so the
     * dispersion grows by {@code k = mean(w, kept rows) / mean(w, all rows)} (1 without missing
     * values). Checked against {@code svyciprop(method = "likelihood", na.rm = TRUE)}.
     */
    static double of(SurveyDesign design, double[] y, Domain domain, double p) {
        double kept = 0;
        double all = 0;
        for (int i = 0; i < design.size(); i++) {
            if (domain.rowsOrNull == null || domain.rowsOrNull[i]) {
                all += design.weight(i);
                if (domain.present[i]) {
                    kept += design.weight(i);
                }
            }
        }
        double k = (kept / Domain.designRows(design, domain.n)) / (all / domain.designRows);
        return of(design, y, domain.present, p) * k;
    }

    static double of(SurveyDesign design, double[] y, boolean[] present, double p) {
        int rows = design.size();
        double psum = 0;
        double nobs = 0;
        for (int i = 0; i < rows; i++) {
            if (present[i]) {
                double w = design.weight(i);
                psum += w;
                if (w != 0) {
                    nobs++;
                }
            }
        }
        double sd = Math.sqrt(p * (1 - p));
        double weightedResiduals = 0;
        for (int i = 0; i < rows; i++) {
            if (present[i]) {
                double w = design.weight(i);
                weightedResiduals += w * (y[i] - p) / sd;
            }
        }
        double rbar = weightedResiduals / psum;
        double squares = 0;
        for (int i = 0; i < rows; i++) {
            if (present[i]) {
                double w = design.weight(i);
                double d = (y[i] - p) / sd - rbar;
                squares += w * d * d;
            }
        }
        return squares / psum * nobs / (nobs - 1);
    }
}
