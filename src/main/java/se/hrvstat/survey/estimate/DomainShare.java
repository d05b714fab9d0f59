package se.hrvstat.survey.estimate;

/**
 * A domain's share ({@link Estimators#shares}) with what a difference between two domains of the
 * same Taylor design needs ({@link GroupDifferences#ofShares}): the share's influence values as
 * the design's variance takes them (on a calibrated design their calibration residuals, made once
 * for the share's own variance; null on a replicate design) and whether the share is defined (the
 * domain has a non-missing row of non-zero weight; R's {@code svyby} leaves other groups out). The
 * residuals are shared, not copied: nobody changes them.
 */
public record DomainShare(Estimate estimate, double[] residuals, boolean defined) {

    /** The same share with another estimate of it (e.g. another interval), the residuals kept. */
    public DomainShare withEstimate(Estimate other) {
        return new DomainShare(other, residuals, defined);
    }
}
