package se.hrvstat.batch;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.hrvstat.batch.ops.Console;
import se.hrvstat.batch.ops.StepProgress;
import se.hrvstat.batch.ops.StopCheck;

/**
 * The console of the pipeline jobs ({@link StepProgress}): a line per step saying what it did,
 * and the progress of long steps: a bar on a terminal, a plain line every
 * {@code hrvstat.progress.interval} (default 10 s) otherwise; with JSON logs log events only.
 * The ingest step's total is the rows still to read, counted when the step starts.
 */
@Configuration
public class ProgressConfiguration {
    @Bean
    Console console(@Value("${hrvstat.log-format:text}") String logFormat) {
        if ("json".equals(logFormat)) {
            return Console.json();
        }
        return System.console() != null ? Console.install() : Console.plain();
    }

    @Bean
    StopCheck stopCheck(JobRepository jobs) {
        return new StopCheck(jobs);
    }

    @Bean
    StepProgress stepProgress(NewInput newInput, Console console,
                              @Value("${hrvstat.progress.interval:10s}") Duration interval) {
        return new StepProgress(step -> total(step, newInput), console, interval);
    }

    private static Long total(StepExecution step, NewInput newInput) {
        return switch (step.getStepName()) {
            case "ingest" -> {
                RunParameters run = RunParameters.of(step.getJobExecution().getJobParameters());
                long lines = 0;
                for (Path p : newInput.notLoaded(run.data(), run.year(), "all")) {
                    if (p.getFileName().toString().endsWith(".csv")) {
                        lines += Math.max(0, lineCount(p) - 1);
                    }
                }
                yield lines;
            }
            default -> null;
        };
    }

    /**
     * Newlines in a file (a CSV row per line: quoted newlines are rare in these exchange files),
     * counted with its checksum, which the step computes anyway.
     */
    static long lineCount(Path file) {
        return Checksums.newlines(file);
    }
}
