package se.hrvstat.batch;

import java.util.List;

import org.springframework.stereotype.Component;

import se.hrvstat.store.InputFileStore;

/**
 * The input files of a reference year: those of the last run of the year whose input passed
 * validation. The steps after validation read nothing else, and refuse to run without them.
 */
@Component
public class YearInputs {
    private final InputFileStore files;

    public YearInputs(InputFileStore files) {
        this.files = files;
    }

    /** The year's inputs, in load order; empty until a run of the year passed validation. */
    public List<InputFileStore.YearInput> of(int year) {
        return files.yearInputs(year);
    }

    /** Fails the step (exit status 3, nothing published) when no run of the year has passed validation. */
    void require(int year) {
        if (of(year).isEmpty()) {
            throw new InputRejectedException("no accepted input for " + year + ": run 'hrvstat run annual --year "
                    + year + " --data DIR --out DIR' (or the validate job) on the year's input files first");
        }
    }
}
