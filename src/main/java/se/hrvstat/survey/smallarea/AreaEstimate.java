package se.hrvstat.survey.smallarea;

/**
 * One area's small-area estimate of a share: the columns of {@code sae-<year>.csv} (spec/CLI.md)
 * except indicator, wave and the covariates (those are the input's). Values on the model's scale
 * are on the arcsine square-root scale ({@link ArcsineSquareRoot}); NaN where an area has no
 * sample (or too few respondents to enter the model, {@link SmallAreaSettings#minimumRespondents()}).
 *
 * @param area         the area code
 * @param respondents  respondents whose indicator is known; 0 where not sampled
 * @param direct       the direct estimate (share), NaN where not in the model
 * @param directSe     its design-based standard error, NaN where not in the model
 * @param designEffect the design effect deff_d of {@link DesignEffectRule}; NaN where not in the model
 * @param modelY       asin√direct, the direct estimate on the model's scale
 * @param modelVardir  ψ_d = deff_d/(4 n_d), its sampling variance as the model uses it
 * @param eblup        the EBLUP (areas in the model) or the synthetic x'β̂ (the others), model scale
 * @param mse          the Prasad–Rao MSE of the EBLUP, or x'V(β̂)x + σ̂²_v of the synthetic estimate
 * @param estimate     the published share in [0, 1]: see {@link SmallAreaShares} for the back-transform
 * @param ciLow        lower end of the interval, a share
 * @param ciHigh       upper end of the interval, a share
 * @param method       {@link AreaMethod#FH} or {@link AreaMethod#DIRECT}
 */
public record AreaEstimate(String area, int respondents, double direct, double directSe, double designEffect,
        double modelY, double modelVardir, double eblup, double mse, double estimate, double ciLow, double ciHigh,
        AreaMethod method) {

    /** True when the area's direct estimate entered the model. */
    public boolean inModel() {
        return !Double.isNaN(modelY);
    }
}
