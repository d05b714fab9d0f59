package se.hrvstat.table;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * The distinct texts of a column, looked up by the bytes of a cell: a String is made (and the
 * bytes decoded, strictly) only for a text not seen before, not for every cell, so that a text
 * column of 1 000 000 rows is filled with a few hundred Strings. Open addressing over the bytes.
 */
final class TextInterner {
    private final CharsetDecoder decoder;
    private final Charset charset;
    private int[] slots = new int[64];
    private byte[][] keys = new byte[16][];
    private int[] hashes = new int[16];
    private String[] texts = new String[16];
    private int size;

    TextInterner(Charset charset) {
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The text of {@code b[from, to)}; the same String for the same bytes. */
    String intern(byte[] b, int from, int to) throws CharacterCodingException {
        int h = hash(b, from, to);
        int mask = slots.length - 1;
        for (int s = h & mask; ; s = (s + 1) & mask) {
            int e = slots[s] - 1;
            if (e < 0) {
                return add(b, from, to, h);
            }
            if (hashes[e] == h && Arrays.equals(keys[e], 0, keys[e].length, b, from, to)) {
                return texts[e];
            }
        }
    }

    /** The interned String equal to {@code text}. */
    String intern(String text) throws CharacterCodingException {
        byte[] b = text.getBytes(charset);
        return intern(b, 0, b.length);
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 16);
    }

    private String add(byte[] b, int from, int to, int h) throws CharacterCodingException {
        String text = decoder.decode(ByteBuffer.wrap(b, from, to - from)).toString();
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            texts = Arrays.copyOf(texts, size * 2);
        }
        keys[size] = Arrays.copyOfRange(b, from, to);
        hashes[size] = h;
        texts[size] = text;
        size++;
        if (2 * size > slots.length) {
            slots = new int[slots.length * 2];
            for (int e = 0; e < size - 1; e++) {
                insert(e);
            }
        }
        insert(size - 1);
        return text;
    }

    private void insert(int e) {
        int mask = slots.length - 1;
        int s = hashes[e] & mask;
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = e + 1;
    }
}
