package se.hrvstat.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import se.hrvstat.batch.DryRun;
import se.hrvstat.batch.PipelineSettings;
import se.hrvstat.result.FileValidation;

/** {@code hrvstat validate --data DIR --year YEAR}: a dry run of ingest and validation. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Dry run of ingest and validation: per file the rows read, accepted and rejected, "
                + "and the reasons with counts. Writes nothing to the database.",
            "Exits 3 where 'run annual' would stop on the same files, else 0."})
public class ValidateCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "input folder (layout: docs/formats.md)")
    Path data;

    @Option(names = "--year", required = true, description = "reference year; waves and years up to it are read")
    int year;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Usage.requireDataFolder(spec, data);
        PipelineSettings settings = new PipelineSettings(System.getProperty("hrvstat.jobs-dir", "jobs"),
                System.getProperty("hrvstat.templates-dir", "report-templates"));
        List<FileValidation> files = DryRun.validate(settings, data, year);
        double tolerance = settings.maxRejectShare();
        boolean stop = false;
        for (FileValidation f : files) {
            boolean over = f.rejectedShare() > tolerance;
            // a sampled municipality missing from area_covariates.csv stops a run whatever the share
            stop |= over || f.rejectsByRule().containsKey(DryRun.MISSING_MUNICIPALITY);
            System.out.printf("%s%n  %s%n  read %d, accepted %d, rejected %d%s%n", f.file(), f.dialect(), f.read(),
                    f.accepted(), f.rejected(), over ? String.format("  -- over the tolerance of %.1f %%", 100 * tolerance) : "");
            for (Map.Entry<String, Long> rule : f.rejectsByRule().entrySet()) {
                System.out.printf("    %-28s %d%n", rule.getKey(), rule.getValue());
            }
            f.examples().forEach(e -> System.out.println("    e.g. " + e));
        }
        if (files.isEmpty()) { // docs/cli.md: no input for the year is input rejected
            System.err.println("hrvstat: no input for " + year + ": no survey/<wave>/ or municipal/<year>/ files for years up to "
                    + year + " under " + data.toAbsolutePath().normalize() + " (layout: docs/formats.md)");
            return ExitCodes.INPUT_REJECTED;
        }
        return stop ? ExitCodes.INPUT_REJECTED : ExitCodes.SUCCESS;
    }
}
