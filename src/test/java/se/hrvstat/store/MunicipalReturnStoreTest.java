package se.hrvstat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

import se.hrvstat.batch.PipelineRunner;
import se.hrvstat.batch.RunParameters;
import se.hrvstat.result.CaseCount;
import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.Store;

/** EXCHANGE.md 2.1: a later submission for the same (year, kommunkod, sector) replaces the earlier one; both are kept. */
class MunicipalReturnStoreTest {
    private static final String HEADER = "year,kommunkod,sector,sex,age_group,measure,value,submitted\n";

    @TempDir
    Path temp;

    private MunicipalReturnStore loaded(ConfigurableApplicationContext app, Path data) throws Exception {
        PipelineRunner runner = app.getBean(PipelineRunner.class);
        RunParameters run = new RunParameters(2024, data, temp.resolve("out"), 0);
        assertThat(runner.run("ingest", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(runner.run("validate", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return app.getBean(MunicipalReturnStore.class);
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    void onlyTheLatestSubmissionOfAMunicipalityAndSectorIsInForceAndBothAreKept(Store store) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data/municipal/2024"));
        Files.writeString(folder.resolve("returns.csv"), HEADER
                + "2024,0180,skola,flicka_kvinna,13-17,personer,5,2025-03-01T10:00:00Z\n"
                + "2024,0180,skola,flicka_kvinna,13-17,hot,2,2025-03-01T10:00:00Z\n"
                + "2024,0180,socialtjanst,flicka_kvinna,13-17,personer,4,2025-03-01T10:00:00Z\n"
                // the resubmission of skola, an hour later written in Swedish time (+01:00 = 10:00Z + 1 h)
                + "2024,0180,skola,flicka_kvinna,13-17,personer,7,2025-03-01T12:00:00+01:00\n"
                + "2024,0180,skola,flicka_kvinna,13-17,hot,3,2025-03-01T12:00:00+01:00\n");
        try (ConfigurableApplicationContext app = Pipeline.start(store.freshDatabase(temp))) {
            MunicipalReturnStore returns = loaded(app, temp.resolve("data"));

            List<MunicipalReturnStore.Submitted> latest = returns.latestSubmissions(2024, 2024);

            assertThat(latest).extracting(c -> c.count().sector() + " " + c.count().measure() + " " + c.count().value()
                    + " line " + c.line())
                    .containsExactlyInAnyOrder("skola hot 3 line 6", "skola personer 7 line 5", "socialtjanst personer 4 line 4");
            assertThat(latest).filteredOn(c -> c.line() == 6).singleElement()
                    .satisfies(c -> assertThat(c.submitted()).isEqualTo("2025-03-01T11:00"));
            assertThat(returns.allCases(2024, 2024)).as("the replaced submission is kept").hasSize(5);
            assertThat(returns.latestCases(2023, 2024)).isEmpty();
        }
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(value = Store.class, names = "H2")
    void theLatestPersonsPerMunicipalityAndSectorOfTheSampleAreTheGeneratorsTruth(Store store) throws Exception {
        Path data = temp.resolve("data");
        Path folder = Files.createDirectories(data.resolve("municipal/2024/forms"));
        Path sample = Path.of("sample-data/municipal/2024");
        Files.copy(sample.resolve("returns.csv"), folder.resolve("../returns.csv").normalize());
        try (var forms = Files.list(sample.resolve("forms"))) {
            for (Path form : forms.toList()) {
                Files.copy(form, folder.resolve(form.getFileName()));
            }
        }
        try (ConfigurableApplicationContext app = Pipeline.start(store.freshDatabase(temp))) {
            Map<String, Integer> persons = new HashMap<>();
            for (CaseCount c : loaded(app, data).latestCases(2024, 2024)) {
                if (c.measure().equals("personer")) {
                    persons.merge(c.kommunkod() + " " + c.sector(), (int) c.value(), Integer::sum);
                }
            }

            // sample-data/truth/municipal-2024.csv: the final (resubmitted) persons per municipality and sector
            int compared = 0;
            try (var in = Files.newBufferedReader(Path.of("sample-data/truth/municipal-2024.csv"))) {
                for (CSVRecord t : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    String key = t.get("kommunkod") + " " + t.get("sector");
                    if (t.get("returned_as").equals("none")) {
                        assertThat(persons).as("never imputed: " + key).doesNotContainKey(key);
                    } else {
                        assertThat(persons.getOrDefault(key, 0)).as(key).isEqualTo(Integer.parseInt(t.get("personer")));
                        compared++;
                    }
                }
            }
            assertThat(compared).isGreaterThan(900);
        }
    }
}
