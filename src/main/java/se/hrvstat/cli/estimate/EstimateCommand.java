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
 * {@code hrvstat estimate}: design-based means, totals and proportions of any CSV file, and
 * (contract version 2) ratios, quantiles, group contrasts, survey GLMs and Rao–Scott tests, with
 * the meaning of R's survey package (see docs: CLI.md, section {@code estimate}). Exit 0 on
 * success, 1 for a design R rejects or unusable input (the message names file, line and column),
 * 2 for bad usage, including a request the file cannot answer ({@link BadRequest}: a column or
 * group it does not have, a factor with one level, a ratio to a zero total).
 */
@Command(name = "estimate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Design-based estimation on any CSV, as R's survey package: svydesign + svymean / svytotal"
                + " (na.rm = TRUE, deff = TRUE) / svyciprop, by domain as svyby.",
                "Beyond means (contract version 2): svyratio, svyquantile, svyby + svycontrast, svyglm, svychisq.",
                "Writes statistic,variable,domain,estimate,se,ci_low,ci_high,deff,n,p (p: the row's two-sided test).",
                "Every statistic is estimated per --by domain; --glm and --chisq per domain as on R's subset(design, domain)."})
public class EstimateCommand implements Callable<Integer> {
    static final String HEADER = OutputRow.HEADER;

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

    @Option(names = "--ratio", paramLabel = "NUM/DEN",
            description = "Ratio of totals of NUM to DEN (R svyratio, na.rm = TRUE; repeatable).")
    List<String> ratios = new ArrayList<>();

    @Option(names = "--quantile", paramLabel = "COL",
            description = "Quantiles of COL at --quantiles (R 4.x svyquantile, ci = TRUE: qrule math, Woodruff interval; repeatable).")
    List<String> quantileColumns = new ArrayList<>();

    @Option(names = "--quantiles", split = ",", paramLabel = "P", defaultValue = "0.5",
            description = "Probabilities for --quantile, each strictly between 0 and 1 (default: ${DEFAULT-VALUE}).")
    List<Double> probabilities = new ArrayList<>();

    @Option(names = "--contrast", paramLabel = "A=V1-V2",
            description = "Group V1 minus group V2 of the --by column A for every --mean, --total and --proportion"
                    + " (R svyby(covmat = TRUE) + svycontrast; repeatable).")
    List<String> contrasts = new ArrayList<>();

    @Option(names = "--glm", paramLabel = "'Y ~ X1 + X2'",
            description = "Survey GLM (R svyglm): main effects, numeric columns or factors (a text column,"
                    + " or factor(COL)); 0 or - 1 drops the intercept (repeatable).")
    List<String> glms = new ArrayList<>();

    @Option(names = "--family", paramLabel = "FAMILY", defaultValue = "gaussian",
            description = "Family of --glm: gaussian|quasibinomial|quasipoisson (default: ${DEFAULT-VALUE}).")
    String family;

    @Option(names = "--chisq", paramLabel = "A+B",
            description = "Rao-Scott test of association of A and B (R svychisq, statistic = \"F\"; repeatable).")
    List<String> chisqs = new ArrayList<>();

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

    /** The requests of version 2, parsed against the file's header. */
    private final List<Requests.Ratio> ratioRequests = new ArrayList<>();
    private final List<Requests.Contrast> contrastRequests = new ArrayList<>();
    private final List<Requests.Chisq> chisqRequests = new ArrayList<>();
    private final List<GlmFormula> formulas = new ArrayList<>();

    public EstimateCommand() {
    }

    @Override
    public Integer call() {
        Usage usage = usage();
        try {
            CsvFile file = CsvFile.open(designOptions.data, CsvFormat.RFC4180);
            parseRequests(file.header());
            List<String> replicates = replicateColumns(file, usage.replicatePattern());
            ColumnTable table = file.read(textColumns(), numberColumns(replicates), TextCells.AS_WRITTEN);
            SurveyDesign design = design(table, replicates, usage);
            Domains domains = Domains.of(table, design, by);
            write(estimates(table, design, domains, usage.interval()));
            return 0;
        } catch (UnknownColumnException | BadRequest e) {
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
        if (means.isEmpty() && totals.isEmpty() && proportions.isEmpty() && ratios.isEmpty() && quantileColumns.isEmpty()
                && glms.isEmpty() && chisqs.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "give at least one of --mean, --total, --proportion, --ratio, --quantile, --glm, --chisq");
        }
        checkAnalyses();
        if (repweights == null && reptype == null) {
            if (rho != null || scale != null || rscales != null || mse) {
                throw new ParameterException(spec.commandLine(), "--rho, --scale, --rscales and --mse need --repweights");
            }
            return new Usage(rule, method, null, null);
        }
        checkReplicateOptions();
        return new Usage(rule, method, parseReplicateType(), parseReplicatePattern());
    }

