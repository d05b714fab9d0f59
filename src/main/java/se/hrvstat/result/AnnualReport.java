package se.hrvstat.result;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the annual publications are made from.
 *
 * @param year       reference year of the publication
 * @param estimates  every survey estimate of every wave up to {@code year}
 * @param indicators the catalogue, in publication order
 * @param metadata   ordered facts about the run for the method chapter (label to value, Swedish)
 * @param tables     the tables besides the survey estimates (municipal mapping, efforts), in
 *                   publication order, disclosure control already applied
 * @param createdAt  when the run made the publication
 * @param level      confidence level of every interval of the run ({@code estimate.level}, e.g. 0.95);
 *                   the publications label the intervals with it
 */
public record AnnualReport(int year, List<EstimateRow> estimates, List<IndicatorInfo> indicators,
                           Map<String, String> metadata, List<StatTable> tables, Instant createdAt, double level) {
    public AnnualReport {
        tables = List.copyOf(tables);
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("a confidence level lies between 0 and 1, not " + level);
        }
    }
}
