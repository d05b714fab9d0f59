package se.hrvstat.cli;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;

/** {@code hrvstat abandon ID}: gives up a stopped or failed execution for good (no restart). */
@Command(name = "abandon", mixinStandardHelpOptions = true,
        description = "Mark a stopped or failed execution ABANDONED: it will not be resumed; the next run starts anew.")
public class AbandonCommand extends ExecutionCommand {
    @Override
    int act(ConfigurableApplicationContext context, JobExecution execution) throws Exception {
        JobExecution abandoned = context.getBean(JobOperator.class).abandon(execution);
        System.out.println("execution " + executionId + ": " + abandoned.getStatus());
        return ExitCodes.SUCCESS;
    }
}
