package se.hrvstat.survey.smallarea;

import java.util.List;

/**
 * The result of {@link SmallAreaShares}: one estimate per area in the input's order, and the fit.
 *
 * @param areas            per area, in the order of {@link AreaShares#area()}
 * @param fit              the Fay–Herriot fit on the areas in the model (σ̂²_v, β̂, V(β̂), iterations,
 *                         shrinkage factors and standardised residuals in the order of those areas)
 * @param coefficientNames {@code (Intercept)} and the covariate names, in the order of β̂
 * @param areasInModel     the number of areas whose direct estimate entered the model
 * @param benchmarkShift   c, the shift of the model scale that benchmarking added to every model-based
 *                         area before the back-transform ({@link AggregateBenchmark}); 0 without benchmarking
 */
public record SmallAreaResult(List<AreaEstimate> areas, FayHerriotFit fit, List<String> coefficientNames,
        int areasInModel, double benchmarkShift) {
}
