package se.hrvstat.batch;

import java.util.List;

import se.hrvstat.result.MunicipalProfile;

/**
 * The profiles of the fact-sheet step, made once per job execution: the partitioner counts them
 * and every partition writes its share of the same list. Making them (the municipal tables with
 * their disclosure control and audit, the small-area rows) costs about as much as a partition's
 * writing, and they cannot change while the step runs, which only reads the store. A new
 * execution (a rerun, a restart) makes them anew. Thread safe.
 */
final class FactSheetProfiles {
    private final FactSheetSource source;
    private Made last;

    private record Made(long jobExecutionId, int year, List<MunicipalProfile> sheets) {
    }

    FactSheetProfiles(FactSheetSource source) {
        this.source = source;
    }

    /** The year's profiles for the job execution, made by its first caller. */
    synchronized List<MunicipalProfile> sheets(long jobExecutionId, int year) {
        if (last == null || last.jobExecutionId != jobExecutionId || last.year != year) {
            last = new Made(jobExecutionId, year, List.copyOf(source.sheets(year)));
        }
        return last.sheets;
    }
}
