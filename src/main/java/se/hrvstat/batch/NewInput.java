package se.hrvstat.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.hrvstat.ingest.InputDiscovery;
import se.hrvstat.ingest.InputFile;
import se.hrvstat.store.InputFileStore;

/**
 * Whether a data folder holds input the store has not staged yet: a file (by its SHA-256, as
 * ingest identifies files) that is unknown or not completely staged. This is how a schedule says
 * "ingest when a survey wave or the municipal returns arrive".
 */
public final class NewInput {
    private NewInput() {
    }

    /** The input files of {@code area} (survey, municipal or all) up to {@code year} not yet staged. */
    public static List<Path> notStaged(Path data, int year, String area, InputFileStore files) {
        List<InputFile> candidates = new ArrayList<>(InputDiscovery.discover(data, year));
        candidates.addAll(InputDiscovery.discoverForms(data, year));
        List<Path> fresh = new ArrayList<>();
        for (InputFile f : candidates) {
            if (!area.equals("all") && !f.kind().area().equals(area)) {
                continue;
            }
            boolean staged = files.find(Checksums.sha256(f.path())).map(InputFileStore.Registered::staged).orElse(false);
            if (!staged) {
                fresh.add(f.path());
            }
        }
        return fresh;
    }
}
