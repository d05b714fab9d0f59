package se.hrvstat.batch;

import se.hrvstat.result.RejectedInputException;

/**
 * Validation found more rejected rows than the configured tolerance: the run stops before
 * anything is published (exit status 3).
 */
public class InputRejectedException extends RejectedInputException {
    public InputRejectedException(String message) {
        super(message);
    }
}
