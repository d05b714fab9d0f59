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

    private Domain(boolean[] present, long n) {
        this.present = present;
        this.n = n;
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
        for (int i = 0; i < rows; i++) {
            boolean in = !Double.isNaN(y[i]) && (domainOrNull == null || domainOrNull[i]);
            present[i] = in;
            if (in) {
                n++;
            }
        }
        return new Domain(present, n);
    }
}
