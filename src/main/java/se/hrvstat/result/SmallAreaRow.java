package se.hrvstat.result;

import java.util.List;

/**
 * One row of {@code sae-<year>.csv} (spec/CLI.md "Small-area estimates"): a headline indicator's
 * small-area estimate for one municipality of {@code area_covariates.csv}. Values on the model's
 * scale (arcsine square root) are as the model gave them, so the file can be refitted in R.
 *
 * @param indicator   the indicator
 * @param wave        the survey wave
 * @param kommunkod   the municipality
 * @param n           respondents in its sampled schools whose indicator is known; null where no school was sampled
 * @param direct      the design-based direct estimate (share); null where the area is not in the model
 * @param directSe    its design-based standard error; null likewise
 * @param modelY      the direct estimate on the model's scale; null likewise
 * @param modelVardir its sampling variance as the model uses it; null likewise
 * @param covariates  the covariates the model uses, on its scale, in the order of {@code covariateNames}
 * @param eblup       the EBLUP, or the synthetic estimate x'β̂ outside the model (model scale)
 * @param mse         its mean squared error (model scale)
 * @param estimate    the published share
 * @param ciLow       lower end of the interval (share)
 * @param ciHigh      upper end of the interval (share)
 * @param method      {@code fh} or {@code direct}
 */
public record SmallAreaRow(String indicator, int wave, String kommunkod, Integer n, Double direct, Double directSe,
        Double modelY, Double modelVardir, List<Double> covariates, double eblup, double mse, double estimate,
        double ciLow, double ciHigh, String method) {

    public SmallAreaRow {
        covariates = List.copyOf(covariates);
    }
}
