package se.hrvstat.survey.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Record keys and cell keys of the Cell Key Method (Enderle, Giessing and Tent 2018; R
 * {@code cellKey}): every person counted in a delivered cell gets a record key, a number in
 * [0, 1) fixed once and for all; the cell key of any published aggregate is the fractional part
 * of the sum of the record keys of the persons it counts. The same persons give the same cell
 * key in every table, every output and every republication, so the same cell gets the same
 * perturbation everywhere.
 *
 * <p>The municipal returns deliver counts, not persons, so the m-th person (m = 1 .. value) of a
 * delivered cell is identified by the cell's stable identifier (year, municipality, sector, sex,
 * age group, measure; never a personal identity number) and m. Their record key is the first
 * 53 bits of SHA-256(secret, identifier, m) divided by 2^53: uniform on [0, 1), and not
 * reproducible by anyone without the secret (who could otherwise undo the noise).
 * Thread safe.
 */
public final class CellKeys {
    private static final double TWO_TO_53 = 0x1p53;
    private static final long MASK = (1L << 53) - 1;

    private final byte[] secret;

    /** @param secret kept by the producer, never published; the same secret for every year */
    public CellKeys(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the cell key secret is empty");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The record key of the {@code person}-th person (1-based) of the delivered cell {@code cellId}. */
    public double recordKey(String cellId, long person) {
        return recordBits(cellId, person) / TWO_TO_53;
    }

    /** The record key times 2^53, an integer in [0, 2^53). */
    long recordBits(String cellId, long person) {
        MessageDigest sha = sha256();
        sha.update(secret);
        sha.update((byte) 0);
        sha.update(cellId.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Long.toString(person).getBytes(StandardCharsets.UTF_8));
        byte[] h = sha.digest();
        long bits = 0;
        for (int k = 0; k < 7; k++) {
            bits = (bits << 8) | (h[k] & 0xff);
        }
        return bits >>> 3;
    }

    /**
     * The sum of the record keys of the persons of a delivered cell of {@code count} persons, in
     * units of 2^-53 and modulo 1 (2^53 units): exact integer arithmetic, so the sum over an
     * aggregate does not depend on the order its cells are added in. Add the sums of the cells of
     * an aggregate with {@link #add}.
     */
    public long keySum(String cellId, long count) {
        long sum = 0;
        for (long m = 1; m <= count; m++) {
            sum = add(sum, recordBits(cellId, m));
        }
        return sum;
    }

    /** Two key sums added modulo 1. */
    public static long add(long keySum, long other) {
        return (keySum + other) & MASK;
    }

    /** The cell key of an aggregate: the fractional part of its record keys' sum, in [0, 1). */
    public static double cellKey(long keySum) {
        return (keySum & MASK) / TWO_TO_53;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
