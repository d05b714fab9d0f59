package se.hrvstat.cli;

import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code hrvstat abandon ID}: gives up a stopped or failed execution for good (no restart). */
@Command(name = "abandon", mixinStandardHelpOptions = true,
        description = "Mark a stopped or failed execution ABANDONED: it will not be resumed; the next run starts anew.")
public class AbandonCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "the execution id (see hrvstat jobs)")
    long executionId;

    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = SpringContexts.start(db)) {
            JobExecution execution = Executions.find(context, executionId);
            if (execution == null) {
                return ExitCodes.FAILED;
            }
            JobExecution abandoned = context.getBean(JobOperator.class).abandon(execution);
            System.out.println("execution " + executionId + ": " + abandoned.getStatus());
            return ExitCodes.SUCCESS;
        }
    }
}
