package se.hrvstat.batch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ConsoleTest {
    private static final String ERASE = "\r\033[K";

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Console console = Console.onTerminal(new PrintStream(screen, true, StandardCharsets.UTF_8));
    private final PrintStream logs = console.wrap(new PrintStream(screen, true, StandardCharsets.UTF_8));

    private String shown() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLogLineErasesTheBarAndTheBarIsDrawnAgainBelowIt() {
        console.bar("ingest [##..] 20 %");

        logs.println("WARN something to say");

        assertThat(shown()).isEqualTo(ERASE + "ingest [##..] 20 %" + ERASE + "WARN something to say\n"
                + ERASE + "ingest [##..] 20 %");
    }

    @Test
    void theBarWaitsWhileALineIsHalfWritten() {
        logs.print("half a line");
        console.bar("weight 1 of 3 waves");
        logs.println(", and its end");

        assertThat(shown()).isEqualTo("half a line, and its end\n" + ERASE + "weight 1 of 3 waves");
    }

    @Test
    void aClearedBarLeavesAnEmptyLineForWhatFollows() {
        console.bar("estimate 7 of 23 indicators");
        console.clearBar();
        logs.println("estimate done");

        assertThat(shown()).isEqualTo(ERASE + "estimate 7 of 23 indicators" + ERASE + "estimate done\n");
    }

    @Test
    void withoutATerminalThereIsNoBar() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console plain = Console.plain(new PrintStream(out, true, StandardCharsets.UTF_8));

        plain.bar("ingest [##..]");
        plain.line("  ingest  10 rows read");

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("  ingest  10 rows read" + System.lineSeparator());
    }
}
