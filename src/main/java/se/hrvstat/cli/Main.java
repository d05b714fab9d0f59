package se.hrvstat.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;

/**
 * The {@code hrvstat} command line. Parses first, without Spring, so that {@code --help} and
 * usage errors are fast; commands that need the store start the Spring context themselves.
 * Arguments of the form {@code --spring.x=y} are Spring properties and are passed on to it.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit status (CLI.md: 0, 1, 2 or 3). */
    public static int execute(String... args) {
        List<String> commandArgs = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            (arg.startsWith("--spring.") || arg.startsWith("--logging.") || arg.startsWith("--hrvstat.")
                    ? springArgs : commandArgs).add(arg);
        }
        SpringContexts.setExtraArguments(springArgs);
        CommandLine cli = new CommandLine(new HrvstatCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("hrvstat: " + ExitCodes.describe(e));
            return ExitCodes.of(e);
        });
        return cli.execute(commandArgs.toArray(String[]::new));
    }
}
