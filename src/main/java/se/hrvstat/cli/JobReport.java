package se.hrvstat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Ends the console of a job (whose steps printed their own lines as they ended): its outcome,
 * and after a success every publication it made with what it is, then the log file; turns the
 * outcome into an exit status.
 */
final class JobReport {
    private JobReport() {
    }

    /** A publication of a year: its file or folder under {@code OUT/<year>/}, a label and what it is. */
    private record Output(String name, String label, String what, List<String> jobs) {
    }

    private static List<Output> outputs(int year) {
        List<String> publishing = List.of("annual", "publish");
        return List.of(
                new Output("rapport-" + year + ".pdf", "report", "the annual report (PDF, Swedish)", publishing),
                new Output("tabeller-" + year + ".xlsx", "workbook", "every table (Excel)", publishing),
                new Output("estimates-" + year + ".csv", "estimates", "every estimate, machine-readable (CSV)", publishing),
                new Output("valideringsrapport-" + year + ".xlsx", "validation",
                        "rows read, accepted and rejected per file and rule (Excel)", List.of("annual", "validate")),
                new Output("px", "PX files", "one PX file per table family, for PxWeb", publishing),
                new Output("faktablad", "fact sheets", "one PDF per municipality that returned its mapping", publishing),
                new Output("webb", "web edition", "the static site (HTML; open index.html)", publishing));
    }

    static int print(JobExecution execution, Path outFolder, int year) {
        String name = execution.getJobInstance().getJobName();
        Duration took = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            System.out.printf("%s %d: execution %d COMPLETED in %.1f s%n", name, year, execution.getId(),
                    took.toMillis() / 1000.0);
            for (Output o : outputs(year)) {
                Path path = outFolder.resolve(o.name()).toAbsolutePath().normalize();
                if (o.jobs().contains(name) && Files.exists(path)) {
                    System.out.printf("  %-12s %s%s  %s%n", o.label(), path, Files.isDirectory(path)
                            ? "/ (" + files(path) + " files)" : "", o.what());
                }
            }
            printLog(System.out);
            return ExitCodes.SUCCESS;
        }
        Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        int status = failure == null ? ExitCodes.FAILED : ExitCodes.of(failure);
        System.err.printf("hrvstat: %s %d: execution %d %s%s%n", name, year, execution.getId(), execution.getStatus(),
                failure == null ? "" : ": " + ExitCodes.describe(failure) + DebugLog.note(failure, status));
        if (status == ExitCodes.INPUT_REJECTED) {
            printLog(System.err);
            return ExitCodes.INPUT_REJECTED;
        }
        System.err.println("  restart it with: hrvstat restart " + execution.getId()
                + " (or run the same command again)");
        printLog(System.err);
        return ExitCodes.FAILED;
    }

    private static void printLog(java.io.PrintStream stream) {
        Path log = LogFile.current();
        if (log != null) {
            stream.printf("  %-12s %s%n", "log", log);
        }
    }

    /** The files in {@code folder} and its subfolders. */
    private static long files(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            return 0;
        }
    }
}
