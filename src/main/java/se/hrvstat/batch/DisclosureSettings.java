package se.hrvstat.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import se.hrvstat.result.DisclosureFacts;
import se.hrvstat.survey.disclosure.CellKeyMethod;
import se.hrvstat.survey.disclosure.CellKeys;
import se.hrvstat.survey.disclosure.DisclosureRules;
import se.hrvstat.survey.disclosure.PerturbationTable;

/**
 * The settings of {@code jobs/disclosure.properties}: the threshold rules, and which method
 * protects the municipal counts — {@code disclosure.method=suppression} (the default) or
 * {@code cellkey} with its maximum deviation, variance and secret. A setting that cannot be
 * read is an {@link Invalid} naming the file, the key and what is allowed, in one line.
 *
 * @param cellKey the Cell Key Method's keys and table; empty under suppression
 */
public record DisclosureSettings(DisclosureRules rules, Optional<CellKey> cellKey) {
    public static final String SUPPRESSION = "suppression";
    public static final String CELLKEY = "cellkey";

    /**
     * The Cell Key Method as configured; {@code secretSource} names where the secret came from (never
     * the secret); {@code settings} the maximum deviation, variance and a hash of the secret, equal
     * for equal settings.
     */
    public record CellKey(CellKeys keys, CellKeyMethod method, String secretSource, String settings) {
    }

    /** The method and its numbers as the publications state them (the method chapter, the profiles). */
    public DisclosureFacts facts() {
        return cellKey.map(ck -> DisclosureFacts.cellKey(rules.minCount(), rules.minPersonsForShare(),
                        ck.method().table().maxDeviation()))
                .orElseGet(() -> DisclosureFacts.suppression(rules.minCount(), rules.minPersonsForShare()));
    }

    /** A setting of {@code disclosure.properties} that is not allowed: a usage error, the run does not start. */
    public static final class Invalid extends InvalidSetting {
        Invalid(String message) {
            super(message);
        }
    }

    /** Reads {@code disclosure.properties} of the jobs folder; defaults where a key is absent. */
    public static DisclosureSettings read(PipelineSettings settings) {
        Properties p = new Properties();
        try (Reader in = settings.open("disclosure.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(p, settings.jobsDir());
    }

    static DisclosureSettings of(Properties p, Path jobsDir) {
        String file = jobsDir.resolve("disclosure.properties").toString();
        DisclosureRules rules;
        try {
            rules = new DisclosureRules(Integer.parseInt(get(p, "disclosure.min-count", "5")),
                    Integer.parseInt(get(p, "disclosure.min-persons-share", "10")),
                    Double.parseDouble(get(p, "disclosure.protection-percent", "0")),
                    zerosPublished(get(p, "disclosure.zeros-published", "true")));
        } catch (IllegalArgumentException e) {
            throw new Invalid(file + ": " + e.getMessage());
        }
        String method = get(p, "disclosure.method", SUPPRESSION);
        if (method.equals(SUPPRESSION)) {
            return new DisclosureSettings(rules, Optional.empty());
        }
        if (!method.equals(CELLKEY)) {
            throw new Invalid(file + ": disclosure.method must be " + SUPPRESSION + " or " + CELLKEY + ", not '"
                    + method + "'");
        }
        return new DisclosureSettings(rules, Optional.of(cellKey(p, jobsDir, file)));
    }

    private static CellKey cellKey(Properties p, Path jobsDir, String file) {
        PerturbationTable table;
        try {
            table = PerturbationTable.maximumEntropy(Integer.parseInt(get(p, "disclosure.cellkey.max-deviation", "3")),
                    Double.parseDouble(get(p, "disclosure.cellkey.variance", "2")));
        } catch (IllegalArgumentException e) {
            throw new Invalid(file + ": disclosure.cellkey.max-deviation and variance: " + e.getMessage());
        }
        String secretFile = get(p, "disclosure.cellkey.secret-file", "");
        String secret;
        String source;
        if (!secretFile.isEmpty()) {
            Path f = jobsDir.resolve(secretFile);
            try {
                secret = Files.readString(f, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new Invalid(file + ": disclosure.cellkey.secret-file " + f.toAbsolutePath() + " cannot be read ("
                        + e.getClass().getSimpleName() + ")");
            }
            source = "disclosure.cellkey.secret-file " + f.toAbsolutePath();
        } else {
            secret = get(p, "disclosure.cellkey.secret", "");
            source = "disclosure.cellkey.secret";
        }
        if (secret.isEmpty()) {
            throw new Invalid(file + ": disclosure.method=cellkey needs disclosure.cellkey.secret-file or "
                    + "disclosure.cellkey.secret (the producer's secret for the record keys)");
        }
        return new CellKey(new CellKeys(secret), new CellKeyMethod(table), source,
                "D=" + table.maxDeviation() + ",V=" + table.variance() + ",secret#" + secret.hashCode());
    }

    private static String get(Properties p, String key, String fallback) {
        return p.getProperty(key, fallback).strip();
    }

    private static boolean zerosPublished(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("disclosure.zeros-published must be true or false, not " + value);
        }
        return Boolean.parseBoolean(value);
    }
}
