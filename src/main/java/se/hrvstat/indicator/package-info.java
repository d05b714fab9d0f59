/**
 * The indicator catalogue and its three-valued expression language (EXCHANGE.md 1.4).
 *
 * <p>Statisticians define indicators in {@code jobs/indicators.ini} (the file's comments describe
 * the format and the language). {@link se.hrvstat.indicator.IndicatorCatalogue#parse} reads it;
 * each {@link se.hrvstat.indicator.Indicator} evaluates to a {@code double[]} column with 1.0
 * (true), 0.0 (false) and NaN (unknown or outside the population filter, i.e. left out of the
 * denominator), ready for the survey estimators' domain means.
 *
 * <p>Language: items {@code q01}..{@code q16} (1 true, 2 false, 8/9/empty unknown), {@code and},
 * {@code or}, {@code not} with Kleene's strong three-valued logic, parentheses,
 * {@code at least k of (...)}, comparisons of codes ({@code =, !=, <, <=, >, >=, in, not in})
 * and references to other indicators by name. Parsing is recursive descent
 * ({@code ExpressionParser}); errors name the file, line and column.
 *
 * <p>Versioning: {@link se.hrvstat.indicator.Indicator#fingerprint()} identifies a definition;
 * a changed definition needs a new version, which starts a new trend series
 * ({@link se.hrvstat.indicator.VersionRule}).
 *
 * <p>JDK only: no Spring, no JDBC, no file access (the caller opens the catalogue file).
 */
package se.hrvstat.indicator;
