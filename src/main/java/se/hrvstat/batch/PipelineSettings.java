package se.hrvstat.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the statisticians' files live ({@code jobs/}, {@code report-templates/}) and the
 * settings of {@code jobs/annual.properties}. The launcher points {@code hrvstat.jobs-dir} at
 * the repository's {@code jobs} folder; the default is {@code ./jobs}, and where there is no
 * such folder, the copies of the repository's files inside the jar.
 */
@Component
public class PipelineSettings {
    private final Path jobsDir;
    private final Path templatesDir;

    public PipelineSettings(@Value("${hrvstat.jobs-dir:jobs}") String jobsDir,
                            @Value("${hrvstat.templates-dir:report-templates}") String templatesDir) {
        this.jobsDir = Path.of(jobsDir);
        this.templatesDir = Path.of(templatesDir);
    }

    public Path jobsDir() {
        return jobsDir;
    }

    public Path templatesDir() {
        return templatesDir;
    }

    /**
     * A file of the jobs folder; where there is no jobs folder at all, the default of the same
     * name that ships inside the jar ({@code /jobs/} on the class path). A folder that exists wins
     * as a whole: a file missing from it is an error, never silently the default.
     */
    public Reader open(String fileName) {
        Path file = jobsDir.resolve(fileName);
        if (!Files.isDirectory(jobsDir)) {
            java.io.InputStream shipped = PipelineSettings.class.getResourceAsStream("/jobs/" + fileName);
            if (shipped != null) {
                return new java.io.BufferedReader(new java.io.InputStreamReader(shipped, StandardCharsets.UTF_8));
            }
        }
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath()
                    + " (set hrvstat.jobs-dir, or remove the folder to use the defaults inside the jar)", e);
        }
    }

    private Properties annual() {
        Properties p = new Properties();
        try (Reader in = open("annual.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public double maxRejectShare() {
        return Double.parseDouble(annual().getProperty("validation.max-reject-share", "0.02"));
    }

    public String intervalMethod() {
        return annual().getProperty("estimate.interval", "logit").strip();
    }

    public double level() {
        return Double.parseDouble(annual().getProperty("estimate.level", "0.95"));
    }

    /** What to do with a stratum left with one responding school (R's survey.lonely.psu). */
    public se.hrvstat.survey.design.LonelyPsuRule lonelyPsu() {
        return se.hrvstat.survey.design.LonelyPsuRule.valueOf(
                annual().getProperty("estimate.lonely-psu", "adjust").strip().toUpperCase(java.util.Locale.ROOT));
    }

    public int minNPublished() {
        return Integer.parseInt(annual().getProperty("estimate.min-n-published", "10").strip());
    }

    public int minNReliable() {
        return Integer.parseInt(annual().getProperty("estimate.min-n-reliable", "100").strip());
    }

    public double maxRse() {
        return Double.parseDouble(annual().getProperty("estimate.max-rse", "0.30"));
    }

    /**
     * Stops the run when {@code jobs/annual.properties} still sets {@code estimate.breakdowns}:
     * breakdowns are now defined per indicator in {@code jobs/indicators.ini}.
     */
    public void rejectObsoleteEstimateKeys() {
        if (annual().containsKey("estimate.breakdowns")) {
            throw new IllegalStateException(jobsDir.resolve("annual.properties") + ": estimate.breakdowns is no "
                    + "longer read; the breakdowns are set in " + jobsDir.resolve("indicators.ini")
                    + " ([defaults] breakdowns = ..., or breakdowns = ... for one indicator). Remove the line.");
        }
    }

    /** Threads of the estimate step (indicators estimated in parallel), at least 1; default 2. */
    public int estimateThreads() {
        String text = annual().getProperty("estimate.threads", "2").strip();
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalStateException(jobsDir.resolve("annual.properties") + ": estimate.threads must be a whole "
                + "number >= 1, found '" + text + "'");
    }
}
