package se.hrvstat.result;

/**
 * Why a row was rejected: the rule, the column (null for the whole row), the offending value
 * (already masked where it could identify a person) and a message for people.
 */
public record Reject(String rule, String column, String value, String message) {
}
