package se.hrvstat.result;

/** An indicator as the reader of a publication meets it: name, Swedish label, definition. */
public record IndicatorInfo(String name, String label, String definition) {
}
