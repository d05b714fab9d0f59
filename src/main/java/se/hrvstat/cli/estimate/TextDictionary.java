package se.hrvstat.cli.estimate;

import java.util.Arrays;

/**
 * The distinct values of a text column, numbered 0, 1, ... in order of first appearance, looked
 * up from a slice of the tokenizer's buffer: a String is made only for a value not seen before,
 * not for every cell (a 1 000 000-row file with 4 id and domain columns would otherwise make
 * 4 000 000 short-lived Strings). Open addressing on the usual String hash of the characters.
 */
final class TextDictionary {
    private String[] values = new String[16];
    private int size;
    /** Code + 1 per slot; 0 = empty. */
    private int[] slots = new int[32];

    /** The code of {@code chars[0, length)}, adding it if new. */
    int code(char[] chars, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[i];
        }
        int mask = slots.length - 1;
        int slot = mix(h) & mask;
        while (slots[slot] != 0) {
            String v = values[slots[slot] - 1];
            if (equal(v, chars, length)) {
                return slots[slot] - 1;
            }
            slot = (slot + 1) & mask;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = new String(chars, 0, length);
        slots[slot] = ++size;
        if (2 * size > slots.length) {
            rehash();
        }
        return size - 1;
    }

    private static boolean equal(String v, char[] chars, int length) {
        if (v.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (v.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }

    private void rehash() {
        int[] next = new int[slots.length * 2];
        int mask = next.length - 1;
        for (int code = 0; code < size; code++) {
            int slot = mix(values[code].hashCode()) & mask;
            while (next[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            next[slot] = code + 1;
        }
        slots = next;
    }

    /** The values by code. */
    String[] values() {
        return Arrays.copyOf(values, size);
    }
}
