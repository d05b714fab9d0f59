/**
 * Municipal statistics from the yearly mapping (kartläggning, EXCHANGE.md 2): known persons by
 * sector, sex, age group and type of violence, rates per 10 000 inhabitants with exact Poisson
 * intervals, county and national totals over the municipalities that returned, coverage, and the
 * efforts indicators with their change since last year, as {@link se.hrvstat.publish.StatTable}s
 * with disclosure control applied ({@link se.hrvstat.survey.disclosure}). Pure: the batch step
 * reads the store and hands the latest return per municipality and sector in.
 */
package se.hrvstat.municipal;
