package se.hrvstat.indicator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One indicator of the catalogue: a yes/no expression over survey items with Kleene
 * three-valued logic, an optional population filter, a version and a fingerprint.
 *
 * <p><b>Versioning rule.</b> {@link #fingerprint()} is the SHA-256 of the canonical text of the
 * definition and the population, with references to other indicators expanded. A changed
 * definition (or a changed definition of an indicator it refers to) changes the fingerprint.
 * Changing a definition requires a new {@link #version()}, and a new version starts a new trend
 * series ({@link #seriesKey()}): estimates of different versions are never joined in a trend.
 * {@link VersionRule} checks a catalogue against the fingerprints recorded in earlier runs.
 *
 * <p>Immutable and thread-safe; {@link #evaluate} may be called concurrently.
 */
public final class Indicator {

    private final String name;
    private final int version;
    private final String label;
    private final String definitionText;
    private final String populationText;
    private final List<String> breakdowns;
    private final Expr definition;
    private final Expr population;
    private final Set<String> variables;
    private final String fingerprint;

    Indicator(String name, int version, String label, String definitionText, String populationText,
            List<String> breakdowns, Expr definition, Expr population) {
        this.name = name;
        this.version = version;
        this.label = label;
        this.definitionText = definitionText;
        this.populationText = populationText;
        this.breakdowns = List.copyOf(breakdowns);
        this.definition = definition;
        this.population = population;
        Set<String> vars = new TreeSet<>();
        definition.collectVariables(vars);
        if (population != null) {
            population.collectVariables(vars);
        }
        this.variables = Collections.unmodifiableSet(vars);
        this.fingerprint = sha256("definition=" + definition.canonical()
                + "\npopulation=" + (population == null ? "" : population.canonical()));
    }

    public String name() {
        return name;
    }

    public int version() {
        return version;
    }

    /** The Swedish label, e.g. "Lever med hedersnormer". */
    public String label() {
        return label;
    }

    /** The definition as written in the catalogue (whitespace collapsed). */
    public String definition() {
        return definitionText;
    }

    /** The population filter as written, or the empty string when all respondents count. */
    public String population() {
        return populationText;
    }

    /** Domains to publish, e.g. {@code sex}, {@code sex x grade}; all respondents are always published. */
    public List<String> breakdowns() {
        return breakdowns;
    }

    /** The survey variables (items, background) that definition and population read, sorted. */
    public Set<String> variables() {
        return variables;
    }

    /**
     * True when the population filter reads an answer (an item q01-q16): the denominator then
     * counts a group chosen by what its members answered, e.g. the respondents exposed to
     * violence, and its n is itself a sensitive count (issue 14).
     */
    public boolean countsAnswerGroup() {
        if (population == null) {
            return false;
        }
        Set<String> vars = new java.util.TreeSet<>();
        population.collectVariables(vars);
        return vars.stream().anyMatch(v -> v.matches("q\\d\\d"));
    }

    /** The canonical definition with references expanded: fully parenthesised, single-spaced. */
    public String canonicalDefinition() {
        return definition.canonical();
    }

    /** SHA-256 (hex) of the canonical definition and population; see the versioning rule. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Identifies a trend series: {@code name@version}. */
    public String seriesKey() {
        return name + "@" + version;
    }

    /**
     * Evaluates the indicator for {@code rowCount} respondents in one pass.
     *
     * @param columns codes per variable (at least {@link #variables()}), each of length
     *                &ge; rowCount; an empty cell is {@link Codes#MISSING}
     * @return per respondent 1.0 (true), 0.0 (false) or NaN (unknown, or outside the
     *         population filter: left out of the denominator)
     * @throws IllegalArgumentException when a needed column is absent or too short
     */
    public double[] evaluate(Map<String, int[]> columns, int rowCount) {
        for (String v : variables) {
            int[] col = columns.get(v);
            if (col == null) {
                throw new IllegalArgumentException("indicator '" + name + "' needs column '" + v
                        + "', which is not in the data");
            }
            if (col.length < rowCount) {
                throw new IllegalArgumentException("indicator '" + name + "': column '" + v + "' has "
                        + col.length + " rows, expected " + rowCount);
            }
        }
        Expr.RowTruth def = definition.bind(columns);
        Expr.RowTruth pop = population == null ? null : population.bind(columns);
        double[] out = new double[rowCount];
        for (int row = 0; row < rowCount; row++) {
            out[row] = pop != null && pop.at(row) != Truth.TRUE ? Double.NaN : Truth.toDouble(def.at(row));
        }
        return out;
    }

    @Override
    public String toString() {
        return seriesKey() + " = " + definitionText
                + (populationText.isEmpty() ? "" : " among " + populationText);
    }

    private static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
