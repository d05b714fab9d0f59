package se.hrvstat.cli;

import picocli.CommandLine.Command;

/** The top-level command: only subcommands do anything. */
@Command(name = "hrvstat", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Statistics pipeline of the national centre against honour-related violence and oppression:",
            "ingest and validate survey waves and municipal returns, weight, estimate and publish.", ""},
        subcommands = {RunCommand.class, ScheduleCommand.class, JobsCommand.class, InputsCommand.class, RestartCommand.class, StopCommand.class, AbandonCommand.class,
            ValidateCommand.class,
            se.hrvstat.cli.estimate.EstimateCommand.class, se.hrvstat.cli.calibrate.CalibrateCommand.class,
            GenerateSampleDataCommand.class},
        footer = {"", "Every command takes --log-format text|json (JSON lines, Elastic Common Schema) and --debug",
            "(stack traces to the log file: logs/hrvstat.log beside the store, or in HRVSTAT_LOG_DIR).",
            "Exit status: 0 success, 1 failed or stopped (restartable), 2 usage error, 3 input rejected.",
            "The contract: docs/cli.md; the input and output files: docs/formats.md.",
            "Store: embedded H2 in ./hrvstat-data/ unless --db or HRVSTAT_DB_URL names another."})
public class HrvstatCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a command (see hrvstat --help)");
    }
}
