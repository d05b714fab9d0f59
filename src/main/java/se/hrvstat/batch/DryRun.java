package se.hrvstat.batch;

import java.nio.file.Path;
import java.util.List;

import se.hrvstat.ingest.DryRunValidation;
import se.hrvstat.result.FileValidation;
import se.hrvstat.result.ReferenceLists;

/** {@code hrvstat validate}: ingest and validation of a data folder without a store, with the rules of {@code jobs/}. */
public final class DryRun {
    /** The rule a covariates file carries when a municipality of the wave's design.csv has no row in it: it stops a run. */
    public static final String MISSING_MUNICIPALITY = DryRunValidation.MISSING_MUNICIPALITY;

    private DryRun() {
    }

    /** What validation makes of every input file under {@code data} for waves and years up to {@code year}. */
    public static List<FileValidation> validate(PipelineSettings settings, Path data, int year) {
        InputRules rules = InputRules.load(settings);
        return DryRunValidation.validate(data, year, rules.codebook(), rules.rules(), ReferenceLists.standard());
    }
}
