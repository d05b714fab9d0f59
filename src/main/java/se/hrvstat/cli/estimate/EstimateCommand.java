package se.hrvstat.cli.estimate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.hrvstat.cli.DesignOptions;
import se.hrvstat.survey.design.LonelyPsuRule;
import se.hrvstat.survey.design.ReplicateType;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.estimate.Estimate;
import se.hrvstat.survey.estimate.Estimators;
import se.hrvstat.survey.estimate.IntervalMethod;
import se.hrvstat.table.ColumnTable;
import se.hrvstat.table.CsvFile;
import se.hrvstat.table.CsvFormat;
import se.hrvstat.table.InputException;
import se.hrvstat.table.TextCells;
import se.hrvstat.table.UnknownColumnException;

/**
 * {@code hrvstat estimate}: design-based means, totals and proportions of any CSV file, with the
 * meaning of R's survey package (see docs: CLI.md, section {@code estimate}). Exit 0 on success,
 * 1 for a design R rejects or unusable input (the message names file, line and column), 2 for
 * bad usage.
 */
@Command(name = "estimate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Design-based estimation on any CSV, as R's survey package: svydesign + svymean / svytotal"
                + " (na.rm = TRUE, deff = TRUE) / svyciprop, by domain as svyby.",
                "Writes statistic,variable,domain,estimate,se,ci_low,ci_high,deff,n."})
public class EstimateCommand implements Callable<Integer> {
    static final String HEADER = "statistic,variable,domain,estimate,se,ci_low,ci_high,deff,n";

    @Spec
    CommandSpec spec;

    @Mixin
    DesignOptions designOptions = new DesignOptions();

    @Option(names = "--mean", paramLabel = "COL", description = "Estimate the mean of COL (repeatable).")
    List<String> means = new ArrayList<>();

    @Option(names = "--total", paramLabel = "COL", description = "Estimate the total of COL (repeatable).")
    List<String> totals = new ArrayList<>();

    @Option(names = "--proportion", paramLabel = "COL", description = "Estimate the share of rows with COL = 1 (repeatable).")
    List<String> proportions = new ArrayList<>();

    @Option(names = "--by", split = ",", paramLabel = "COL", description = "Domains: one or more columns (R svyby).")
    List<String> by = new ArrayList<>();

    @Option(names = "--ci", paramLabel = "METHOD", defaultValue = "logit",
            description = "Interval for proportions: logit|beta|mean|xlogit|likelihood|asin (default: ${DEFAULT-VALUE}).")
    String ci;

    @Option(names = "--level", defaultValue = "0.95", description = "Confidence level (default: ${DEFAULT-VALUE}).")
    double level;

    @Option(names = "--repweights", paramLabel = "REGEX",
            description = "Replicate weight columns: names matching REGEX (as R grep); full (combined) weights.")
    String repweights;

    @Option(names = "--reptype", paramLabel = "TYPE", description = "JK1|JKn|BRR|Fay|bootstrap (with --repweights).")
    String reptype;

    @Option(names = "--rho", description = "Fay's rho (type Fay).")
    Double rho;

    @Option(names = "--scale", description = "Overall scale of the replicate variance (JK1, JKn, bootstrap).")
    Double scale;

    @Option(names = "--rscales", split = ",", description = "One scale per replicate (default 1; required for JKn).")
    List<Double> rscales;

