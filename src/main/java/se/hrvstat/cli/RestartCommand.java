package se.hrvstat.cli;

import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.hrvstat.batch.PipelineRunner;
import se.hrvstat.batch.RunParameters;

/** {@code hrvstat restart ID}. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Resume a failed, stopped or crashed execution from its last commit.")
public class RestartCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "the execution id (see hrvstat jobs)")
    long executionId;

    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
        Main.stopGracefullyOnSignals();
        try (ConfigurableApplicationContext context = SpringContexts.start(db)) {
            JobExecution execution = context.getBean(PipelineRunner.class).restart(executionId);
            RunParameters parameters = RunParameters.of(execution.getJobParameters());
            return JobReport.print(execution, parameters.out().resolve(Integer.toString(parameters.year())),
                    parameters.year());
        }
    }
}
