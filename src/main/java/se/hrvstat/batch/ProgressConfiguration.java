package se.hrvstat.batch;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.hrvstat.batch.ops.StepProgress;

/**
 * The progress reporting of the long chunk step (ingest: reading, validating and landing rows): a bar on a terminal,
 * log lines every {@code hrvstat.progress.interval} (default 10 s) otherwise or with JSON logs.
 * The totals are the rows still to read, counted when the step starts.
 */
@Configuration
public class ProgressConfiguration {
    @Bean
    StepProgress stepProgress(NewInput newInput,
                              @Value("${hrvstat.log-format:text}") String logFormat,
                              @Value("${hrvstat.progress.interval:10s}") Duration interval) {
        boolean terminal = System.console() != null && !"json".equals(logFormat);
        return new StepProgress(step -> total(step, newInput), terminal, interval, System.err);
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
