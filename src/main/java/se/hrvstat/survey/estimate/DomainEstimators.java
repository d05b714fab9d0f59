package se.hrvstat.survey.estimate;

import se.hrvstat.survey.design.SurveyDesign;

/**
 * Means, totals and proportions in every domain of a partition at once (R's {@code svyby}): two
 * passes over the rows for the sums and influence values of all domains, one for the design's
 * variances. Results equal the one-domain estimators'. Replicate designs and the likelihood
 * interval go domain by domain.
 */
final class DomainEstimators {
    enum Kind { MEAN, TOTAL, PROPORTION }

    private DomainEstimators() {
    }

    static Estimate[] estimate(Kind kind, SurveyDesign design, double[] y, int[] domainOfRow, int domains,
                               IntervalMethod method, double level) {
        int rows = design.size();
        if (y.length != rows || domainOfRow.length != rows) {
            throw new IllegalArgumentException("y and domainOfRow need one value per row (" + rows + ")");
        }
        if (design.isReplicateDesign() || method == IntervalMethod.LIKELIHOOD) {
            return oneByOne(kind, design, y, domainOfRow, domains, method, level);
        }
        double[] values = y;
        if (kind == Kind.PROPORTION && !isIndicator(y)) {
            values = new double[rows];
            for (int i = 0; i < rows; i++) {
                values[i] = Double.isNaN(y[i]) ? Double.NaN : (y[i] == 1 ? 1 : 0);
            }
        }
        boolean[] present = new boolean[rows];
        long[] n = new long[domains];
        double[] nobs = new double[domains];
        double[] psum = new double[domains];
        double[] weighted = new double[domains];
        for (int i = 0; i < rows; i++) {
            int d = domainOfRow[i];
            if (d < 0 || Double.isNaN(values[i])) {
                continue;
            }
            if (d >= domains) {
                throw new IllegalArgumentException("domain " + d + " at row " + (i + 1) + " is not below " + domains);
            }
            present[i] = true;
            double w = design.weight(i);
            n[d]++;
            if (w != 0) {
                nobs[d]++;
            }
            psum[d] += w;
            weighted[d] += w * values[i];
        }
        double[] mean = new double[domains];
        for (int d = 0; d < domains; d++) {
            mean[d] = weighted[d] / psum[d];
        }
        // influence values (Lumley 2010, section 2.3) and the sums of squares of R's svyvar
        double[] influence = new double[rows];
        double[] squares = new double[domains];
        for (int i = 0; i < rows; i++) {
            if (!present[i]) {
                continue;
            }
            int d = domainOfRow[i];
            double w = design.weight(i);
            double dev = values[i] - mean[d];
            squares[d] += w * dev * dev;
            influence[i] = kind == Kind.TOTAL ? w * values[i] : w * (values[i] - mean[d]) / psum[d];
        }
        double[] variance = design.variances(influence, domainOfRow, domains, present);
        int[] df = design.degreesOfFreedom(domainOfRow, domains, present);
        // proportions: svyciprop's df and nrow count the domain's rows with missing values too
        int[] proportionDf = kind == Kind.PROPORTION ? design.degreesOfFreedom(domainOfRow, domains, null) : df;
        long[] designRows = new long[domains];
        for (int d : domainOfRow) {
            if (d >= 0) {
                designRows[d]++;
            }
        }
        Estimate[] out = new Estimate[domains];
        double a = (1 - level) / 2;
        for (int d = 0; d < domains; d++) {
            double s2 = squares[d] / psum[d] * nobs[d] / (nobs[d] - 1);
            double v = variance[d];
            double se = Math.sqrt(v);
            if (kind == Kind.PROPORTION) {
                double p = mean[d];
                double deff = DesignEffect.ofMean(nobs[d], psum[d], s2, v, false);
                double logitVariance = method == IntervalMethod.LOGIT && p > 0 && p < 1
                        ? v / ((p * (1 - p)) * (p * (1 - p))) : Double.NaN;
                double[] ci = n[d] == 0 ? new double[] {Double.NaN, Double.NaN}
                        : ProportionInterval.of(method).interval(
                                new ProportionFit(p, v, logitVariance, proportionDf[d],
                                        Domain.designRows(design, designRows[d]), Double.NaN), level);
                out[d] = new Estimate(p, se, ci[0], ci[1], deff, n[d], proportionDf[d]);
            } else {
                double estimate = kind == Kind.TOTAL ? weighted[d] : mean[d];
                double deff = kind == Kind.TOTAL ? DesignEffect.ofTotal(nobs[d], psum[d], s2, v)
                        : DesignEffect.ofMean(nobs[d], psum[d], s2, v, false);
                out[d] = new Estimate(estimate, se, estimate + se * Quantiles.normal(a),
                        estimate + se * Quantiles.normal(1 - a), deff, n[d], df[d]);
            }
        }
        return out;
    }

    /** True if every value is +0, 1 or NaN: already the indicator of a proportion (no copy needed). */
    private static boolean isIndicator(double[] y) {
        for (double v : y) {
            if (v != 1 && Double.doubleToRawLongBits(v) != 0L && !Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    private static Estimate[] oneByOne(Kind kind, SurveyDesign design, double[] y, int[] domainOfRow, int domains,
                                       IntervalMethod method, double level) {
        Estimate[] out = new Estimate[domains];
        for (int d = 0; d < domains; d++) {
            boolean[] in = new boolean[domainOfRow.length];
            for (int i = 0; i < in.length; i++) {
                in[i] = domainOfRow[i] == d;
            }
            out[d] = switch (kind) {
                case MEAN -> Estimators.mean(design, y, in, level);
                case TOTAL -> Estimators.total(design, y, in, level);
                case PROPORTION -> Estimators.proportion(design, y, in, method, level);
            };
        }
        return out;
    }
}
