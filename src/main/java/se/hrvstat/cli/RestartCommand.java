package se.hrvstat.cli;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

import se.hrvstat.batch.PipelineRunner;
import se.hrvstat.batch.RunParameters;

/** {@code hrvstat restart ID}: resumes the execution from its last commit and reports it as {@code run} does. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Resume a failed, stopped or crashed execution from its last commit.")
public class RestartCommand extends ExecutionCommand {
    @Override
    public Integer call() throws Exception {
        Main.stopGracefullyOnSignals();
        return super.call();
    }

    @Override
    boolean runsJobs() {
        return true;
    }

    @Override
    int act(ConfigurableApplicationContext context, JobExecution execution) throws Exception {
        JobExecution resumed = context.getBean(PipelineRunner.class).restart(execution.getId());
        RunParameters parameters = RunParameters.of(resumed.getJobParameters());
        return JobReport.print(resumed, parameters.out().resolve(Integer.toString(parameters.year())), parameters.year());
    }
}
