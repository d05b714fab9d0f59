package se.hrvstat.cli.estimate;

/**
 * A request that cannot be answered for this file: a column or level it names is not there, a
 * quantile outside (0, 1), a factor with one level, a ratio whose denominator total is 0. The
 * command reports it in one line as a usage error (exit 2).
 */
final class BadRequest extends RuntimeException {
    BadRequest(String message) {
        super(message);
    }
}
