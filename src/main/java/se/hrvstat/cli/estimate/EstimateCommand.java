package se.hrvstat.cli.estimate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.hrvstat.survey.design.LonelyPsuRule;
import se.hrvstat.survey.design.ReplicateType;
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.estimate.Estimate;
import se.hrvstat.survey.estimate.Estimators;
import se.hrvstat.survey.estimate.IntervalMethod;

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

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "Input CSV (UTF-8, comma, header).")
    Path data;

    @Option(names = "--weights", paramLabel = "COL", description = "Sampling weights (default: from --fpc, else 1).")
    String weights;

    @Option(names = "--strata", paramLabel = "COL", description = "Strata.")
    String strata;

    @Option(names = "--cluster", split = ",", paramLabel = "COL", description = "Cluster ids per stage: PSU[,SSU] (R ids = ~A + B).")
    List<String> cluster = new ArrayList<>();

    @Option(names = "--fpc", split = ",", paramLabel = "COL", description = "Population count or sampling fraction per stage.")
    List<String> fpc = new ArrayList<>();

    @Option(names = "--nest", description = "PSU ids are unique only within strata (R nest = TRUE).")
    boolean nest;

    @Option(names = "--lonely-psu", paramLabel = "RULE", defaultValue = "fail",
            description = "fail|remove|adjust|average|certainty (default: ${DEFAULT-VALUE}).")
    String lonelyPsu;

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
        LonelyPsuRule rule = parseLonely();
        IntervalMethod method = parseMethod();
        if (!(level > 0 && level < 1)) {
            throw new ParameterException(spec.commandLine(), "--level must be between 0 and 1, got " + level);
        }
        if (means.isEmpty() && totals.isEmpty() && proportions.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give at least one of --mean, --total, --proportion");
        }
        PrintWriter err = spec.commandLine().getErr();
        ReplicateType type = null;
        java.util.regex.Pattern repPattern = null;
        if (repweights != null || reptype != null) {
            if (repweights == null || reptype == null) {
                throw new ParameterException(spec.commandLine(), "--repweights and --reptype go together");
            }
            if (strata != null || !cluster.isEmpty() || !fpc.isEmpty() || nest) {
                throw new ParameterException(spec.commandLine(),
                        "--strata, --cluster, --fpc and --nest are not used with --repweights");
            }
            if (weights == null) {
                throw new ParameterException(spec.commandLine(), "--repweights needs --weights (the full-sample weights)");
            }
            type = parseReplicateType();
            try {
                repPattern = java.util.regex.Pattern.compile(repweights);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new ParameterException(spec.commandLine(), "--repweights: not a regular expression: " + e.getMessage());
            }
        } else if (rho != null || scale != null || rscales != null || mse) {
            throw new ParameterException(spec.commandLine(), "--rho, --scale, --rscales and --mse need --repweights");
        }
        List<String> textColumns = new ArrayList<>();
        if (strata != null) {
            textColumns.add(strata);
        }
        textColumns.addAll(cluster);
        textColumns.addAll(by);
        List<String> numberColumns = new ArrayList<>();
        if (weights != null) {
            numberColumns.add(weights);
        }
        numberColumns.addAll(fpc);
        numberColumns.addAll(means);
        numberColumns.addAll(totals);
        numberColumns.addAll(proportions);
        try {
            CsvData table = CsvData.read(data, textColumns, numberColumns, repPattern);
            SurveyDesign design;
            if (type != null) {
                List<String> reps = new ArrayList<>(table.matching());
                reps.removeAll(numberColumns);
                reps.removeAll(textColumns);
                if (reps.isEmpty()) {
                    throw new InputException(data + ": no column matches --repweights '" + repweights + "'");
                }
                design = DesignAssembly.replicate(table, weights, reps, type, rho, scale, rscales, mse);
            } else {
                design = DesignAssembly.build(table, weights, strata, cluster, fpc, nest, rule);
            }
            Domains domains = Domains.of(table, design, by);
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
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                w.write(csv.toString());
            } catch (IOException e) {
                throw new InputException(out + ": cannot write: " + e.getMessage(), e);
            }
            return 0;
        } catch (CsvData.UnknownColumnException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (InputException | IllegalArgumentException e) {
            err.println("hrvstat estimate: " + e.getMessage());
            return 1;
        }
    }

    private LonelyPsuRule parseLonely() {
        try {
            return LonelyPsuRule.valueOf(lonelyPsu.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "--lonely-psu must be fail, remove, adjust, average or certainty, got '" + lonelyPsu + "'");
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
