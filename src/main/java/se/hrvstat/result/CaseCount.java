package se.hrvstat.result;

/** One count of the latest return of a municipality and sector (EXCHANGE.md 2.1). */
public record CaseCount(String kommunkod, String sector, String sex, String ageGroup, String measure, long value) {
}
