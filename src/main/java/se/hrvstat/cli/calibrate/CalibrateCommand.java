package se.hrvstat.cli.calibrate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.hrvstat.cli.DesignOptions;
import se.hrvstat.survey.design.LonelyPsuRule;
import se.hrvstat.survey.weight.Bounds;
import se.hrvstat.survey.weight.Calibration;
import se.hrvstat.survey.weight.CalibrationException;
import se.hrvstat.survey.weight.CalibrationFunction;
import se.hrvstat.survey.weight.CalibrationModel;
import se.hrvstat.survey.weight.CalibrationResult;
import se.hrvstat.survey.weight.Margin;
import se.hrvstat.survey.weight.PostStratification;
import se.hrvstat.survey.weight.WeightTrimming;
import se.hrvstat.table.ColumnTable;
import se.hrvstat.table.CsvFile;
import se.hrvstat.table.CsvFormat;
import se.hrvstat.table.InputException;
import se.hrvstat.table.TextCells;
import se.hrvstat.table.TextCodes;

/**
 * {@code hrvstat calibrate}: calibrates the weights of any CSV file to population margins with
 * the meaning of R's survey package (CLI.md, section {@code calibrate}):
 * {@code calibrate(design, formula, population, calfun = ..., bounds = , epsilon = , maxit = )}
 * with the formula the sum of the margins, or {@code postStratify}; {@code --trim} as
 * {@code trimWeights}. Writes the input with one more column, {@code calibrated_weight}, rows in
 * their order. Exit 0 on success; 1 when the calibration fails (the message names the margin and
 * the misfit) or the input cannot be used, writing nothing; 2 for bad usage.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Calibrates weights of any CSV to population margins, as R's survey package:"
                + " calibrate(calfun = linear|raking|logit) or postStratify, optionally trimWeights.",
                "Writes the input with one more column, calibrated_weight."})
public class CalibrateCommand implements Callable<Integer> {
    static final String OUTPUT_COLUMN = "calibrated_weight";

    @Spec
    CommandSpec spec;

    @Mixin
    DesignOptions designOptions = new DesignOptions();

    @Option(names = "--population", required = true, paramLabel = "FILE.csv",
            description = "Margins: columns margin, one per variable, count (docs/formats.md 1.3).")
    Path population;

    @Option(names = "--method", required = true, paramLabel = "METHOD", description = "raking|linear|logit|poststratify.")
    String method;

    @Option(names = "--bounds", paramLabel = "LOW,HIGH", description = "Bounds on the g-weights (R calibrate(bounds =)).")
    String bounds;

    @Option(names = "--trim", paramLabel = "LOW,HIGH", description = "Trim the calibrated weights to [LOW, HIGH] (R trimWeights).")
    String trim;

    @Option(names = "--epsilon", defaultValue = "1e-7", description = "Convergence tolerance (default: ${DEFAULT-VALUE}).")
    double epsilon;

    @Option(names = "--maxit", defaultValue = "50", description = "Most iterations (default: ${DEFAULT-VALUE}).")
    int maxit;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "Output CSV.")
    Path out;

    public CalibrateCommand() {
    }

    @Override
    public Integer call() {
        Usage usage = usage();
        try {
            CsvFile file = CsvFile.open(designOptions.data, CsvFormat.RFC4180);
            checkColumns(file);
            List<Margin> margins = PopulationFile.read(population);
            if (usage.method().equals("poststratify") && margins.size() != 1) {
                throw usage("--method poststratify takes one margin (a variable or an interaction), the population file has "
                        + margins.size());
            }
            List<String> variables = variables(file, margins);
            List<String> textColumns = new ArrayList<>(variables);
            textColumns.addAll(designOptions.textColumns());
            ColumnTable table = file.read(textColumns, designOptions.numberColumns(), TextCells.TRIMMED);
            double[] w = designOptions.design(table, usage.lonely()).weights();
            write(table, trimmed(calibrate(table, w, variables, margins, usage), usage));
            return 0;
        } catch (CalibrationException | InputException | IllegalArgumentException | IllegalStateException e) {
            spec.commandLine().getErr().println("hrvstat calibrate: " + e.getMessage());
            return 1;
        }
    }

    /** The options, checked: a ParameterException (exit 2) for bad usage. */
    private record Usage(String method, Bounds g, double[] trim, LonelyPsuRule lonely) {
    }

    private Usage usage() {
        String m = method.toLowerCase(Locale.ROOT);
        if (!List.of("raking", "linear", "logit", "poststratify").contains(m)) {
            throw usage("--method must be raking, linear, logit or poststratify, got '" + method + "'");
        }
        Bounds g = parseBounds(m);
        double[] trimBounds = trim == null ? null : pair("--trim", trim);
        if (trimBounds != null && !(trimBounds[0] <= trimBounds[1])) {
            throw usage("--trim needs LOW <= HIGH, got " + trim);
        }
        if (!(epsilon > 0) || maxit < 1) {
            throw usage("--epsilon must be > 0 and --maxit >= 1");
        }
        return new Usage(m, g, trimBounds, designOptions.lonelyPsuRule());
    }

    /** The margins' variables, each a column of the data. */
    private List<String> variables(CsvFile file, List<Margin> margins) throws InputException {
        List<String> variables = new ArrayList<>();
        for (Margin margin : margins) {
            for (String v : margin.variables()) {
                if (!file.has(v)) {
                    throw new InputException(population + ": margin '" + margin.name() + "' uses column '" + v
                            + "', which " + designOptions.data + " does not have");
                }
                variables.add(v);
            }
        }
        return variables;
    }

    /** R postStratify on the margin's cells (as texts), or calibrate on the variables' codes. */
    private CalibrationResult calibrate(ColumnTable table, double[] w, List<String> variables, List<Margin> margins,
                                        Usage usage) throws CalibrationException {
        if (usage.method().equals("poststratify")) {
            Map<String, String[]> sample = new HashMap<>();
            for (String v : variables) {
                sample.put(v, table.texts(v));
            }
            return PostStratification.of(w, sample, margins.get(0));
        }
        Map<String, CalibrationModel.CodedVariable> sample = new HashMap<>();
        for (String v : variables) {
            TextCodes coded = table.codes(v);
            sample.put(v, new CalibrationModel.CodedVariable(coded.codes(), coded.values()));
        }
        return Calibration.calibrate(w, CalibrationModel.ofCoded(sample, margins),
                CalibrationFunction.valueOf(usage.method().toUpperCase(Locale.ROOT)), usage.g(), epsilon, maxit);
    }

    /** R trimWeights of the calibrated weights, with --trim. */
    private static double[] trimmed(CalibrationResult result, Usage usage) {
        double[] calibrated = result.weights();
        return usage.trim() == null ? calibrated : WeightTrimming.trim(calibrated, usage.trim()[0], usage.trim()[1], false);
    }

    private void checkColumns(CsvFile file) {
        List<String> named = new ArrayList<>();
        if (designOptions.weights != null) {
            named.add(designOptions.weights);
        }
        if (designOptions.strata != null) {
            named.add(designOptions.strata);
        }
        named.addAll(designOptions.cluster);
        named.addAll(designOptions.fpc);
        for (String c : named) {
            if (!file.has(c)) {
                throw usage(designOptions.data + ": no column '" + c + "' (columns: " + String.join(", ", file.header()) + ")");
            }
        }
        if (file.has(OUTPUT_COLUMN)) {
            throw usage(designOptions.data + " already has a column '" + OUTPUT_COLUMN + "'");
        }
    }

    /**
     * Each input record as it stands (its quoting kept, RFC 4180) with the weight appended, LF
     * line ends; written to a temporary file beside {@code --out} and moved into place, so that
     * a failure leaves no partial output.
     */
    private void write(ColumnTable table, double[] calibrated) throws InputException {
        Path target = out.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            byte[] number = new byte[40];
            StringBuilder text = new StringBuilder(32);
            byte[] headerEnd = ("," + OUTPUT_COLUMN + "\n").getBytes(StandardCharsets.US_ASCII);
            table.copyRecords((row, bytes, from, to) -> {
                o.write(bytes, from, to - from);
                if (row < 0) {
                    o.write(headerEnd);
                    return;
                }
                // the digits of Double.toString (StringBuilder.append(double) gives the same text
                // without a String per row): the shortest that reads back as the same double
                text.setLength(0);
                text.append(calibrated[row]);
                int length = text.length();
                number[0] = ',';
                for (int k = 0; k < length; k++) {
                    number[k + 1] = (byte) text.charAt(k);
                }
                number[length + 1] = '\n';
                o.write(number, 0, length + 2);
            });
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new InputException(out + ": cannot write: " + e.getMessage(), e);
        } catch (InputException e) {
            deleteQuietly(partial);
            throw e;
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new InputException(out + ": cannot write: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the write error is what the user needs to hear about
        }
    }

    private Bounds parseBounds(String m) {
        if (bounds == null) {
            if (m.equals("logit")) {
                throw usage("--method logit needs --bounds LOW,HIGH (R: logit calibration requires finite bounds)");
            }
            return Bounds.NONE;
        }
        if (m.equals("poststratify")) {
            throw usage("--bounds does not apply to --method poststratify");
        }
        double[] b = pair("--bounds", bounds);
        try {
            return new Bounds(b[0], b[1]);
        } catch (IllegalArgumentException e) {
            throw usage("--bounds: " + e.getMessage());
        }
    }

    private double[] pair(String option, String value) {
        String[] parts = value.split(",", -1);
        if (parts.length != 2) {
            throw usage(option + " takes LOW,HIGH, got '" + value + "'");
        }
        try {
            return new double[] {parseLimit(parts[0]), parseLimit(parts[1])};
        } catch (NumberFormatException e) {
            throw usage(option + " takes two numbers LOW,HIGH, got '" + value + "'");
        }
    }

    private static double parseLimit(String s) {
        String t = s.trim();
        return switch (t) {
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "Inf" -> Double.POSITIVE_INFINITY;
            default -> Double.parseDouble(t);
        };
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
