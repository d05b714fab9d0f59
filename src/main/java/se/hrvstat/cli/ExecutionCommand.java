package se.hrvstat.cli;

import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * A command on one job execution named by its id ({@code stop}, {@code abandon},
 * {@code restart}): finds the execution in the history without starting anything (or says
 * that there is none and where it looked, exit 2), then opens the store and acts on it.
 */
abstract class ExecutionCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "the execution id (see hrvstat jobs)")
    long executionId;

    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
        // an unknown id is a bad value (exit 2), found without starting the context or creating a store
        java.util.Optional<se.hrvstat.batch.ops.JobHistory> history = History.open(db);
        if (history.isEmpty()) {
            return ExitCodes.USAGE;
        }
        try (se.hrvstat.batch.ops.JobHistory h = history.get()) {
            if (!History.hasExecution(h, executionId)) {
                return ExitCodes.USAGE;
            }
        }
        try (ConfigurableApplicationContext context = runsJobs() ? SpringContexts.startLogged(db) : SpringContexts.start(db)) {
            JobExecution execution = Executions.find(context, executionId);
            return execution == null ? ExitCodes.FAILED : act(context, execution);
        }
    }

    /** A command that runs a job writes the log file ({@link LogFile}). */
    boolean runsJobs() {
        return false;
    }

    /** What the command does with the execution; returns the exit status. */
    abstract int act(ConfigurableApplicationContext context, JobExecution execution) throws Exception;
}
