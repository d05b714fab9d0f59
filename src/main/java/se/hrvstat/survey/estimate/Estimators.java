package se.hrvstat.survey.estimate;

import java.util.ArrayList;
import java.util.List;

import se.hrvstat.survey.design.SurveyDesign;

/**
 * Design-based estimators of a mean, a total and a proportion, with R's {@code survey} package
 * (4.x) as the reference: {@code svymean}, {@code svytotal} with {@code na.rm = TRUE, deff = TRUE}
 * and {@code svyciprop}, on {@code subset(design, domain)} (equivalently {@code svyby}).
 *
 * <p>Each estimator yields influence values; {@link SurveyDesign#variance} turns them into a
 * variance. Rows outside {@code domainOrNull} and rows with NaN in {@code y} (missing) keep their
 * strata and PSUs but have influence 0. An empty domain gives NaN estimates with n = 0.
 * Stateless and thread safe.
 */
public final class Estimators {
    private Estimators() {
    }

    /**
     * The weighted (Hájek) mean of {@code y} in the domain with a normal-theory interval
     * {@code ybar + qnorm(c(a, 1 - a)) se} (R {@code confint} default), {@code a = (1 - level) / 2}.
     */
    public static Estimate mean(SurveyDesign design, double[] y, boolean[] domainOrNull, double level) {
        Domain domain = Domain.of(design, y, domainOrNull);
        LinearisedStatistic mean = WeightedMean.of(design, y, domain.present);
        double variance = design.variance(mean, domain.present);
        double deff = DesignEffect.ofMean(design, y, domain.present, variance);
        return normalTheory(design, domain, mean.estimate(), variance, deff, level);
    }

    /** The Horvitz–Thompson total of {@code y} in the domain with a normal-theory interval. */
    public static Estimate total(SurveyDesign design, double[] y, boolean[] domainOrNull, double level) {
        Domain domain = Domain.of(design, y, domainOrNull);
        LinearisedStatistic total = WeightedTotal.of(design, y, domain.present);
        double variance = design.variance(total, domain.present);
        double deff = DesignEffect.ofTotal(design, y, domain.present, variance);
        return normalTheory(design, domain, total.estimate(), variance, deff, level);
    }

    /**
     * The share of the non-missing rows of the domain with {@code y == 1} (any other non-NaN
     * value counts as 0), its standard error and design effect as those of the mean of the 0/1
     * indicator, and the interval of {@code method} at {@code level} with R's degrees of freedom:
     * those of {@code svyciprop(..., na.rm = TRUE)} on the domain's design, {@code degf} of the
     * domain with all its rows and PSUs, the rows where y is missing included (and, for the beta
     * interval, R's {@code nrow} of that design). The estimate's {@code degreesOfFreedom} is that df.
     */
    public static Estimate proportion(SurveyDesign design, double[] y, boolean[] domainOrNull,
                                      IntervalMethod method, double level) {
        Share share = Share.of(design, indicator(y), y, domainOrNull);
        return share.estimate(design, design.variance(share.mean, share.domain.present), method, level);
    }

    /**
     * {@link #proportion} of y in each of {@code domainsOrNull} (an element null = all rows), in
     * order, the same estimates bit for bit, each with what a difference between two of the
     * domains needs ({@link GroupDifferences#ofShares}). On a Taylor design the residuals its
     * variance was made from (the influence values themselves on an uncalibrated design); on a
     * calibrated one the domains' residuals are made a block at a time
     * ({@link SurveyDesign#residuals}: together, which shares the passes over the calibration
     * model), and a domain's variance takes every row of the design, as
     * {@link SurveyDesign#variance} does. On a replicate design no residuals (null): a difference
     * is recomputed at the replicates.
     */
    public static List<DomainShare> shares(SurveyDesign design, double[] y, List<boolean[]> domainsOrNull,
                                           IntervalMethod method, double level) {
        double[] indicator = indicator(y);
        List<DomainShare> out = new ArrayList<>(domainsOrNull.size());
        if (design.isReplicateDesign()) {
            for (boolean[] domain : domainsOrNull) {
                Share share = Share.of(design, indicator, y, domain);
                out.add(new DomainShare(share.estimate(design, design.variance(share.mean, share.domain.present),
                        method, level), null, share.defined(design)));
            }
            return out;
        }
        for (int from = 0; from < domainsOrNull.size(); from += SurveyDesign.BLOCK) {
            List<Share> block = new ArrayList<>();
            int to = Math.min(domainsOrNull.size(), from + SurveyDesign.BLOCK);
            for (boolean[] domain : domainsOrNull.subList(from, to)) {
                block.add(Share.of(design, indicator, y, domain));
            }
            double[][] influences = block.stream().map(s -> s.mean.influence()).toArray(double[][]::new);
            double[][] residuals = design.residuals(influences);
            for (int k = 0; k < block.size(); k++) {
                Share share = block.get(k);
                double variance = design.isCalibrated() ? design.varianceOfResiduals(residuals[k])
                        : design.variance(share.mean, share.domain.present);
                out.add(new DomainShare(share.estimate(design, variance, method, level), residuals[k],
                        share.defined(design)));
            }
        }
        return out;
    }

