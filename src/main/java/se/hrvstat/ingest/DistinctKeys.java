package se.hrvstat.ingest;

import java.util.Arrays;

/**
 * The keys of a file seen so far (resp_id, class_id), for the duplicate check: an exact set of
 * strings kept in one byte arena and one table of longs instead of a {@code HashSet}, so that
 * a million keys are two arrays to the garbage collector rather than three million objects that
 * every young collection of the ingest copies (issue 5 item 7). Keys are compared character by
 * character: two keys are the same only if they are equal strings.
 *
 * <p>Open addressing with linear probing, at most half full. Not thread-safe, like
 * {@link RowValidator}.
 */
final class DistinctKeys {
    /** Longest key: its length and whether it is wide share a 16-bit header. */
    static final int MAX_KEY_CHARS = 0x7FFF;
    private static final int WIDE = 0x8000;
    /**
     * Each key as a 16-bit header (its length, and the flag {@link #WIDE} when a character is
     * outside Latin-1) followed by its characters: one byte each (Latin-1, the usual resp_id and
     * class_id), or two (big-endian UTF-16) for a wide key.
     */
    private byte[] arena = new byte[1 << 12];
    private int used;
    /**
     * Per slot, in one long so that a probe reads one place in memory: the key's hash in the high
     * 32 bits and its position in the arena plus one in the low 32 bits; 0 for an empty slot.
     */
    private long[] slots = new long[1 << 6];
    private int size;

    /** Adds a key; whether it was new. Keys longer than {@link #MAX_KEY_CHARS} characters are refused. */
    boolean add(String key) {
        if (key.length() > MAX_KEY_CHARS) {
            throw new IllegalArgumentException("a key of " + key.length() + " characters");
        }
        int hash = spread(key.hashCode());
        int mask = slots.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                slots[i] = (long) hash << 32 | (store(key) + 1L);
                if (++size * 2 > slots.length) {
                    grow();
                }
                return true;
            }
            if ((int) (slot >>> 32) == hash && equalsAt((int) slot - 1, key)) {
                return false;
            }
        }
    }

    int size() {
        return size;
    }

    private boolean equalsAt(int at, String key) {
        int header = (arena[at] & 0xFF) << 8 | arena[at + 1] & 0xFF;
        int length = header & MAX_KEY_CHARS;
        if (length != key.length()) {
            return false;
        }
        int from = at + 2;
        if ((header & WIDE) == 0) {
            for (int i = 0; i < length; i++) {
                if ((arena[from + i] & 0xFF) != key.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < length; i++) {
            char c = (char) ((arena[from + 2 * i] & 0xFF) << 8 | arena[from + 2 * i + 1] & 0xFF);
            if (c != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int store(String key) {
        int length = key.length();
        boolean wide = false;
        for (int i = 0; i < length && !wide; i++) {
            wide = key.charAt(i) > 0xFF;
        }
        int bytes = 2 + (wide ? 2 * length : length);
        if (used + bytes > arena.length) {
            long wanted = Math.max(2L * arena.length, (long) used + bytes);
            if (wanted > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("too many keys to check for duplicates: " + size);
            }
            arena = Arrays.copyOf(arena, (int) wanted);
        }
        int at = used;
        int header = length | (wide ? WIDE : 0);
        arena[at] = (byte) (header >>> 8);
        arena[at + 1] = (byte) header;
        for (int i = 0; i < length; i++) {
            char c = key.charAt(i);
            if (wide) {
                arena[at + 2 + 2 * i] = (byte) (c >>> 8);
                arena[at + 3 + 2 * i] = (byte) c;
            } else {
                arena[at + 2 + i] = (byte) c;
            }
        }
        used += bytes;
        return at;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long slot : old) {
            if (slot != 0) {
                int i = (int) (slot >>> 32) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = slot;
            }
        }
    }

    /** String hashes of similar keys differ in their low bits only a little: mix (as HashMap does, stronger). */
    private static int spread(int h) {
        h *= 0x9E3779B9; // the golden-ratio multiplier of Fibonacci hashing (Knuth, TAOCP 3, 6.4)
        return h ^ (h >>> 16);
    }
}