    /** Version 2's options that can be checked without the file. */
    private void checkAnalyses() {
        for (double p : probabilities) {
            if (!(p > 0 && p < 1)) {
                throw new ParameterException(spec.commandLine(),
                        "--quantiles: a quantile must lie strictly between 0 and 1, got " + p);
            }
        }
        if (!contrasts.isEmpty() && means.isEmpty() && totals.isEmpty() && proportions.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "--contrast compares the groups' --mean, --total or --proportion: give one");
        }
        try {
            GlmModel.family(family);
        } catch (BadRequest e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** --ratio, --contrast, --chisq and --glm against the file's header; BadRequest (exit 2) if they do not fit. */
    private void parseRequests(List<String> header) {
        for (String r : ratios) {
            ratioRequests.add(Requests.ratio(r, header));
        }
        for (String c : contrasts) {
            Requests.Contrast contrast = Requests.contrast(c, header);
            if (!by.contains(contrast.column())) {
                throw new BadRequest("--contrast " + c + " compares groups of " + contrast.column() + ": give --by "
                        + contrast.column());
            }
            contrastRequests.add(contrast);
        }
        for (String c : chisqs) {
            chisqRequests.add(Requests.chisq(c, header));
        }
        for (String g : glms) {
            GlmFormula f = GlmFormula.parse(g);
            for (String column : f.columns()) {
                if (!header.contains(column)) {
                    throw new BadRequest("--glm " + g + ": no column '" + column + "' (columns: "
                            + String.join(", ", header) + ")");
                }
            }
            formulas.add(f);
        }
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
        for (Requests.Chisq c : chisqRequests) {
            columns.add(c.a());
            columns.add(c.b());
        }
        for (GlmFormula f : formulas) {
            columns.addAll(GlmModel.textColumns(f));
        }
        return columns;
    }

    /** Weights, fpc and the variables, then the replicate weights: read as numbers. */
    private List<String> numberColumns(List<String> replicates) {
        List<String> columns = designOptions.numberColumns();
        columns.addAll(means);
        columns.addAll(totals);
        columns.addAll(proportions);
        for (Requests.Ratio r : ratioRequests) {
            columns.add(r.numerator());
            columns.add(r.denominator());
        }
        columns.addAll(quantileColumns);
        for (GlmFormula f : formulas) {
            columns.add(f.response());
        }
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

    /** The output: the header, then per statistic and variable one row per domain, then the whole-design analyses. */
    private String estimates(ColumnTable table, SurveyDesign design, Domains domains, IntervalMethod method) {
        int count = domains.labels.size();
        List<OutputRow> rows = new ArrayList<>();
        for (String v : means) {
            rows(rows, "mean", v, domains,
                    Estimators.meansByDomain(design, table.numbers(v), domains.domainOfRow, count, level));
        }
        for (String v : totals) {
            rows(rows, "total", v, domains,
                    Estimators.totalsByDomain(design, table.numbers(v), domains.domainOfRow, count, level));
        }
        for (String v : proportions) {
            rows(rows, "proportion", v, domains, Estimators.proportionsByDomain(design, table.numbers(v),
                    domains.domainOfRow, count, method, level));
        }
        for (Requests.Ratio r : ratioRequests) {
            rows.addAll(Analyses.ratio(table, design, domains, r, level));
        }
        for (String v : quantileColumns) {
            rows.addAll(Analyses.quantiles(table, design, domains, v, probabilities, level));
        }
        for (Requests.Contrast c : contrastRequests) {
            for (String v : means) {
                rows.add(Analyses.contrast(table, design, c, v, Analyses.Compared.MEAN, level));
            }
            for (String v : totals) {
                rows.add(Analyses.contrast(table, design, c, v, Analyses.Compared.TOTAL, level));
            }
            for (String v : proportions) {
                rows.add(Analyses.contrast(table, design, c, v, Analyses.Compared.PROPORTION, level));
            }
        }
        for (GlmFormula f : formulas) {
            rows.addAll(GlmModel.fit(table, design, domains, f, family, level, spec.commandLine().getErr()));
        }
        for (Requests.Chisq c : chisqRequests) {
            rows.addAll(Analyses.chisq(table, design, domains, c, spec.commandLine().getErr()));
        }
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (OutputRow r : rows) {
            r.appendTo(csv);
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

    private static void rows(List<OutputRow> out, String statistic, String variable, Domains domains, Estimate[] estimates) {
        for (int d = 0; d < estimates.length; d++) {
            out.add(OutputRow.of(statistic, variable, domains.labels.get(d), estimates[d]));
        }
    }
}
