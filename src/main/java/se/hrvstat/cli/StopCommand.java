package se.hrvstat.cli;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import se.hrvstat.batch.PipelineRunner;

/**
 * {@code hrvstat stop ID}: asks a running execution to stop. The run, in whatever process,
 * sees the request in the job repository at its next commit, commits that chunk and ends
 * STOPPED; {@code hrvstat restart ID} resumes it.
 */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Ask a running execution to stop after its current chunk; it ends STOPPED and can be restarted.")
public class StopCommand extends ExecutionCommand {
    @Override
    int act(ConfigurableApplicationContext context, JobExecution execution) throws Exception {
        if (!execution.isRunning()) {
            System.err.println("hrvstat: execution " + executionId + " is " + execution.getStatus() + ", not running");
            return ExitCodes.FAILED;
        }
        context.getBean(PipelineRunner.class).markStopping(execution);
        System.out.println("execution " + executionId + ": stop requested; it stops after its current chunk");
        return ExitCodes.SUCCESS;
    }
}
