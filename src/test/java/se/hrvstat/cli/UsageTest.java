package se.hrvstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class UsageTest {
    private static final List<String> COMMANDS = List.of("run", "schedule", "jobs", "restart", "stop", "abandon", "validate",
            "estimate", "calibrate", "generate-sample-data");

    @Test
    void twoNeighbouringLettersSwappedAreOneEdit() {
        assertThat(Usage.distance("rnu", "run")).isEqualTo(1);
        assertThat(Usage.distance("anual", "annual")).isEqualTo(1);
        // kitten -> sitting: k/s, e/i, +g (the textbook Levenshtein example)
        assertThat(Usage.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void aSlipOfTheKeyboardFindsTheCommandMeant() {
        assertThat(Usage.closest("rnu", COMMANDS)).contains("run");
        assertThat(Usage.closest("valdiate", COMMANDS)).contains("validate");
        assertThat(Usage.closest("Jobs", COMMANDS)).contains("jobs");
    }

    @Test
    void aWordFarFromEveryCommandGetsNoSuggestion() {
        assertThat(Usage.closest("publicera", COMMANDS)).isEmpty();
    }
}
