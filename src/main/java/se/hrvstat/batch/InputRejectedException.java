package se.hrvstat.batch;

/**
 * Validation found more rejected rows than the configured tolerance: the run stops before
 * anything is published (exit status 3).
 */
public class InputRejectedException extends RuntimeException {
    public InputRejectedException(String message) {
        super(message);
    }
}
