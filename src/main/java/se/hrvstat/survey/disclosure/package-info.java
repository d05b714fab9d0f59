/**
 * Statistical disclosure control of count tables linked by additive relations (cell
 * suppression): {@link se.hrvstat.survey.disclosure.CellSystem} (the cells of every linked
 * table and the sums that tie them), {@link se.hrvstat.survey.disclosure.DisclosureRules} (the
 * threshold rule and the protection interval), primary suppression, greedy secondary
 * suppression and an {@link se.hrvstat.survey.disclosure.DisclosureAudit} that computes each
 * suppressed cell's feasible range by linear programming (Hundepool et al., <i>Statistical
 * Disclosure Control</i>, Wiley 2012, ch. 4 and 5). Also the exact (Garwood 1936) Poisson interval
 * for counts and rates. Pure: no Spring, no JDBC, no files.
 */
package se.hrvstat.survey.disclosure;
