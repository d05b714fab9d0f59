package se.hrvstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The duplicate check's key set answers exactly as a {@code HashSet<String>} would: seeded random
 * keys with many repeats, keys with equal hash codes, keys of different lengths sharing a prefix,
 * the empty key and keys outside Latin-1, through many doublings of the table and the arena.
 */
class DistinctKeysTest {

    @Test
    void answersAsAHashSetOnRandomKeysWithRepeats() {
        SplittableRandom random = new SplittableRandom(20261129L);
        DistinctKeys keys = new DistinctKeys();
        Set<String> reference = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            String key = randomKey(random);
            assertThat(keys.add(key)).as("add(%s) after %d keys", key, i).isEqualTo(reference.add(key));
        }
        assertThat(keys.size()).isEqualTo(reference.size());
        assertThat(reference.size()).as("the draw repeats keys, so both answers occur").isBetween(50_000, 190_000);
    }

    @Test
    void keysWithEqualHashCodesAreStillDifferentKeys() {
        // "Aa" and "BB" have the same String.hashCode (2112), and so do all their concatenations
        DistinctKeys keys = new DistinctKeys();
        String[] parts = {"Aa", "BB"};
        int added = 0;
        for (int mask = 0; mask < 1 << 10; mask++) {
            StringBuilder key = new StringBuilder();
            for (int bit = 0; bit < 10; bit++) {
                key.append(parts[mask >> bit & 1]);
            }
            assertThat(key.toString().hashCode()).isEqualTo("AaAaAaAaAaAaAaAaAaAa".hashCode());
            assertThat(keys.add(key.toString())).isTrue();
            added++;
        }
        assertThat(keys.size()).isEqualTo(added);
        assertThat(keys.add("BBBBBBBBBBBBBBBBBBBB")).isFalse();
    }

    @Test
    void prefixesTheEmptyKeyAndNonLatinKeysAreDistinct() {
        DistinctKeys keys = new DistinctKeys();
        assertThat(keys.add("")).isTrue();
        assertThat(keys.add("R2024-1")).isTrue();
        assertThat(keys.add("R2024-10")).isTrue();
        assertThat(keys.add("R2024-1")).isFalse();
        assertThat(keys.add("Åsa-ŝ-😀")).isTrue(); // wide: characters beyond Latin-1
        assertThat(keys.add("Åsa-ŝ-😀")).isFalse();
        assertThat(keys.add("Åsa")).isTrue(); // Latin-1, one byte per character
        assertThat(keys.add("Åsa")).isFalse();
        assertThat(keys.add("Ŝsa")).as("same length, wide first char").isTrue();
        assertThat(keys.add("")).isFalse();
        assertThat(keys.size()).isEqualTo(6);
    }

    @Test
    void aKeyLongerThanItsLengthFieldIsRefused() {
        DistinctKeys keys = new DistinctKeys();
        assertThat(keys.add("x".repeat(DistinctKeys.MAX_KEY_CHARS))).isTrue();
        assertThat(keys.add("x".repeat(DistinctKeys.MAX_KEY_CHARS))).isFalse();
        assertThatThrownBy(() -> keys.add("x".repeat(DistinctKeys.MAX_KEY_CHARS + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Keys of 1 to 7 characters from a small alphabet (with one letter in Latin-1 beyond ASCII and one beyond Latin-1), so that many repeat. */
    private static String randomKey(SplittableRandom random) {
        int length = random.nextInt(7);
        StringBuilder key = new StringBuilder("R");
        for (int i = 0; i < length; i++) {
            key.append("0123456789-Åŝ".charAt(random.nextInt(13)));
        }
        return key.toString();
    }
}
