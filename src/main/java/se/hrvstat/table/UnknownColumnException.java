package se.hrvstat.table;

/** A column asked for that the file's header does not have: a usage error rather than bad data. */
public final class UnknownColumnException extends InputException {
    public UnknownColumnException(String message) {
        super(message);
    }
}
