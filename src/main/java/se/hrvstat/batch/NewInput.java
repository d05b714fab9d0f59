package se.hrvstat.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.hrvstat.ingest.InputDiscovery;
import se.hrvstat.ingest.InputFile;
import se.hrvstat.store.InputFileStore;

/**
 * Whether a data folder holds input the store has not loaded yet: a file (by its SHA-256, as
 * ingest identifies files) that is unknown or not completely loaded. This is how a schedule says
 * "ingest when a survey wave or the municipal returns arrive".
 */
@Component
public class NewInput {
    private final InputFileStore files;

    public NewInput(InputFileStore files) {
        this.files = files;
    }

    /** The input files of {@code area} (survey, municipal or all) up to {@code year} not yet loaded. */
    public List<Path> notLoaded(Path data, int year, String area) {
        List<InputFile> candidates = new ArrayList<>(InputDiscovery.discover(data, year));
        candidates.addAll(InputDiscovery.discoverForms(data, year));
        List<Path> fresh = new ArrayList<>();
        for (InputFile f : candidates) {
            if (!area.equals("all") && !f.kind().area().equals(area)) {
                continue;
            }
            boolean loaded = files.find(Checksums.sha256(f.path())).map(InputFileStore.Registered::loaded).orElse(false);
            if (!loaded) {
                fresh.add(f.path());
            }
        }
        return fresh;
    }
}
