package se.hrvstat.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.SharedAnnualRun;
import se.hrvstat.testsupport.Sql;
import se.hrvstat.testsupport.Store;

/** The annual job end to end on generated data, on H2 and on PostgreSQL. */
class AnnualJobTest {
    /** The headline indicators of jobs/annual.properties, small-area.indicators. */
    static final List<String> HEADLINE = List.of("hedersnormer", "begransningar", "hedersvald", "oro_tvang",
            "oro_bortforande", "sokt_hjalp", "vet_hjalp");
    @TempDir
    Path temp;

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    void theAnnualRunPublishesAndARerunDuplicatesNothing(Store store) throws Exception {
        // the first run is the JVM's shared annual run on a fresh database (the small-area case below reads it too)
        SharedAnnualRun shared = SharedAnnualRun.of(store);
        Path data = shared.data();
        Path out = shared.out();
        try (ConfigurableApplicationContext app = Pipeline.start(shared.db())) {
            PipelineRunner runner = app.getBean(PipelineRunner.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

            JobExecution first = shared.first();

            assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            long answers = Pipeline.dataLines(data.resolve("survey"), "responses.csv");
            long outcomes = count(jdbc, "rejected_row") + accepted(jdbc);
            long accepted = count(jdbc, "survey_response");
            long rejectedAnswers = jdbc.queryForObject("SELECT COUNT(DISTINCT r.file_id * 100000000 + r.line_no) FROM "
                    + "rejected_row r JOIN input_file f ON f.file_id = r.file_id WHERE f.kind = 'responses'", Long.class);
            assertThat(accepted + rejectedAnswers).as("every answer is accepted or rejected, none lost").isEqualTo(answers);
            assertThat(accepted).isPositive();
            assertThat(count(jdbc, "survey_weight")).isEqualTo(accepted);
            assertThat(out.resolve("2024/rapport-2024.pdf")).isNotEmptyFile();
            assertThat(out.resolve("2024/tabeller-2024.xlsx")).isNotEmptyFile();
            assertThat(Files.readAllLines(out.resolve("2024/estimates-2024.csv")).get(0))
                    .isEqualTo("indicator,wave,domain,estimate,se,ci_low,ci_high,deff,n,flag,p");
            long estimates = count(jdbc, "survey_estimate");
            byte[] csv = Files.readAllBytes(out.resolve("2024/estimates-2024.csv"));

            JobExecution second = runner.run("annual", new RunParameters(2024, data, out, 0));

            assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(second.getId()).isNotEqualTo(first.getId());
            assertThat(count(jdbc, "rejected_row") + accepted(jdbc)).as("the same files add nothing").isEqualTo(outcomes);
            assertThat(count(jdbc, "survey_response")).isEqualTo(accepted);
            assertThat(count(jdbc, "survey_estimate")).isEqualTo(estimates);
            assertThat(Files.readAllBytes(out.resolve("2024/estimates-2024.csv"))).as("same inputs, same output")
                    .isEqualTo(csv);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    void aFailedRunIsRestartedByItsIdOnceTheInputIsMended(Store store) throws Exception {
        Path data = Pipeline.sampleData(temp.resolve("data"), 0.1);
        Path responses = data.resolve("survey/2022/responses.csv");
        byte[] good = Files.readAllBytes(responses);
        Files.writeString(responses, "resp_id,wave,klass\n");
        Path out = temp.resolve("out");
        try (ConfigurableApplicationContext app = Pipeline.start(store.freshDatabase(temp))) {
            PipelineRunner runner = app.getBean(PipelineRunner.class);

            JobExecution failed = runner.run("annual", new RunParameters(2024, data, out, 0));

            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(failed.getAllFailureExceptions()).singleElement().asString()
                    .contains("responses.csv, line 1, column 3").contains("wrong header");
            Files.write(responses, good);

            JobExecution restarted = runner.restart(failed.getId());

            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
            assertThat(out.resolve("2024/estimates-2024.csv")).isNotEmptyFile();
        }
    }

    /** Issue 18 through the pipeline (SmallAreaStepTest): the small-area estimates of the annual run. */
    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    void theAnnualRunWritesOneRowPerHeadlineIndicatorAndMunicipalityOfTheRegister(Store store) throws Exception {
        // the annual run on the 0.1 sample and a fresh database is the JVM's shared one (the first run above)
        SharedAnnualRun shared = SharedAnnualRun.of(store);
        Path data = shared.data();
        Path out = shared.out();
        List<String> register = Files.readAllLines(data.resolve("survey/2024/area_covariates.csv"));

        JobExecution run = shared.first();

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // two counts over plain JDBC (Sql): no application context needed to read them
        assertThat(Sql.number(shared.db(), "SELECT COUNT(*) FROM area_covariate WHERE wave = 2024"))
                .isEqualTo(register.size() - 1L);
        assertThat(Sql.number(shared.db(), "SELECT COUNT(*) FROM year_input y JOIN input_file f ON f.file_id = y.file_id "
                + "WHERE y.ref_year = 2024 AND f.kind = 'area_covariates'")).isEqualTo(3L);
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

    /** Accepted rows of every kind of input. */
    private static long accepted(JdbcTemplate jdbc) {
        long rows = 0;
        for (String table : new String[] {"survey_class", "survey_response", "register_count", "municipal_case",
            "municipal_effort", "municipal_population"}) {
            rows += count(jdbc, table);
        }
        return rows;
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
