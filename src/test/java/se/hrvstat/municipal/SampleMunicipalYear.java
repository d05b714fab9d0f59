package se.hrvstat.municipal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import se.hrvstat.ingest.form.FormContent;
import se.hrvstat.ingest.form.MunicipalForm;
import se.hrvstat.ingest.form.ReturnRow;
import se.hrvstat.result.CaseCount;
import se.hrvstat.result.PopulationCount;

/**
 * The municipal counts of a year of {@code sample-data/municipal/<year>/} without the store: the
 * rows of {@code returns.csv} and of the filled-in forms, keeping per (kommunkod, sector) those of
 * the latest {@code submitted} (EXCHANGE.md 2.1, as {@code MunicipalReturnStore} selects them), and
 * the population. Efforts are left out (they are no counts of persons). For tests that need a
 * whole country's tables fast.
 */
public final class SampleMunicipalYear {
    private SampleMunicipalYear() {
    }

    /** The sample data's year, ready for {@link MunicipalStatistics#compute}. */
    public static MunicipalYear read(Path sampleData, int year) {
        Path dir = sampleData.resolve("municipal").resolve(Integer.toString(year));
        // (kommunkod|sector) -> submitted -> rows
        Map<String, TreeMap<String, List<CaseCount>>> versions = new HashMap<>();
        for (String[] f : csv(dir.resolve("returns.csv"))) {
            versions.computeIfAbsent(f[1] + "|" + f[2], k -> new TreeMap<>()).computeIfAbsent(f[7], k -> new ArrayList<>())
                    .add(new CaseCount(f[1], f[2], f[3], f[4], f[5], Long.parseLong(f[6])));
        }
        Path forms = dir.resolve("forms");
        if (Files.isDirectory(forms)) {
            try (Stream<Path> files = Files.list(forms)) {
                for (Path file : files.sorted().toList()) {
                    FormContent form = MunicipalForm.read(file);
                    String submitted = form.submitted().toInstant().toString();
                    for (ReturnRow r : form.rows()) {
                        versions.computeIfAbsent(form.kommunkod() + "|" + r.sector(), k -> new TreeMap<>())
                                .computeIfAbsent(submitted, k -> new ArrayList<>())
                                .add(new CaseCount(form.kommunkod(), r.sector(), r.sex(), r.ageGroup(), r.measure(), r.value()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<CaseCount> cases = new ArrayList<>();
        new TreeMap<>(versions).values().forEach(v -> cases.addAll(v.lastEntry().getValue()));
        List<PopulationCount> population = new ArrayList<>();
        for (String[] f : csv(dir.resolve("population_municipal.csv"))) {
            population.add(new PopulationCount(f[1], f[2], f[3], Long.parseLong(f[4])));
        }
        return new MunicipalYear(year, cases, List.of(), population);
    }

    /** The whole country's geography of the reference lists. */
    public static Geography geography() {
        se.hrvstat.result.ReferenceLists ref = se.hrvstat.result.ReferenceLists.standard();
        Map<String, String> countyOf = new HashMap<>();
        ref.municipalities().keySet().forEach(k -> countyOf.put(k, ref.countyOf(k)));
        return new Geography(ref.municipalities(), countyOf, ref.counties());
    }

    private static List<String[]> csv(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
