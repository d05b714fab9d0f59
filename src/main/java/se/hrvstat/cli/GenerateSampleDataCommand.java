package se.hrvstat.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.hrvstat.sampledata.SampleDataGenerator;

/** {@code hrvstat generate-sample-data}: the seeded generator of sample-data/. */
@Command(name = "generate-sample-data", mixinStandardHelpOptions = true,
        description = "Generate survey waves and municipal returns from a model with known truth (seeded, reproducible).")
public class GenerateSampleDataCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into")
    Path out;

    @Option(names = "--seed", defaultValue = "20261125", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--scale", defaultValue = "1.0",
            description = "1.0 = the committed sample; 10 = ten times the respondents (default: ${DEFAULT-VALUE})")
    double scale;

    @Override
    public Integer call() throws Exception {
        SampleDataGenerator.generate(out, seed, scale);
        System.out.println("sample data written to " + out.toAbsolutePath().normalize());
        return ExitCodes.SUCCESS;
    }
}
