package se.hrvstat.survey.weight;

/**
 * A calibration that cannot be done: it did not converge, a population cell has no sample, or
 * margins contradict each other. The message names the margin and the size of the misfit.
 */
public final class CalibrationException extends RuntimeException {
    private final String margin;
    private final double misfit;

    public CalibrationException(String margin, double misfit, String message) {
        super(message);
        this.margin = margin;
        this.misfit = misfit;
    }

    /** The name of the margin at fault. */
    public String margin() {
        return margin;
    }

    /** The size of the misfit: population count minus what the weights give, in the margin's units. */
    public double misfit() {
        return misfit;
    }
}
