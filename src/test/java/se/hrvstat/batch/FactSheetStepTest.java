package se.hrvstat.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;

import se.hrvstat.batch.ops.Console;
import se.hrvstat.batch.ops.StepProgress;
import se.hrvstat.publish.FactSheetWriter;
import se.hrvstat.result.MunicipalProfile;
import se.hrvstat.result.StatTable;

class FactSheetStepTest {

    @TempDir
    Path temp;

    static List<MunicipalProfile> sheets(int count) {
        List<MunicipalProfile> sheets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = String.format("%02d%02d", 1 + i / 20, i % 20);
            MunicipalProfile.Rate rate = new MunicipalProfile.Rate(StatTable.Cell.of(i), StatTable.Cell.suppressed(),
                    StatTable.Cell.suppressed(), StatTable.Cell.suppressed());
            MunicipalProfile.Share share = new MunicipalProfile.Share(1, 2, 50.0);
            sheets.add(new MunicipalProfile(2024, code, "Kommun " + code, "Län " + code.substring(0, 2), 2023, 0.95,
                    new MunicipalProfile.Persons(rate, rate, rate, MunicipalProfile.Rate.missing()), List.of(),
                    new MunicipalProfile.Coverage(share, share), List.of()));
        }
        return sheets;
    }

    @Test
    void partitions_cover_every_municipality_once_in_at_most_grid_size_slices() {
        List<String> codes = sheets(11).stream().map(MunicipalProfile::code).toList();
        Map<String, ExecutionContext> parts = new FactSheetPartitioner(codes).partition(3);
        assertThat(parts).hasSize(3);
        List<String> all = new ArrayList<>();
        parts.values().forEach(c -> all.addAll(List.of(c.getString(FactSheetPartitioner.CODES).split(","))));
        assertThat(all).containsExactlyElementsOf(codes);
        assertThat(new FactSheetPartitioner(List.of()).partition(4)).isEmpty();
    }

    @Test
    void the_partitioned_step_writes_one_pdf_per_municipality() throws Exception {
        List<MunicipalProfile> sheets = sheets(7);
        JobRepository repo = new ResourcelessJobRepository();
        FactSheetStepConfiguration config = new FactSheetStepConfiguration();
        FactSheetWriter writer = new FactSheetWriter(Path.of("report-templates")).precompile();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        StepProgress progress = new StepProgress(s -> null,
                Console.plain(new PrintStream(console, true, StandardCharsets.UTF_8)), Duration.ofSeconds(10));
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        Step worker = config.factSheetWorkerStep(repo, new ResourcelessTransactionManager(),
                new FactSheetProfiles(year -> {
                    made.incrementAndGet();
                    return sheets;
                }), writer, progress, new se.hrvstat.batch.ops.StopCheck(repo));
        Step step = config.factSheetStep(repo, worker,
                new FactSheetPartitioner(sheets.stream().map(MunicipalProfile::code).toList()), progress);
        JobParameters params = new RunParameters(2024, temp, temp.resolve("out"), 0).toJobParameters();
        JobInstance instance = repo.createJobInstance("publish", params);
        JobExecution job = repo.createJobExecution(instance, params, new ExecutionContext());
        StepExecution execution = repo.createStepExecution("faktablad", job);

        step.execute(execution);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(made).as("the profiles made once for all partitions of the execution").hasValue(1);
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("  fact sheets  7 fact sheets written  (");
        try (Stream<Path> files = Files.list(temp.resolve("out/2024/faktablad"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("0100-kommun-0100.pdf", "0101-kommun-0101.pdf", "0102-kommun-0102.pdf",
                            "0103-kommun-0103.pdf", "0104-kommun-0104.pdf", "0105-kommun-0105.pdf",
                            "0106-kommun-0106.pdf");
        }
    }

    @Test
    void a_stop_requested_midway_ends_the_step_stopped_between_two_sheets() throws Exception {
        List<MunicipalProfile> sheets = sheets(7);
        JobRepository repo = new ResourcelessJobRepository();
        FactSheetStepConfiguration config = new FactSheetStepConfiguration();
        FactSheetWriter writer = new FactSheetWriter(Path.of("report-templates")).precompile();
        StepProgress progress = new StepProgress(s -> null, Console.plain(new PrintStream(new ByteArrayOutputStream(),
                true, StandardCharsets.UTF_8)), Duration.ofSeconds(10));
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        se.hrvstat.batch.ops.StopCheck stopAfterThree = new se.hrvstat.batch.ops.StopCheck(repo) {
            @Override
            public boolean stopHere(org.springframework.batch.core.step.StepContribution contribution) {
                if (asked.incrementAndGet() <= 3) {
                    return false;
                }
                contribution.getStepExecution().setTerminateOnly();
                return true;
            }
        };
        Step worker = config.factSheetWorkerStep(repo, new ResourcelessTransactionManager(),
                new FactSheetProfiles(year -> sheets), writer, progress, stopAfterThree);
        Step step = config.factSheetStep(repo, worker,
                new FactSheetPartitioner(sheets.stream().map(MunicipalProfile::code).toList()), progress);
        JobParameters params = new RunParameters(2024, temp, temp.resolve("out"), 0).toJobParameters();
        JobExecution job = repo.createJobExecution(repo.createJobInstance("publish", params), params, new ExecutionContext());
        StepExecution execution = repo.createStepExecution("faktablad", job);

        step.execute(execution);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.STOPPED);
        try (Stream<Path> files = Files.list(temp.resolve("out/2024/faktablad"))) {
            assertThat(files.count()).as("the sheets written before the stop").isEqualTo(3);
        }
    }
}
