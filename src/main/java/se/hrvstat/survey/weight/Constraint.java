package se.hrvstat.survey.weight;

/**
 * A linear calibration constraint {@code sum_i w_i x_i = total}: one more column of the
 * calibration model matrix, beside the margins' indicator columns.
 *
 * @param margin the margin it belongs to, for messages
 * @param label  which part of the margin, for messages
 * @param values x_i, one per row
 * @param total  the population total the calibrated weights must give
 */
public record Constraint(String margin, String label, double[] values, double total) {
}
