package se.hrvstat.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;

/**
 * The {@code hrvstat} command line. Parses first, without Spring, so that {@code --help} and
 * usage errors are fast; commands that need the store start the Spring context themselves.
 * Arguments of the form {@code --spring.x=y} are Spring properties and are passed on to it, and
 * {@code --log-format text|json}, accepted anywhere on the line, chooses the log format.
 */
public final class Main {
    private Main() {
    }

    private static boolean ownProcess;

    public static void main(String[] args) {
        ownProcess = true;
        System.exit(execute(args));
    }

    /**
     * For commands that run jobs: SIGTERM and Ctrl-C stop the job gracefully from now on. Only
     * when hrvstat is the process (not inside a test JVM that calls {@link #execute}).
     */
    static void stopGracefullyOnSignals() {
        if (ownProcess) {
            se.hrvstat.batch.ops.GracefulStop.install();
        }
    }

    /** Runs a command line and returns its exit status (docs/cli.md: 0, 1, 2 or 3). */
    public static int execute(String... args) {
        List<String> commandArgs = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        boolean debug = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--debug")) {
                debug = true;
                continue;
            }
            if (arg.equals("--log-format") || arg.startsWith("--log-format=")) {
                String format = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : "";
                if (!LogFormat.apply(format, springArgs)) {
                    System.err.println("hrvstat: --log-format must be text or json, not '" + format + "'");
                    return ExitCodes.USAGE;
                }
                continue;
            }
            (arg.startsWith("--spring.") || arg.startsWith("--logging.") || arg.startsWith("--hrvstat.")
                    ? springArgs : commandArgs).add(arg);
        }
        DebugLog.configure(DebugLog.requested(debug));
        LogFile.use(null);
        SpringContexts.setExtraArguments(springArgs);
        CommandLine cli = new CommandLine(new HrvstatCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            int status = ExitCodes.of(e);
            commandLine.getErr().println("hrvstat: " + ExitCodes.describe(e) + DebugLog.note(e, status));
            return status;
        });
        cli.setParameterExceptionHandler(Main::usageError);
        return cli.execute(commandArgs.toArray(String[]::new));
    }

    /** A misspelt command, with "did you mean" (picocli has no suggestion where a command takes no arguments). */
    private static java.util.Optional<String> unknownCommand(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && unmatched.getSuggestions().isEmpty()
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")
                && !e.getCommandLine().getSubcommands().isEmpty()) {
            String typed = unmatched.getUnmatched().get(0);
            return java.util.Optional.of("unknown command '" + typed + "'" + Usage.closest(typed,
                    e.getCommandLine().getSubcommands().keySet()).map(s -> ", did you mean '" + s + "'?").orElse(""));
        }
        return java.util.Optional.empty();
    }

    /**
     * A misspelt option that picocli reports only as a required option missing (it checks those
     * first): the unknown option, with the nearest option of the command.
     */
    private static java.util.Optional<String> unknownOption(CommandLine.ParameterException e, String[] args) {
        if (!(e instanceof CommandLine.MissingParameterException)) {
            return java.util.Optional.empty();
        }
        CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (name.startsWith("--") && spec.findOption(name) == null) {
                List<String> names = spec.options().stream().map(CommandLine.Model.OptionSpec::longestName).toList();
                return java.util.Optional.of("unknown option '" + name + "'" + Usage.closest(name, names)
                        .map(o -> "; did you mean '" + o + "'?").orElse(""));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A usage error (exit status 2): one line saying what is wrong, picocli's suggestions for an
     * unknown command or option ("did you mean"), and where the command's help is.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        java.io.PrintWriter err = commandLine.getErr();
        err.println("hrvstat: " + unknownCommand(e).or(() -> unknownOption(e, args)).orElse(e.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("See '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCodes.USAGE;
    }
}
