package se.hrvstat.batch;

import java.time.Instant;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import se.hrvstat.store.InputFileStore;

/**
 * The input files of a reference year: those of the last run of the year whose input passed
 * validation. The steps after validation read nothing else, and refuse to run without them.
 */
@Component
public class YearInputs {
    private final InputFileStore files;
    private final JobRepository jobs;

    public YearInputs(InputFileStore files, JobRepository jobs) {
        this.files = files;
        this.jobs = jobs;
    }

    /** The year's inputs, in load order; empty until a run of the year passed validation. */
    public List<InputFileStore.YearInput> of(int year) {
        return files.yearInputs(year);
    }

    /** A file as {@code hrvstat inputs} shows it: its path, kind, wave or year, SHA-256 and row counts. */
    public record File(String path, String kind, int period, String checksum, Integer rows, Integer rejected) {
        static File of(InputFileStore.Registered f, String path) {
            return new File(path, f.kind(), f.period(), f.checksum(), f.rowsLoaded(), f.rowsRejected());
        }
    }

    /**
     * What is current for a year: its inputs, when and by which job execution (and of which job,
     * with which {@code --data} folder) they were accepted, and the other files loaded for the
     * years up to it, which its runs do not read. The execution's fields are null when unknown.
     */
    public record Listing(int year, List<File> current, Instant acceptedAt, Long executionId, String job,
                          String dataFolder, List<File> others) {
    }

    /** The listing of a year ({@code hrvstat inputs --year Y}). */
    public Listing listing(int year) {
        List<InputFileStore.YearInput> inputs = of(year);
        Instant accepted = inputs.isEmpty() ? null : inputs.get(0).acceptedAt();
        Long execution = inputs.isEmpty() ? null : inputs.get(0).executionId();
        String job = null;
        String data = null;
        JobExecution e = execution == null ? null : jobs.getJobExecution(execution);
        if (e != null) {
            job = e.getJobInstance().getJobName();
            data = e.getJobParameters().getString(RunParameters.DATA);
        }
        return new Listing(year, inputs.stream().map(i -> File.of(i.file(), i.path())).toList(), accepted, execution,
                job, data, files.loadedNotInputs(year).stream().map(f -> File.of(f, f.path())).toList());
    }

    /** Fails the step (exit status 3, nothing published) when no run of the year has passed validation. */
    void require(int year) {
        if (of(year).isEmpty()) {
            throw new InputRejectedException("no accepted input for " + year + ": run 'hrvstat run annual --year "
                    + year + " --data DIR --out DIR' (or the validate job) on the year's input files first");
        }
    }
}
