package se.hrvstat.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * spec/CLI.md: refitting sae-&lt;year&gt;.csv's own columns with R's sae 1.3 ({@code eblupFH},
 * {@code mseFH}, REML) gives its eblup and mse. The file is the annual run's on the committed
 * sample data ({@code ./hrvstat run annual --year 2024 --data sample-data}), copied to
 * {@code r-fixtures/sae/pipeline-sae-2024.csv}; R's refit of it is
 * {@code pipeline-refit-2024.csv} ({@code src/test/r/make-sae-refit-fixture.R}).
 */
class SampleDataSaeAgreesWithRTest {
    static final Path DIR = Path.of("src/test/resources/r-fixtures/sae");

    @Test
    void everyMunicipalitysEblupAndMseAreWhatSaeGivesOnTheFilesColumns() throws IOException {
        List<String> published = Files.readAllLines(DIR.resolve("pipeline-sae-2024.csv"));
        List<String> header = List.of(published.get(0).split(","));
        Map<String, String[]> refit = new HashMap<>();
        List<String> r = Files.readAllLines(DIR.resolve("pipeline-refit-2024.csv"));
        List<String> rHeader = List.of(r.get(0).split(","));
        for (String line : r.subList(1, r.size())) {
            String[] f = line.split(",", -1);
            refit.put(f[rHeader.indexOf("indicator")] + "/" + f[rHeader.indexOf("kommunkod")], f);
        }
        int inModel = 0;
        for (String line : published.subList(1, published.size())) {
            String[] f = line.split(",", -1);
            String key = f[header.indexOf("indicator")] + "/" + f[header.indexOf("kommunkod")];
            String[] ref = refit.get(key);
            assertThat(ref).as(key).isNotNull();
            double eblup = Double.parseDouble(f[header.indexOf("eblup")]);
            double mse = Double.parseDouble(f[header.indexOf("mse")]);
            assertThat(relative(eblup, Double.parseDouble(ref[rHeader.indexOf("eblup")]))).as(key + " eblup")
                    .isLessThan(1e-9);
            assertThat(relative(mse, Double.parseDouble(ref[rHeader.indexOf("mse")]))).as(key + " mse")
                    .isLessThan(1e-9);
            boolean sampled = !f[header.indexOf("model_y")].isEmpty();
            assertThat(Boolean.parseBoolean(ref[rHeader.indexOf("in_model")])).as(key).isEqualTo(sampled);
            inModel += sampled ? 1 : 0;
        }
        assertThat(refit).hasSize(published.size() - 1);
        assertThat(inModel).as("municipalities in the model, over the indicators").isGreaterThan(700);
    }

    static double relative(double a, double b) {
        return Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
    }
}
