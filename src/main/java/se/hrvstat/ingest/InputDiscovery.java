package se.hrvstat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import se.hrvstat.result.InputKind;

/**
 * Finds the input files of EXCHANGE.md under a data directory: {@code survey/<wave>/} and
 * {@code municipal/<year>/} for every wave and year up to the reference year, in load order
 * (oldest period first; within a period in the order of {@link InputKind}).
 */
public final class InputDiscovery {
    private InputDiscovery() {
    }

    public static List<InputFile> discover(Path dataDir, int upToYear) {
        if (!Files.isDirectory(dataDir)) {
            throw new InputFileException(dataDir, 0, 0, "the data directory does not exist");
        }
        List<InputFile> found = new ArrayList<>();
        for (String area : List.of("survey", "municipal")) {
            for (int period : periods(dataDir.resolve(area), upToYear)) {
                Path folder = dataDir.resolve(area).resolve(Integer.toString(period));
                for (InputKind kind : InputKind.values()) {
                    Path file = folder.resolve(kind.fileName());
                    if (kind.area().equals(area) && Files.isRegularFile(file)) {
                        found.add(new InputFile(file, kind, period));
                    }
                }
            }
        }
        return found;
    }

    /** Municipal Excel forms ({@code municipal/<year>/forms/*.xlsx}) up to the year, sorted. */
    public static List<InputFile> discoverForms(Path dataDir, int upToYear) {
        List<InputFile> found = new ArrayList<>();
        for (int year : periods(dataDir.resolve("municipal"), upToYear)) {
            Path forms = dataDir.resolve("municipal").resolve(Integer.toString(year)).resolve("forms");
            if (!Files.isDirectory(forms)) {
                continue;
            }
            try (Stream<Path> files = Files.list(forms)) {
                files.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".xlsx")).sorted()
                        .forEach(p -> found.add(new InputFile(p, InputKind.RETURNS, year)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    private static List<Integer> periods(Path areaDir, int upToYear) {
        if (!Files.isDirectory(areaDir)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(areaDir)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("\\d{4}")).map(Integer::valueOf)
                    .filter(period -> period <= upToYear).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
