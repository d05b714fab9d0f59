package se.hrvstat.result;

import java.util.List;

/**
 * The fitted small-area model of one headline indicator (the report's diagnostics): σ̂²_v, how
 * REML found it, the areas in the model, the design-effect rule's ρ, the benchmark shift and the
 * regression coefficients.
 *
 * @param indicator      the indicator
 * @param wave           the survey wave
 * @param areaVariance   σ̂²_v, the variance of the municipal effects (model scale)
 * @param iterations     REML iterations (Fisher scoring) or halvings (bisection)
 * @param algorithm      {@code FISHER_SCORING} or {@code SCORE_BISECTION}
 * @param areasInModel   municipalities whose direct estimate entered the model
 * @param rho            the intra-school correlation of the design-effect rule
 * @param benchmarkShift the shift c added on the model scale by benchmarking (0 without)
 * @param covariateNames the covariates, in the order of {@code coefficients} after the intercept
 * @param coefficients   β̂ with standard errors, the intercept first
 */
public record SmallAreaFit(String indicator, int wave, double areaVariance, int iterations, String algorithm,
        int areasInModel, double rho, double benchmarkShift, List<String> covariateNames,
        List<Coefficient> coefficients) {

    public SmallAreaFit {
        covariateNames = List.copyOf(covariateNames);
        coefficients = List.copyOf(coefficients);
    }

    /** One regression coefficient: its name ({@code (Intercept)} or a covariate), β̂ and its standard error. */
    public record Coefficient(String name, double beta, double stdError) {
    }
}
