package se.hrvstat.survey.estimate;

import se.hrvstat.survey.design.SurveyDesign;

/**
 * The rows an estimate is about: those in the domain whose value is not missing (NaN). This is
 * the row set of R's {@code svymean(..., na.rm = TRUE)} on {@code subset(design, domain)}; the
 * other rows stay in the design with influence 0 (domain estimation, Lumley 2010, section 2.3).
 */
final class Domain {
    final boolean[] present;
    final long n;
    /** The domain's rows, missing values included (null = every row of the design). */
    final boolean[] rowsOrNull;
    /** R's {@code nrow()} of the domain's design: its rows, missing values included. */
    final long designRows;

    private Domain(boolean[] present, long n, boolean[] rowsOrNull, long designRows) {
        this.present = present;
        this.n = n;
        this.rowsOrNull = rowsOrNull;
        this.designRows = designRows;
    }

    static Domain of(SurveyDesign design, double[] y, boolean[] domainOrNull) {
        int rows = design.size();
        if (y.length != rows) {
            throw new IllegalArgumentException("y has " + y.length + " values for " + rows + " rows");
        }
        if (domainOrNull != null && domainOrNull.length != rows) {
            throw new IllegalArgumentException("domain has " + domainOrNull.length + " values for " + rows + " rows");
        }
        boolean[] present = new boolean[rows];
        long n = 0;
        long inDomain = 0;
        for (int i = 0; i < rows; i++) {
            boolean member = domainOrNull == null || domainOrNull[i];
            boolean in = !Double.isNaN(y[i]) && member;
            present[i] = in;
            if (in) {
                n++;
            }
            if (member) {
                inDomain++;
            }
        }
        return new Domain(present, n, domainOrNull, designRows(design, inDomain));
    }

    /**
     * R's {@code nrow(subset(design, domain))}: the domain's rows, except that a calibrated
     * design keeps every row in a subset (weight 0 outside; R survey {@code [.survey.design2}).
     */
    static long designRows(SurveyDesign design, long inDomain) {
        return design.isCalibrated() ? design.size() : inDomain;
    }
}
