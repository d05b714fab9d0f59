package se.hrvstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.hrvstat.testsupport.CliRun;
import se.hrvstat.testsupport.SharedAnnualRun;
import se.hrvstat.testsupport.Store;

/**
 * What a person sees of a normal annual run (issue 15, item 6): a few English lines, the steps
 * with what each did, then every publication with what it is, and the log file; no warning. The
 * diagnostics (files read, non-response collapses) are in the log file instead.
 */
class RunConsoleTest {
    @Test
    void aNormalAnnualRunPrintsAtMostFortyLinesNamingEveryPublicationAndNoWarning() throws Exception {
        // the run is the mvn run's shared annual run on H2 (issue 16, suite speed): the command line
        // "run annual --year 2024 --data DATA --out OUT --db H2-URL --hrvstat.jobs-dir=jobs
        // --hrvstat.templates-dir=report-templates" on the 0.1 sample and a fresh database, in a test JVM
        SharedAnnualRun shared = SharedAnnualRun.of(Store.H2);
        Path out = shared.commandOut();

        CliRun.Outcome run = shared.console();

        String console = run.out() + run.err();
        List<String> lines = console.lines().toList();
        assertThat(run.status()).as(console).isZero();
        assertThat(lines).as(console).hasSizeLessThanOrEqualTo(40);
        assertThat(console).doesNotContain("WARN").doesNotContain("ERROR").doesNotContain("read 0")
                .doesNotContain("non-response").doesNotContain("FileRowReader");
        for (String step : List.of("ingest", "validate", "tolerance", "weight", "estimate", "publish", "fact sheets")) {
            assertThat(lines).as(console).anySatisfy(l -> assertThat(l).startsWith("  " + step + " "));
        }
        Path year = out.resolve("2024").toAbsolutePath().normalize();
        for (String publication : List.of("rapport-2024.pdf", "tabeller-2024.xlsx", "estimates-2024.csv",
                "valideringsrapport-2024.xlsx", "px/", "faktablad/", "webb/")) {
            assertThat(console).contains(year.resolve(publication).toString());
        }
        Path log = shared.commandDatabaseFolder().resolve("logs/hrvstat.log");
        assertThat(console).contains("log          " + log);
        assertThat(Files.readString(log)).contains("FileRowReader").contains("respondents weighted, Kish design effect");
    }
}
