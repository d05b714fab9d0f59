package se.hrvstat.result;

/**
 * The publication rule for model-based municipal estimates ({@code small-area.publish.*} of
 * {@code jobs/annual.properties}; jobs/rules.md, docs/small-area.md "Publication rule"): by the
 * estimate's relative root mean squared error on the share scale, a municipality's figure is shown
 * with its interval ({@link Publication#SHOWN}), shown only as its interval, without a point figure
 * ({@link Publication#BAND}), or not shown at all ({@link Publication#WITHHELD}).
 *
 * <p>The root mean squared error on the share scale is the published interval's half-width in
 * normal quantiles, {@code (ci_high − ci_low) / (2 z)}: the interval is {@code sin²(θ̂ ± z√M)}, so to
 * first order its half-width is {@code z · sin(2θ̂) · √M}, the delta method's RMSE of the share (Rao
 * & Molina 2015, 4.2). It needs only the columns {@code estimate}, {@code ci_low}, {@code ci_high} of
 * {@code sae-<year>.csv}, so anyone can recompute the class from the file.
 *
 * @param shownMax the largest relative RMSE at which the figure is shown with its interval
 * @param bandMax  the largest relative RMSE at which the interval alone is shown ({@code >= shownMax})
 * @param z        the normal quantile of the intervals' level (1.959964 at 0.95)
 */
public record SmallAreaRule(double shownMax, double bandMax, double z) {

    /** How a municipality's model-based figure is published; {@code code} as in the workbook and the docs. */
    public enum Publication {
        SHOWN("shown"), BAND("band"), WITHHELD("withheld");

        private final String code;

        Publication(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public SmallAreaRule {
        if (!(shownMax >= 0) || !(bandMax >= shownMax) || !(z > 0)) {
            throw new IllegalArgumentException("small-area publication rule: need 0 <= shown (" + shownMax
                    + ") <= band (" + bandMax + ") and z > 0 (" + z + ")");
        }
    }

    /** A rule that shows every figure (for a year or a test without limits). */
    public static SmallAreaRule showAll(double z) {
        return new SmallAreaRule(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, z);
    }

    /** {@code (ciHigh − ciLow) / (2 z) / estimate}; infinite for an estimate of 0. */
    public double relativeRmse(double estimate, double ciLow, double ciHigh) {
        double rmse = (ciHigh - ciLow) / (2 * z);
        return estimate > 0 ? rmse / estimate : Double.POSITIVE_INFINITY;
    }

    /** The class of a figure with this estimate and interval. */
    public Publication classOf(double estimate, double ciLow, double ciHigh) {
        double r = relativeRmse(estimate, ciLow, ciHigh);
        if (r <= shownMax) {
            return Publication.SHOWN;
        }
        return r <= bandMax ? Publication.BAND : Publication.WITHHELD;
    }

    /** The class of a row of {@code sae-<year>.csv}. */
    public Publication classOf(SmallAreaRow row) {
        return classOf(row.estimate(), row.ciLow(), row.ciHigh());
    }
}
