package se.hrvstat.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.SharedAnnualRun;
import se.hrvstat.testsupport.Store;

/**
 * Issue 18 through the pipeline: area_covariates.csv is landed as an input of the year, the
 * estimate step makes the small-area estimates of the headline indicators and the publish step
 * writes sae-&lt;year&gt;.csv as spec/CLI.md says; a sampled municipality missing from the
 * covariates stops the run naming the file, line and column.
 */
class SmallAreaStepTest {
    static final List<String> HEADLINE = List.of("hedersnormer", "begransningar", "hedersvald", "oro_tvang",
            "oro_bortforande", "sokt_hjalp", "vet_hjalp");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    void theAnnualRunWritesOneRowPerHeadlineIndicatorAndMunicipalityOfTheRegister(Store store) throws Exception {
        // the annual run on the 0.1 sample and a fresh database is the JVM's shared one (AnnualJobTest's first run)
        SharedAnnualRun shared = SharedAnnualRun.of(store);
        Path data = shared.data();
        Path out = shared.out();
        List<String> register = Files.readAllLines(data.resolve("survey/2024/area_covariates.csv"));
        try (ConfigurableApplicationContext app = Pipeline.start(shared.db())) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

            JobExecution run = shared.first();

            assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area_covariate WHERE wave = 2024", Long.class))
                    .isEqualTo(register.size() - 1L);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM year_input y JOIN input_file f ON f.file_id = y.file_id "
                    + "WHERE y.ref_year = 2024 AND f.kind = 'area_covariates'", Long.class)).isEqualTo(3L);
        }
        assertThat(Files.readString(out.resolve("2024/px/sae-2024.px"))).contains("Modellbaserad skattning");
        List<String> lines = Files.readAllLines(out.resolve("2024/sae-2024.csv"));
        assertThat(lines.get(0)).isEqualTo("indicator,wave,kommunkod,n,direct,direct_se,model_y,model_vardir,"
                + "x_share_foreign_background,x_log_students,eblup,mse,estimate,ci_low,ci_high,method");
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
        // At a tenth of the sample, sokt_hjalp (denominator: the exposed students) keeps 2 municipalities with
        // 10 or more respondents once the county differencing check (CountyDifferencing) has withheld those that
        // would give a hidden one away: too few for 3 coefficients, so it has no small-area estimates (logged,
        // SmallAreaEstimation). Every other headline indicator has one row per municipality of the register.
        List<String> written = rows.stream().map(r -> r[0]).distinct().toList();
        assertThat(written).containsExactlyElementsOf(HEADLINE.stream()
                .filter(i -> written.contains(i) || !i.equals("sokt_hjalp")).toList());
        assertThat(written).hasSizeGreaterThanOrEqualTo(HEADLINE.size() - 1);
        assertThat(rows).hasSize(written.size() * (register.size() - 1));
        Set<String> municipalities = register.subList(1, register.size()).stream().map(l -> l.split(",")[0])
                .collect(Collectors.toSet());
        List<String> unsampled = new ArrayList<>();
        for (String[] r : rows) {
            assertThat(r).hasSize(16);
            assertThat(municipalities).contains(r[2]);
            assertThat(r[15]).isIn("fh", "direct");
            double estimate = Double.parseDouble(r[12]);
            assertThat(Double.parseDouble(r[13])).isBetween(0.0, estimate);
            assertThat(Double.parseDouble(r[14])).isBetween(estimate, 1.0);
            assertThat(Double.parseDouble(r[11])).as("mse").isPositive();
            if (r[6].isEmpty()) { // not in the model: no direct estimate anywhere in the row
                assertThat(Arrays.asList(r[4], r[5], r[7])).containsOnly("");
                assertThat(r[15]).isEqualTo("fh");
                unsampled.add(r[2]);
            } else {
                // in the model: at least estimate.min-n-published respondents
                assertThat(Integer.parseInt(r[3])).isGreaterThanOrEqualTo(10);
                assertThat(Math.asin(Math.sqrt(Double.parseDouble(r[4])))).isCloseTo(Double.parseDouble(r[6]),
                        org.assertj.core.data.Offset.offset(1e-12));
            }
        }
        assertThat(unsampled).as("a model-based figure also where no school was sampled").isNotEmpty();
    }

    @Test
    void aSampledMunicipalityMissingFromTheCovariatesStopsTheRunNamingFileLineAndColumn() throws Exception {
        Path data = Pipeline.sampleData(temp.resolve("data"), 0.1);
        Path design = data.resolve("survey/2024/design.csv");
        List<String> designLines = Files.readAllLines(design);
        int kommunkod = Arrays.asList(designLines.get(0).split(",")).indexOf("kommunkod");
        String sampled = designLines.get(1).split(",")[kommunkod];
        Path covariates = data.resolve("survey/2024/area_covariates.csv");
        List<String> kept = Files.readAllLines(covariates).stream().filter(l -> !l.startsWith(sampled + ",")).toList();
        Files.write(covariates, kept);
        try (ConfigurableApplicationContext app = Pipeline.start(Store.H2.freshDatabase(temp))) {
            PipelineRunner runner = app.getBean(PipelineRunner.class);
            RunParameters run = new RunParameters(2024, data, temp.resolve("out"), 0);

            assertThat(runner.run("ingest", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            JobExecution validate = runner.run("validate", run);

            assertThat(validate.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(validate.getAllFailureExceptions()).singleElement().isInstanceOf(InputRejectedException.class)
                    .asString().contains(design + ", line 2, column kommunkod: municipality " + sampled)
                    .contains(covariates.toString());
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM year_input", Long.class))
                    .as("rejected input becomes no year's input").isZero();
        }
    }
}
