package se.hrvstat.result;

/** Inhabitants of a municipality by sex and age group (EXCHANGE.md 2.3). */
public record PopulationCount(String kommunkod, String sex, String ageGroup, long count) {
}
