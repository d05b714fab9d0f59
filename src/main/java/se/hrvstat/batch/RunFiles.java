package se.hrvstat.batch;

import java.util.ArrayList;
import java.util.List;

import se.hrvstat.ingest.InputDiscovery;
import se.hrvstat.ingest.InputFile;

/**
 * The input files a run was given: every file of EXCHANGE.md under its {@code --data} folder for
 * the waves and years up to its reference year (the municipal Excel forms too), each with its
 * SHA-256 checksum, by which the store knows it.
 */
final class RunFiles {
    private RunFiles() {
    }

    /** A file of the run's folder and its checksum. */
    record RunFile(InputFile input, String checksum) {
        boolean isForm() {
            return input.path().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
        }
    }

    static List<RunFile> of(RunParameters run) {
        List<RunFile> out = new ArrayList<>();
        for (InputFile f : InputDiscovery.discover(run.data(), run.year())) {
            out.add(new RunFile(f, Checksums.sha256(f.path())));
        }
        for (InputFile f : InputDiscovery.discoverForms(run.data(), run.year())) {
            out.add(new RunFile(f, Checksums.sha256(f.path())));
        }
        return out;
    }
}
