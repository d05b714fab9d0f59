package se.hrvstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** Prints what an execution did and turns its outcome into an exit status. */
final class JobReport {
    private JobReport() {
    }

    static int print(JobExecution execution, Path outFolder, int year) {
        String name = execution.getJobInstance().getJobName();
        for (StepExecution step : execution.getStepExecutions()) {
            System.out.printf("  step %-15s %-10s read %8d  written %8d%n", step.getStepName(), step.getStatus(),
                    step.getReadCount(), step.getWriteCount());
        }
        Duration took = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            System.out.printf("%s %d: execution %d COMPLETED in %.1f s%n", name, year, execution.getId(),
                    took.toMillis() / 1000.0);
            for (String file : new String[] {"rapport-" + year + ".pdf", "tabeller-" + year + ".xlsx",
                "estimates-" + year + ".csv"}) {
                Path path = outFolder.resolve(file);
                if (Files.exists(path)) {
                    System.out.println("  " + path.toAbsolutePath().normalize());
                }
            }
            return ExitCodes.SUCCESS;
        }
        Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        int status = failure == null ? ExitCodes.FAILED : ExitCodes.of(failure);
        System.err.printf("hrvstat: %s %d: execution %d %s%s%n", name, year, execution.getId(), execution.getStatus(),
                failure == null ? "" : ": " + ExitCodes.describe(failure) + DebugLog.note(failure, status));
        if (status == ExitCodes.INPUT_REJECTED) {
            return ExitCodes.INPUT_REJECTED;
        }
        System.err.println("  restart it with: hrvstat restart " + execution.getId()
                + " (or run the same command again)");
        return ExitCodes.FAILED;
    }
}
