package se.hrvstat.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.hrvstat.HrvstatApplication;
import se.hrvstat.result.EstimateRow;
import se.hrvstat.result.MethodFacts;
import se.hrvstat.store.EstimateStore;
import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.SharedAnnualRun;
import se.hrvstat.testsupport.Store;

/**
 * The estimate step partitioned by indicator, on generated data in H2 with a copy of the
 * statisticians' jobs folder that the tests edit: the same rows for 1 and 4 threads, a failed
 * partition restarted alone, the versioning rule and the breakdowns of the catalogue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EstimateStepTest {
    private static final int YEAR = 2024;

    private Path temp;
    private Path jobs;
    private Path data;
    private ConfigurableApplicationContext app;
    private PipelineRunner runner;
    private EstimateStore estimates;
    private JdbcTemplate jdbc;
    private String catalogue;
    private String properties;

    @BeforeAll
    void startOnACopyOfTheSharedRunsStore(@TempDir Path dir) throws Exception {
        temp = dir;
        jobs = Pipeline.jobsCopy(temp);
        catalogue = Files.readString(jobs.resolve("indicators.ini"));
        properties = Files.readString(jobs.resolve("annual.properties"));
        // a copy of the store of the mvn run's shared annual run of the 0.1 sample: its waves are
        // ingested, validated and weighted (issue 16, suite speed: before, this class ran those
        // three stages itself)
        SharedAnnualRun shared = SharedAnnualRun.of(Store.H2);
        data = shared.data();
        Store.Database db = shared.databaseCopy(temp.resolve("db"));
        app = new SpringApplicationBuilder(HrvstatApplication.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .run(Stream.concat(Stream.of(db.springArguments()), Stream.of("--hrvstat.jobs-dir=" + jobs,
                        "--hrvstat.templates-dir=report-templates", "--logging.level.se.hrvstat=WARN"))
                        .toArray(String[]::new));
        runner = app.getBean(PipelineRunner.class);
        estimates = app.getBean(EstimateStore.class);
        jdbc = app.getBean(JdbcTemplate.class);
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void fourThreadsGiveTheSameRowsInTheSameOrderAsOne() throws Exception {
        setThreads(1);
        assertThat(run("estimate").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<EstimateRow> serial = estimates.load(YEAR);
        Map<String, String> serialFingerprints = estimates.fingerprints(YEAR);
        setThreads(4);

        JobExecution parallel = run("estimate");

        assertThat(parallel.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(parallel.getStepExecutions()).filteredOn(s -> s.getStepName().startsWith("estimateIndicator:"))
                .hasSize(23);
        assertThat(estimates.load(YEAR)).isNotEmpty().containsExactlyElementsOf(serial);
        assertThat(estimates.fingerprints(YEAR)).isEqualTo(serialFingerprints);
    }

    @Test
    @Order(2)
    void everyIndicatorHasAllBreakdownsChangesAndTrendsAndSmallDomainsAreSuppressed() {
        List<EstimateRow> rows = estimates.load(YEAR);
        List<String> domains2024 = rows.stream().filter(r -> r.indicator().equals("hedersnormer") && r.wave() == YEAR)
                .map(EstimateRow::domain).toList();
        assertThat(domains2024).startsWith("", "sex=1", "sex=2").contains("grade=9", "grade=11", "born=1", "born=3",
                "disability=1", "lgbtq=2", "lanskod=01", "sex=1;grade=9", "sex=2;grade=11");
        assertThat(domains2024.indexOf("grade=9")).isLessThan(domains2024.indexOf("grade=11"));
        assertThat(rows).filteredOn(r -> r.indicator().equals("hedersnormer:trend"))
                .isNotEmpty().allMatch(r -> r.wave() == YEAR);
        assertThat(rows).filteredOn(r -> r.indicator().equals("hedersnormer:change")).extracting(EstimateRow::wave)
                .containsOnly(2022, 2024);
        // under 10 respondents is suppressed; a suppressed row may also be a complementary
        // suppression against differencing (DomainDifferencing), and the n of a sensitive group is
        // hidden only beside a suppressed estimate
        assertThat(rows).filteredOn(r -> !r.indicator().contains(":")).allSatisfy(r -> {
            boolean suppressed = "suppressed".equals(r.flag());
            if (r.n() == null || r.n() < 10) {
                assertThat(suppressed).as(r.toString()).isTrue();
            }
            if (suppressed) {
                assertThat(r.estimate()).as(r.toString()).isNull();
                assertThat(r.ciLow()).as(r.toString()).isNull();
            }
        });
        assertThat(rows).filteredOn(r -> "suppressed".equals(r.flag())).as("the small data set has small domains")
                .isNotEmpty();
    }

    @Test
    @Order(3)
    void aFailedPartitionIsRerunAloneAndTheResultIsTheSame() throws Exception {
        List<EstimateRow> complete = estimates.load(YEAR);
        // 'age' is a background variable of the catalogue that the estimate step does not load:
        // that one partition fails, the others complete
        Files.writeString(jobs.resolve("indicators.ini"), catalogue.replace(
                "[q16]\nversion    = 1\n", "[q16]\nversion    = 1\nbreakdowns = age\n"));

        JobExecution failed = run("estimate");

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getStepExecutions()).filteredOn(s -> s.getStatus() == BatchStatus.FAILED)
                .extracting(s -> s.getStepName()).contains("estimateIndicator:q16");
        Files.writeString(jobs.resolve("indicators.ini"), catalogue);

        JobExecution resumed = run("estimate");

        assertThat(resumed.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getStepExecutions()).filteredOn(s -> s.getStepName().startsWith("estimateIndicator:"))
                .extracting(s -> s.getStepName()).containsExactly("estimateIndicator:q16");
        assertThat(estimates.load(YEAR)).containsExactlyElementsOf(complete);
    }

    @Test
    @Order(4)
    void theObsoleteBreakdownsKeyStopsTheRunWithAClearMessage() throws Exception {
        Files.writeString(jobs.resolve("annual.properties"), properties + "\nestimate.breakdowns=sex\n");

        JobExecution failed = run("estimate");

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getAllFailureExceptions()).singleElement().asString()
                .contains("estimate.breakdowns is no longer read", "indicators.ini", "[defaults] breakdowns");
        Files.writeString(jobs.resolve("annual.properties"), properties);
        assertThat(run("estimate").getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    @Order(5)
    void aChangedDefinitionStopsTheRunUnlessItGetsANewVersionWhichStartsANewSeries() throws Exception {
        String old = "[hedersnormer]\nversion    = 1\nlabel      = Lever med hedersnormer\n"
                + "definition = q03 and (q01 or q02 or q10)\n";
        assertThat(catalogue).contains(old);
        Files.writeString(jobs.resolve("indicators.ini"), catalogue.replace(old, old.replace("q02 or q10", "q02")));

        JobExecution stopped = run("estimate");

        assertThat(stopped.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(stopped.getAllFailureExceptions()).singleElement().asString()
                .contains("indicators.ini", "indicator 'hedersnormer' version 1 has changed",
                        "give it version 2 to start a new trend series",
                        // hedersvald refers to hedersnormer: its definition changed with it
                        "indicator 'hedersvald' version 1 has changed");
        Files.writeString(jobs.resolve("indicators.ini"), catalogue.replace(old, old.replace("q02 or q10", "q02")
                .replace("version    = 1", "version    = 2")).replace(
                "[hedersvald]\nversion    = 1", "[hedersvald]\nversion    = 2"));

        JobExecution newSeries = run("estimate");

        assertThat(newSeries.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<EstimateRow> rows = estimates.load(YEAR);
        assertThat(rows).filteredOn(r -> r.indicator().startsWith("hedersnormer")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.wave()).isEqualTo(YEAR))
                // one wave in the new series: levels and the differences between groups, no change or trend
                .allSatisfy(r -> assertThat(r.indicator()).isIn("hedersnormer", "hedersnormer:diff"));
        assertThat(rows).filteredOn(r -> r.indicator().equals("begransningar:trend")).isNotEmpty();
        assertThat(estimates.fingerprints(YEAR).get("hedersnormer")).startsWith("2/")
                .isNotEqualTo(estimates.fingerprints(YEAR).get("begransningar"));
        assertThat(jdbc.queryForObject("SELECT first_wave FROM indicator_version WHERE indicator = 'hedersnormer' "
                + "AND version = 2", Integer.class)).isEqualTo(YEAR);
        assertThat(app.getBean(MethodFactsSource.class).facts(YEAR).newSeries())
                .contains(new MethodFacts.NewSeries("hedersnormer", 2, 2024));
        Files.writeString(jobs.resolve("indicators.ini"), catalogue);
    }

    @Test
    @Order(6)
    void anAnswerWithoutAStoredWeightStopsTheStepWithAClearMessage() throws Exception {
        // the estimate step reads the answers with their weights; one answer of wave 2022 whose
        // weight is gone (a weight step of other data, or a store edited by hand) must not be left out silently,
        // and the stored estimates stay as they were until the weights are mended
        Map<String, Object> weight = jdbc.queryForMap("SELECT * FROM survey_weight WHERE ref_year = ? AND wave = 2022 "
                + "ORDER BY resp_id LIMIT 1", YEAR);
        String storedEstimates = "SELECT * FROM survey_estimate WHERE ref_year = ? ORDER BY indicator, wave, domain_label";
        List<Map<String, Object>> estimates = jdbc.queryForList(storedEstimates, YEAR);
        jdbc.update("DELETE FROM survey_weight WHERE ref_year = ? AND wave = 2022 AND resp_id = ?", YEAR,
                weight.get("resp_id"));

        try {
            JobExecution failed = run("estimate");

            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(failed.getAllFailureExceptions()).anySatisfy(e -> assertThat(e).asString().contains(
                    "wave 2022: the stored weights do not match the answers (1 answer has no weight); run the weight step again"));
            assertThat(jdbc.queryForList(storedEstimates, YEAR)).as("the failed step leaves the stored estimates as they were")
                    .isEqualTo(estimates);
        } finally {
            jdbc.update("INSERT INTO survey_weight (ref_year, wave, resp_id, design_weight, input_weight, final_weight) "
                    + "VALUES (?,?,?,?,?,?)", YEAR, 2022, weight.get("resp_id"), weight.get("design_weight"),
                    weight.get("input_weight"), weight.get("final_weight"));
        }
        assertThat(run("estimate").getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    @Order(7)
    void aWaveWithoutWeightsStopsTheStepBeforeItEstimatesAnything() throws Exception {
        // estimate run before weight (or after the weights of a wave were removed) must not publish the
        // other waves as if the wave did not exist
        jdbc.update("DELETE FROM survey_weight WHERE ref_year = ? AND wave = 2022", YEAR);

        JobExecution failed = run("estimate");

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getAllFailureExceptions()).anySatisfy(e -> assertThat(e).asString().contains(
                "wave 2022 of the 2024 inputs has answers but no weights; run the weight step first"));
        assertThat(run("weight").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run("estimate").getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    private JobExecution run(String job) throws Exception {
        return runner.run(job, new RunParameters(YEAR, data, temp.resolve("out"), 0));
    }

    private void setThreads(int threads) throws IOException {
        Files.writeString(jobs.resolve("annual.properties"),
                properties.replace("estimate.threads=2", "estimate.threads=" + threads));
    }
}
