package se.hrvstat.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks of this package (or those the arguments select, with JMH's own command
 * line, e.g. {@code -f 1 -wi 2 -i 3 Raking}) and then prints every score as a ratio to the
 * {@code baseline*} benchmark of the same class measured in the same run.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder builder = new OptionsBuilder();
        if (cli.getIncludes().isEmpty()) {
            builder.include(BenchmarkMain.class.getPackageName() + "\\..*Benchmark");
        }
        Options options = builder.parent(cli).build();
        Collection<RunResult> results = new Runner(options).run();
        List<RunResult> sorted = new ArrayList<>(results);
        sorted.sort((a, b) -> a.getParams().getBenchmark().compareTo(b.getParams().getBenchmark()));
        System.out.println();
        System.out.println("Ratios to the baseline of the same class and parameters, same run:");
        for (RunResult r : sorted) {
            String name = r.getParams().getBenchmark();
            String cls = name.substring(0, name.lastIndexOf('.'));
            RunResult base = sorted.stream()
                    .filter(b -> b.getParams().getBenchmark().startsWith(cls + ".baseline")
                            && sameParams(b, r))
                    .findFirst().orElse(null);
            double score = r.getPrimaryResult().getScore();
            String ratio = base == null ? "" : String.format(Locale.ROOT, "%10.1f x baseline",
                    score / base.getPrimaryResult().getScore());
            System.out.printf(Locale.ROOT, "  %-60s %s %12.3f %s ± %.3f  %s%n",
                    name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1), r.getParams().getParam("rows"),
                    score, r.getPrimaryResult().getScoreUnit(), r.getPrimaryResult().getScoreError(), ratio);
        }
    }

    private static boolean sameParams(RunResult a, RunResult b) {
        for (String k : a.getParams().getParamsKeys()) {
            if (!String.valueOf(a.getParams().getParam(k)).equals(String.valueOf(b.getParams().getParam(k)))) {
                return false;
            }
        }
        return true;
    }
}