    @Option(names = "--mse", description = "Centre replicates on the full-sample estimate (R mse = TRUE).")
    boolean mse;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "Output CSV.")
    Path out;

    public EstimateCommand() {
    }

    @Override
    public Integer call() {
        Usage usage = usage();
        try {
            CsvFile file = CsvFile.open(designOptions.data, CsvFormat.RFC4180);
            List<String> replicates = replicateColumns(file, usage.replicatePattern());
            ColumnTable table = file.read(textColumns(), numberColumns(replicates), TextCells.AS_WRITTEN);
            SurveyDesign design = design(table, replicates, usage);
            Domains domains = Domains.of(table, design, by);
            write(estimates(table, design, domains, usage.interval()));
            return 0;
        } catch (UnknownColumnException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (InputException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("hrvstat estimate: " + e.getMessage());
            return 1;
        }
    }

    /** The options, checked: a ParameterException (exit 2) for bad usage. */
    private record Usage(LonelyPsuRule lonely, IntervalMethod interval, ReplicateType replicateType, Pattern replicatePattern) {
    }

    private Usage usage() {
        LonelyPsuRule rule = designOptions.lonelyPsuRule();
        IntervalMethod method = parseMethod();
        if (!(level > 0 && level < 1)) {
            throw new ParameterException(spec.commandLine(), "--level must be between 0 and 1, got " + level);
        }
        if (means.isEmpty() && totals.isEmpty() && proportions.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give at least one of --mean, --total, --proportion");
        }
        if (repweights == null && reptype == null) {
            if (rho != null || scale != null || rscales != null || mse) {
                throw new ParameterException(spec.commandLine(), "--rho, --scale, --rscales and --mse need --repweights");
            }
            return new Usage(rule, method, null, null);
        }
        checkReplicateOptions();
        return new Usage(rule, method, parseReplicateType(), parseReplicatePattern());
    }

    private void checkReplicateOptions() {
        if (repweights == null || reptype == null) {
            throw new ParameterException(spec.commandLine(), "--repweights and --reptype go together");
        }
        if (designOptions.describesSampling()) {
            throw new ParameterException(spec.commandLine(),
                    "--strata, --cluster, --fpc and --nest are not used with --repweights");
        }
        if (designOptions.weights == null) {
            throw new ParameterException(spec.commandLine(), "--repweights needs --weights (the full-sample weights)");
        }
    }

    private Pattern parseReplicatePattern() {
        try {
            return Pattern.compile(repweights);
        } catch (PatternSyntaxException e) {
            throw new ParameterException(spec.commandLine(), "--repweights: not a regular expression: " + e.getMessage());
        }
    }

    /** Strata, cluster ids and domains: read as text. */
    private List<String> textColumns() {
        List<String> columns = designOptions.textColumns();
        columns.addAll(by);
        return columns;
    }

    /** Weights, fpc and the variables, then the replicate weights: read as numbers. */
    private List<String> numberColumns(List<String> replicates) {
        List<String> columns = designOptions.numberColumns();
        columns.addAll(means);
        columns.addAll(totals);
        columns.addAll(proportions);
        columns.addAll(replicates);
        return columns;
    }

    /** The header's columns matching --repweights (R grep), in header order; none without it. */
    private static List<String> replicateColumns(CsvFile file, Pattern pattern) {
        List<String> matching = new ArrayList<>();
        if (pattern != null) {
            for (String name : file.header()) {
                if (pattern.matcher(name).find()) {
                    matching.add(name);
                }
            }
        }
        return matching;
    }

    private SurveyDesign design(ColumnTable table, List<String> matching, Usage usage) throws InputException {
        if (usage.replicateType() == null) {
            return designOptions.design(table, usage.lonely());
        }
        List<String> reps = new ArrayList<>(matching);
        reps.removeAll(numberColumns(List.of()));
        reps.removeAll(textColumns());
        if (reps.isEmpty()) {
            throw new InputException(designOptions.data + ": no column matches --repweights '" + repweights + "'");
        }
        return ReplicateDesign.of(table, designOptions.weights, reps, usage.replicateType(), rho, scale, rscales, mse);
    }

    /** The output: the header, then per statistic and variable one row per domain. */
    private String estimates(ColumnTable table, SurveyDesign design, Domains domains, IntervalMethod method) {
        int count = domains.labels.size();
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (String v : means) {
            rows(csv, "mean", v, domains,
                    Estimators.meansByDomain(design, table.numbers(v), domains.domainOfRow, count, level));
        }
        for (String v : totals) {
            rows(csv, "total", v, domains,
                    Estimators.totalsByDomain(design, table.numbers(v), domains.domainOfRow, count, level));
        }
        for (String v : proportions) {
            rows(csv, "proportion", v, domains, Estimators.proportionsByDomain(design, table.numbers(v),
                    domains.domainOfRow, count, method, level));
        }
        return csv.toString();
    }

    private void write(String csv) throws InputException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(csv);
        } catch (IOException e) {
            throw new InputException(out + ": cannot write: " + e.getMessage(), e);
        }
    }

    private ReplicateType parseReplicateType() {
        try {
            return ReplicateType.valueOf(reptype.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "--reptype must be JK1, JKn, BRR, Fay or bootstrap, got '" + reptype + "'");
        }
    }

    private IntervalMethod parseMethod() {
        try {
            return IntervalMethod.valueOf(ci.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "--ci must be logit, beta, mean, xlogit, likelihood or asin, got '" + ci + "'");
        }
    }

    private static void rows(StringBuilder csv, String statistic, String variable, Domains domains, Estimate[] estimates) {
        for (int d = 0; d < estimates.length; d++) {
            row(csv, statistic, variable, domains.labels.get(d), estimates[d]);
        }
    }

    private static void row(StringBuilder csv, String statistic, String variable, String domain, Estimate e) {
        csv.append(statistic).append(',').append(quote(variable)).append(',').append(quote(domain)).append(',')
                .append(number(e.estimate())).append(',').append(number(e.se())).append(',')
                .append(number(e.ciLow())).append(',').append(number(e.ciHigh())).append(',')
                .append(number(e.deff())).append(',').append(e.n()).append('\n');
    }

    /** Shortest decimal that reads back as the same double (up to 17 significant digits); NaN is empty. */
    static String number(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        return Double.toString(x);
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