    /** The 0/1 indicator of {@code y == 1}, NaN where y is missing. */
    private static double[] indicator(double[] y) {
        double[] indicator = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            indicator[i] = Double.isNaN(y[i]) ? Double.NaN : (y[i] == 1 ? 1 : 0);
        }
        return indicator;
    }

    /** A domain's share before its variance: the domain, the 0/1 indicator and its weighted mean there. */
    private record Share(Domain domain, double[] indicator, LinearisedStatistic mean) {
        static Share of(SurveyDesign design, double[] indicator, double[] y, boolean[] domainOrNull) {
            Domain domain = Domain.of(design, y, domainOrNull);
            return new Share(domain, indicator, WeightedMean.of(design, indicator, domain.present));
        }

        /** A non-missing row of non-zero weight in the domain. */
        boolean defined(SurveyDesign design) {
            for (int i = 0; i < domain.present.length; i++) {
                if (domain.present[i] && design.weight(i) != 0) {
                    return true;
                }
            }
            return false;
        }

        /** The estimate with its interval, given the share's variance. */
        Estimate estimate(SurveyDesign design, double variance, IntervalMethod method, double level) {
            double deff = DesignEffect.ofMean(design, indicator, domain.present, variance);
            // svyciprop's df = degf(design) of the domain's design with all its rows, missing ones
            // included (R survey svyciprop; CLI.md)
            double df = design.degreesOfFreedom(domain.rowsOrNull);
            double p = mean.estimate();
            double logitVariance = method != IntervalMethod.LOGIT || !(p > 0 && p < 1) ? Double.NaN
                    : design.isReplicateDesign()
                            ? design.variance(WeightedMean.logitOf(mean, indicator, domain.present), domain.present)
                            : variance / ((p * (1 - p)) * (p * (1 - p)));
            double dispersion = method == IntervalMethod.LIKELIHOOD
                    ? QuasibinomialDispersion.of(design, indicator, domain, p) : Double.NaN;
            // R has no likelihood interval on replicate designs
            boolean none = domain.n == 0 || (method == IntervalMethod.LIKELIHOOD && design.isReplicateDesign());
            double[] ci = none ? new double[] {Double.NaN, Double.NaN}
                    : ProportionInterval.of(method).interval(
                            new ProportionFit(p, variance, logitVariance, df, domain.designRows, dispersion), level);
            return new Estimate(p, Math.sqrt(variance), ci[0], ci[1], deff, domain.n, df);
        }
    }

    /**
     * The ratio of totals {@code sum w y / sum w x} in the domain (R {@code svyratio}), over the
     * rows where neither y nor x is missing, with a normal-theory interval. Its deff is that of the
     * total of the ratio's residuals, as R reports it; NaN for replicate designs.
     *
     * @throws IllegalArgumentException if the weighted total of x in the domain is 0
     */
    public static Estimate ratio(SurveyDesign design, double[] y, double[] x, boolean[] domainOrNull, double level) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("y has " + y.length + " values, x has " + x.length);
        }
        double[] both = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            both[i] = Double.isNaN(x[i]) ? Double.NaN : y[i];
        }
        Domain domain = Domain.of(design, both, domainOrNull);
        LinearisedStatistic ratio = WeightedRatio.of(design, y, x, domain.present);
        if (domain.n > 0 && WeightedTotal.of(design, x, domain.present).estimate() == 0) {
            // R returns Inf or NaN with a variance to match; a ratio to nothing is an input error
            throw new IllegalArgumentException("the ratio's denominator has total 0 in the domain ("
                    + domain.n + " rows): the ratio is undefined");
        }
        double variance = design.variance(ratio, domain.present);
        double deff = design.isReplicateDesign() ? Double.NaN
                : DesignEffect.ofTotal(design, WeightedRatio.residuals(design, ratio, domain.present), domain.present, variance);
        return normalTheory(design, domain, ratio.estimate(), variance, deff, level);
    }

    /**
     * The {@code probability} quantile of y in the domain, R's {@code svyquantile(~y, design,
     * probability, ci = TRUE, na.rm = TRUE)} with R 4.x's defaults {@code qrule = "math"},
     * {@code interval.type = "mean"}: the quantile by {@link QuantileRule#math}; Woodruff's
     * interval (Woodruff 1952; Lumley 2010, section 2.4.1): the Wald interval
     * {@code m -/+ qt(1 - a, df) se(m)} of the share m of rows at or below the quantile, with
     * df = {@code degf} of the domain without its missing rows, mapped back by the same rule (NaN
     * where it leaves [0, 1]); the standard error is R's: the interval's width over
     * {@code 2 qt(1 - a, df)}. {@code deff} is NaN.
     *
     * @throws IllegalArgumentException if probability is not strictly between 0 and 1
     */
    public static Estimate quantile(SurveyDesign design, double[] y, boolean[] domainOrNull, double probability,
                                    double level) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("a quantile must lie strictly between 0 and 1, got " + probability);
        }
        Domain domain = Domain.of(design, y, domainOrNull);
        double[] weights = design.weights();
        double q = QuantileRule.math(y, weights, domain.present, probability);
        double[] atOrBelow = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            atOrBelow[i] = domain.present[i] && y[i] <= q ? 1 : 0;
        }
        LinearisedStatistic share = WeightedMean.of(design, atOrBelow, domain.present);
        double se = Math.sqrt(design.variance(share, domain.present));
        double df = design.degreesOfFreedom(domain.present);
        double[] t = ProportionInterval.tQuantiles(level, df);
        double low = share.estimate() + se * t[0];
        double high = share.estimate() + se * t[1];
        double ciLow = Double.isNaN(low) || low < 0 ? Double.NaN : QuantileRule.math(y, weights, domain.present, low);
        double ciHigh = Double.isNaN(high) || high > 1 ? Double.NaN : QuantileRule.math(y, weights, domain.present, high);
        return new Estimate(q, (ciHigh - ciLow) / (2 * t[1]), ciLow, ciHigh, Double.NaN, domain.n, df);
    }

    /**
     * {@link #mean} in every domain of a partition at once (R {@code svyby}), in a fixed number
     * of passes over the rows: row i is in domain {@code domainOfRow[i]} (0 .. domains - 1, or
     * negative for none). Element d of the result is the estimate of domain d.
     */
    public static Estimate[] meansByDomain(SurveyDesign design, double[] y, int[] domainOfRow, int domains, double level) {
        return DomainEstimators.estimate(DomainEstimators.Kind.MEAN, design, y, domainOfRow, domains, null, level);
    }

    /** {@link #total} in every domain of a partition at once; see {@link #meansByDomain}. */
    public static Estimate[] totalsByDomain(SurveyDesign design, double[] y, int[] domainOfRow, int domains, double level) {
        return DomainEstimators.estimate(DomainEstimators.Kind.TOTAL, design, y, domainOfRow, domains, null, level);
    }

    /** {@link #proportion} in every domain of a partition at once; see {@link #meansByDomain}. */
    public static Estimate[] proportionsByDomain(SurveyDesign design, double[] y, int[] domainOfRow, int domains,
                                                 IntervalMethod method, double level) {
        return DomainEstimators.estimate(DomainEstimators.Kind.PROPORTION, design, y, domainOfRow, domains, method, level);
    }

    private static Estimate normalTheory(SurveyDesign design, Domain domain, double estimate, double variance,
                                         double deff, double level) {
        double se = Math.sqrt(variance);
        double a = (1 - level) / 2;
        double low = estimate + se * Quantiles.normal(a);
        double high = estimate + se * Quantiles.normal(1 - a);
        return new Estimate(estimate, se, low, high, deff, domain.n, design.degreesOfFreedom(domain.present));
    }
}
