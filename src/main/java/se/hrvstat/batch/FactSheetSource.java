package se.hrvstat.batch;

import java.util.List;

import se.hrvstat.result.MunicipalProfile;

/**
 * Where the municipal profiles (fact sheets) of a year come from: normally
 * {@link MunicipalPublication#profiles}, the same cells and suppression as the municipal tables.
 * Called once by the partitioner and once per partition, so an implementation should be cheap
 * or cache by year; it must return the same profiles in the same order for the same year.
 */
@FunctionalInterface
public interface FactSheetSource {
    List<MunicipalProfile> sheets(int year);
}
