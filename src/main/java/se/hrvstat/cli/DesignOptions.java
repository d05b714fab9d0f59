package se.hrvstat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.hrvstat.survey.design.LonelyPsuRule;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.design.SurveyDesignBuilder;
import se.hrvstat.table.ColumnTable;
import se.hrvstat.table.InputException;

/**
 * The data file and the design options that {@code hrvstat estimate} and {@code hrvstat calibrate}
 * share (CLI.md: "design options as for estimate"), and the design they describe: R's
 * {@code svydesign(ids = ~PSU + SSU, strata = ~S, weights = ~W, fpc = ~F1 + F2, nest = )} with
 * {@code options(survey.lonely.psu = )}. Cells are checked before the design is built, so an
 * error names file, line and column.
 */
public class DesignOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "Input CSV (UTF-8, comma, header).")
    public Path data;

    @Option(names = "--weights", paramLabel = "COL", description = "Sampling weights (default: from --fpc, else 1).")
    public String weights;

    @Option(names = "--strata", paramLabel = "COL", description = "Strata.")
    public String strata;

    @Option(names = "--cluster", split = ",", paramLabel = "COL", description = "Cluster ids per stage: PSU[,SSU] (R ids = ~A + B).")
    public List<String> cluster = new ArrayList<>();

    @Option(names = "--fpc", split = ",", paramLabel = "COL", description = "Population count or sampling fraction per stage.")
    public List<String> fpc = new ArrayList<>();

    @Option(names = "--nest", description = "PSU ids are unique only within strata (R nest = TRUE).")
    public boolean nest;

    @Option(names = "--lonely-psu", paramLabel = "RULE", defaultValue = "fail",
            description = "fail|remove|adjust|average|certainty (default: ${DEFAULT-VALUE}).")
    public String lonelyPsu;

    /** True if any of strata, clusters, fpc or nest is given. */
    public boolean describesSampling() {
        return strata != null || !cluster.isEmpty() || !fpc.isEmpty() || nest;
    }

    /** @throws ParameterException (exit 2) for an unknown rule */
    public LonelyPsuRule lonelyPsuRule() {
        try {
            return LonelyPsuRule.valueOf(lonelyPsu.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "--lonely-psu must be fail, remove, adjust, average or certainty, got '" + lonelyPsu + "'");
        }
    }

    /** Strata and cluster ids: the columns read as text. */
    public List<String> textColumns() {
        List<String> columns = new ArrayList<>();
        if (strata != null) {
            columns.add(strata);
        }
        columns.addAll(cluster);
        return columns;
    }

    /** Weights and fpc: the columns read as numbers. */
    public List<String> numberColumns() {
        List<String> columns = new ArrayList<>();
        if (weights != null) {
            columns.add(weights);
        }
        columns.addAll(fpc);
        return columns;
    }

    /** The design of these options over the table's columns (read with {@link #textColumns} and {@link #numberColumns}). */
    public SurveyDesign design(ColumnTable table, LonelyPsuRule lonely) throws InputException {
        SurveyDesignBuilder b = SurveyDesign.builder(samplingWeights(table));
        if (strata != null) {
            b.strata(required(table, strata, "strata"));
        }
        if (!cluster.isEmpty()) {
            String[][] ids = new String[cluster.size()][];
            for (int s = 0; s < ids.length; s++) {
                ids[s] = required(table, cluster.get(s), "id");
            }
            b.clusters(ids);
        }
        if (!fpc.isEmpty()) {
            b.fpc(populationSizes(table));
        }
        try {
            return b.nest(nest).lonelyPsu(lonely).build();
        } catch (IllegalArgumentException e) {
            throw new InputException("design rejected: " + e.getMessage(), e);
        }
    }

    /** --weights; without it and without --fpc, weight 1 (R svydesign without weights or fpc); else none (from fpc). */
    private double[] samplingWeights(ColumnTable table) throws InputException {
        if (weights != null) {
            return checkedWeights(table, weights);
        }
        if (fpc.isEmpty()) {
            double[] w = new double[table.rows()];
            Arrays.fill(w, 1);
            return w;
        }
        return null;
    }

    private double[][] populationSizes(ColumnTable table) throws InputException {
        double[][] f = new double[fpc.size()][];
        for (int s = 0; s < f.length; s++) {
            f[s] = table.numbers(fpc.get(s));
            for (int i = 0; i < f[s].length; i++) {
                if (Double.isNaN(f[s][i])) {
                    throw new InputException(table.where(i, fpc.get(s)) + ": missing fpc (R: missing values in `fpc')");
                }
            }
        }
        return f;
    }

    /** A weight column whose every cell is a finite number >= 0. */
    public static double[] checkedWeights(ColumnTable table, String column) throws InputException {
        double[] w = table.numbers(column);
        for (int i = 0; i < w.length; i++) {
            if (Double.isNaN(w[i])) {
                throw new InputException(table.where(i, column) + ": missing weight (R: missing values in `weights')");
            }
            if (w[i] < 0 || Double.isInfinite(w[i])) {
                throw new InputException(table.where(i, column) + ": weight " + w[i] + " is not a finite non-negative number");
            }
        }
        return w;
    }

    private static String[] required(ColumnTable table, String column, String what) throws InputException {
        String[] t = table.texts(column);
        for (int i = 0; i < t.length; i++) {
            if (t[i] == null) {
                throw new InputException(table.where(i, column) + ": missing value (R: missing values in `" + what + "')");
            }
        }
        return t;
    }
}
