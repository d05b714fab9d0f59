package se.hrvstat.batch;

import java.util.List;

import se.hrvstat.result.FactSheet;

/**
 * Where the municipal fact sheets of a year come from. The municipal statistics plug in here,
 * either with their own {@link FactSheet}s or with
 * {@code year -> FactSheets.fromTables(year, <the StatTables given to the AnnualReport>, texts)}.
 * Called once by the partitioner and once per partition, so an implementation should be cheap
 * or cache by year; it must return the same sheets in the same order for the same year.
 */
@FunctionalInterface
public interface FactSheetSource {
    List<FactSheet> sheets(int year);
}
