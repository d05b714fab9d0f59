package se.hrvstat.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import se.hrvstat.result.EstimateRow;
import se.hrvstat.result.RejectedInputException;
import se.hrvstat.store.EstimateStore;
import se.hrvstat.store.InputFileStore;
import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.Store;

/**
 * Issue 15 item 1 and 2: a run's inputs are what it was given. A run whose input is rejected, or
 * that has no input for its year, changes nothing that a later run reads: the good folder run
 * again gives the same estimates as the first time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearInputsTest {
    private static final int YEAR = 2024;
    private Path temp;
    private Store.Database db;
    private ConfigurableApplicationContext app;
    private PipelineRunner runner;
    private Path good;
    private List<EstimateRow> firstEstimates;

    @BeforeAll
    void aGoodRun(@TempDir Path dir) throws Exception {
        temp = dir;
        good = Pipeline.sampleData(temp.resolve("good"), 0.1);
        db = Store.H2.freshDatabase(temp);
        app = Pipeline.start(db);
        runner = app.getBean(PipelineRunner.class);
        runStages(good);
        firstEstimates = app.getBean(EstimateStore.class).load(YEAR);
        assertThat(firstEstimates).isNotEmpty();
    }

    @AfterAll
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aRejectedFolderChangesNothingAndTheGoodFolderGivesTheSameEstimatesAgain() throws Exception {
        Path bad = badFolder();

        JobExecution rejected = runner.run("annual", new RunParameters(YEAR, bad, temp.resolve("out-bad"), 0));

        assertThat(rejected.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(rejected.getAllFailureExceptions()).anySatisfy(e -> assertThat(e)
                .isInstanceOf(RejectedInputException.class));
        assertThat(temp.resolve("out-bad/2024/rapport-2024.pdf")).doesNotExist();
        runStages(good);
        assertThat(app.getBean(EstimateStore.class).load(YEAR)).containsExactlyElementsOf(firstEstimates);
        assertThat(app.getBean(InputFileStore.class).yearInputs(YEAR)).extracting(InputFileStore.YearInput::path)
                .allSatisfy(path -> assertThat(path).startsWith(good.toString()));
    }

    @Test
    void aYearWithoutDataIsRejectedNamingWhatIsMissingAndWhereItLooked() throws Exception {
        JobExecution none = runner.run("annual", new RunParameters(2019, good, temp.resolve("out-2019"), 0));

        assertThat(none.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(none.getAllFailureExceptions()).singleElement().isInstanceOf(RejectedInputException.class)
                .extracting(Throwable::getMessage).asString()
                .contains("no survey answers for any wave up to 2019", good.resolve("survey").toString(),
                        "no municipal returns for 2019", good.resolve("municipal").resolve("2019").toString());
        assertThat(temp.resolve("out-2019/2019")).doesNotExist();
        runStages(good);
        assertThat(app.getBean(EstimateStore.class).load(YEAR)).containsExactlyElementsOf(firstEstimates);
    }

    @Test
    void hrvstatInputsShowsTheGoodFolderAsCurrentAndTheRejectedFilesAsNotCurrent() throws Exception {
        Path bad = badFolder();
        runner.run("annual", new RunParameters(YEAR, bad, temp.resolve("out-bad"), 0));

        YearInputs.Listing listing = app.getBean(YearInputs.class).listing(YEAR);

        assertThat(listing.dataFolder()).isEqualTo(good.toAbsolutePath().normalize().toString());
        assertThat(listing.job()).isEqualTo("validate");
        assertThat(listing.executionId()).isPositive();
        assertThat(listing.acceptedAt()).isNotNull();
        assertThat(listing.current()).isNotEmpty().allSatisfy(f -> assertThat(f.path()).startsWith(good.toString()));
        assertThat(listing.others()).extracting(YearInputs.File::path).containsExactlyInAnyOrder(
                bad.resolve("survey/2024/design.csv").toString(), bad.resolve("survey/2024/responses.csv").toString());
        String shown = se.hrvstat.testsupport.CliRun.execute("inputs", "--year", "2024", "--db", db.url()).out();
        assertThat(shown).startsWith("2024: " + listing.current().size() + " input files, accepted ")
                .contains("by execution " + listing.executionId() + " (validate, --data " + good.toAbsolutePath().normalize())
                .contains("not current").contains(bad.resolve("survey/2024/design.csv").toString());
    }

    @Test
    void theStepsAfterValidationRefuseAYearWhoseInputNoRunHasAccepted() throws Exception {
        JobExecution weight = runner.run("weight", new RunParameters(2023, good, temp.resolve("out"), 0));

        assertThat(weight.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(weight.getAllFailureExceptions()).singleElement().isInstanceOf(RejectedInputException.class)
                .extracting(Throwable::getMessage).asString().contains("no accepted input for 2023");
    }

    /** The good folder with the 2024 wave replaced by the broken excerpt of sample-data/broken (40 classes, bad codes). */
    private Path badFolder() throws IOException {
        Path bad = temp.resolve("bad");
        if (Files.isDirectory(bad)) {
            return bad;
        }
        copy(good, bad);
        Path wave = bad.resolve("survey/2024");
        for (String file : List.of("design.csv", "responses.csv")) {
            Files.copy(Path.of("sample-data/broken").resolve(file), wave.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        return bad;
    }

    private void runStages(Path data) throws Exception {
        for (String job : List.of("ingest", "validate", "weight", "estimate")) {
            JobExecution e = runner.run(job, new RunParameters(YEAR, data, temp.resolve("out"), 0));
            assertThat(e.getStatus()).as(job + " " + e.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
