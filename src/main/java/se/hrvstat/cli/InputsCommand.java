package se.hrvstat.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.hrvstat.batch.YearInputs;

/**
 * {@code hrvstat inputs --year Y}: what is current for a reference year: the files a run of the
 * year accepted (its inputs, which the steps after validation read), when and by which
 * execution, from which folder; then the other files loaded for the years up to it.
 */
@Command(name = "inputs", mixinStandardHelpOptions = true,
        description = {"Show a reference year's inputs: the files of the --data folder of the last run of the year "
                + "that passed validation (path, kind, wave or year, rows, rejected rows, SHA-256), when and by which "
                + "execution they were accepted; then the files loaded for the years up to it that are not current.",
            "To make an earlier folder current again, run it again: hrvstat run annual --year Y --data DIR --out DIR "
                + "(docs/operations.md, \"Which input files a run uses\")."})
public class InputsCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    @Option(names = "--year", required = true, description = "reference year, e.g. 2024")
    int year;

    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContexts.start(db)) {
            print(context.getBean(YearInputs.class).listing(year));
            return ExitCodes.SUCCESS;
        }
    }

    static void print(YearInputs.Listing l) {
        if (l.current().isEmpty()) {
            System.out.printf("%d: no inputs yet: no run of %d has passed validation (hrvstat run annual --year %d "
                    + "--data DIR --out DIR)%n", l.year(), l.year(), l.year());
        } else {
            System.out.printf("%d: %d input files, accepted %s by execution %s%s%n", l.year(), l.current().size(),
                    l.acceptedAt() == null ? "(time not recorded)" : WHEN.format(l.acceptedAt().atZone(ZoneId.systemDefault())),
                    l.executionId() == null ? "(not recorded)" : l.executionId(),
                    l.job() == null ? "" : " (" + l.job() + ", --data " + l.dataFolder() + ")");
            table(l.current());
        }
        if (!l.others().isEmpty()) {
            System.out.printf("%nLoaded for the years up to %d but not current (their rows stay in the store; a run of "
                    + "their folder makes them current again):%n", l.year());
            table(l.others());
        }
    }

    private static void table(List<YearInputs.File> files) {
        System.out.printf("  %-10s %6s %8s %8s  %-12s  %s%n", "KIND", "PERIOD", "ROWS", "REJECTED", "SHA-256", "PATH");
        for (YearInputs.File f : files) {
            System.out.printf("  %-10s %6d %8s %8s  %-12s  %s%n", f.kind(), f.period(), orDash(f.rows()),
                    orDash(f.rejected()), f.checksum().substring(0, Math.min(12, f.checksum().length())), f.path());
        }
    }

    private static String orDash(Integer n) {
        return n == null ? "-" : n.toString();
    }
}
