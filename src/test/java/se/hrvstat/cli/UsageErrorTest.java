package se.hrvstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15, item 3: a usage error exits 2 with one line that says what is wrong (and a "did you
 * mean" where there is a near name), decided before Spring, Flyway or a job execution starts.
 * Each case runs {@code hrvstat} as its own process in an empty working folder with the
 * default store: that no {@code hrvstat-data/} appears there shows that the store was never
 * opened, so no execution can have been recorded.
 */
class UsageErrorTest {
    @TempDir
    Path temp;

    record Case(String name, List<String> args, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> usageErrors() {
        return Stream.of(
            new Case("a misspelt command", List.of("rnu", "annual"), "unknown command 'rnu', did you mean 'run'?"),
            new Case("a misspelt job", List.of("run", "anual", "--year", "2024", "--data", ".", "--out", "out"),
                    "unknown job 'anual'; did you mean 'annual'?"),
            new Case("a misspelt job and nothing else", List.of("run", "anual", "--year", "2024"),
                    "unknown job 'anual'; did you mean 'annual'?"),
            new Case("a misspelt option", List.of("validate", "--yaer", "2024", "--data", "."),
                    "unknown option '--yaer'; did you mean '--year'?"),
            new Case("a --data folder that does not exist",
                    List.of("run", "annual", "--year", "2024", "--data", "no-such-folder", "--out", "out"),
                    "no-such-folder: there is no such folder"),
            new Case("an --out that is a file", List.of("run", "annual", "--year", "2024", "--data", ".", "--out", "a-file"),
                    "is not writable"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void aUsageErrorExits2WithOneClearLineBeforeTheStoreIsOpened(Case usage) throws Exception {
        Files.writeString(temp.resolve("a-file"), "not a folder");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "se.hrvstat.cli.Main"));
        command.addAll(usage.args());
        Path log = temp.resolve("console.txt");
        Process process = new ProcessBuilder(command).directory(temp.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String console = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(console).isEqualTo(2);
        assertThat(console).contains(usage.message()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(temp.resolve("hrvstat-data")).as("the store was never opened").doesNotExist();
    }
}
