package se.hrvstat.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.hrvstat.batch.PipelineRunner;
import se.hrvstat.batch.RunParameters;

/** {@code hrvstat run JOB --year --data --out}: runs or resumes a pipeline job. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a pipeline job: annual (the whole run), or one stage: ingest, validate, weight, "
                + "estimate, publish.",
            "Running the same command again resumes an interrupted execution from its last commit "
                + "(also after kill -9) and otherwise reruns it without duplicating anything."})
public class RunCommand implements Callable<Integer> {
    String job;

    /** Checked while parsing, so that a misspelt job is told before any missing option. */
    @Parameters(index = "0", paramLabel = "JOB", description = "annual, ingest, validate, weight, estimate or publish")
    void job(String name) {
        Usage.requireJob(spec, name);
        job = name;
    }

    @Option(names = "--year", required = true, description = "reference year, e.g. 2024")
    int year;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "input folder with survey/<wave>/ and municipal/<year>/ (docs/formats.md)")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "publications go to DIR/<year>/")
    Path out;

    @Mixin
    DatabaseOptions db;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Usage.requireDataFolder(spec, data);
        Usage.requireOutFolder(spec, job, out);
        Main.stopGracefullyOnSignals();
        try (ConfigurableApplicationContext context = SpringContexts.startLogged(db)) {
            PipelineRunner runner = context.getBean(PipelineRunner.class);
            JobExecution execution = runner.run(job, new RunParameters(year, data, out, 0));
            return JobReport.print(execution, out.resolve(Integer.toString(year)), year);
        }
    }
}
