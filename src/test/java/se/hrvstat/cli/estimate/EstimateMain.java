package se.hrvstat.cli.estimate;

import picocli.CommandLine;

/** Runs {@code hrvstat estimate} alone, without the main CLI: for benchmarks and manual checks. */
public final class EstimateMain {
    private EstimateMain() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EstimateCommand()).execute(args));
    }
}
