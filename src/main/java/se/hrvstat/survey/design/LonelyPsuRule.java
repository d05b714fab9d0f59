package se.hrvstat.survey.design;

/**
 * What to do with a stratum that has a single sampled PSU (a "lonely PSU"), as R's
 * {@code options(survey.lonely.psu = ...)} (R survey, {@code survey.R}: {@code onestrat}).
 */
public enum LonelyPsuRule {
    /** R's default {@code "fail"}: such a design is rejected, naming the stratum. */
    FAIL,
    /** {@code "remove"}: the stratum contributes nothing to the variance. */
    REMOVE,
    /** {@code "adjust"}: the lonely PSU's total is centred on zero (the grand mean of the influence values) instead of the stratum mean. */
    ADJUST,
    /** {@code "average"}: the stratum gets the average variance contribution of the other strata. */
    AVERAGE,
    /** {@code "certainty"}: the lonely PSU is sampled with certainty and contributes nothing at its stage. */
    CERTAINTY
}
