package se.hrvstat.batch;

import java.nio.file.Path;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of a pipeline run: reference year, data directory, output directory and a
 * run number that tells apart repeated complete runs of the same inputs.
 */
public record RunParameters(int year, Path data, Path out, long run) {
    public static final String YEAR = "year";
    public static final String DATA = "data";
    public static final String OUT = "out";
    public static final String RUN = "run";

    public JobParameters toJobParameters() {
        return new JobParametersBuilder().addLong(YEAR, (long) year)
                .addString(DATA, data.toAbsolutePath().normalize().toString())
                .addString(OUT, out.toAbsolutePath().normalize().toString())
                .addLong(RUN, run).toJobParameters();
    }

    public static RunParameters of(JobParameters p) {
        return new RunParameters(p.getLong(YEAR).intValue(), Path.of(p.getString(DATA)), Path.of(p.getString(OUT)),
                p.getLong(RUN));
    }

    /** Same year, data and output: the same command, whatever the run number. */
    public boolean sameCommand(RunParameters other) {
        return year == other.year && data.toAbsolutePath().normalize().equals(other.data.toAbsolutePath().normalize())
                && out.toAbsolutePath().normalize().equals(other.out.toAbsolutePath().normalize());
    }
}
