package se.hrvstat.cli.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import se.hrvstat.survey.testdata.RFixtures;

/**
 * {@code hrvstat estimate} version 2 through the picocli command, every row compared with the R
 * fixtures to 1e-9 relative: {@code --ratio} ({@code cases.csv} of make-survey-fixtures.R on
 * Taylor designs, {@code analysis-cases.csv} of make-analysis-fixtures.R on replicate designs),
 * {@code --quantile} (analysis-cases.csv), {@code --contrast} ({@code differences.csv} of
 * make-difference-fixtures.R), {@code --glm} ({@code glm-cases.csv} of make-glm-fixtures.R) and
 * {@code --chisq} ({@code chisq-cases.csv} of make-chisq-fixtures.R): stratified with FPC,
 * one- and two-stage clusters with FPC, lonely PSUs, JK1 and bootstrap replicates, items with
 * missing values, whole sample and by domain.
 */
class EstimateAnalysesCommandTest {
    @TempDir
    Path tmp;

    record Run(int exit, String err, List<Map<String, String>> rows) {
        Map<String, String> row(String statistic, String variable, String domain) {
            return rows.stream().filter(r -> r.get("statistic").equals(statistic) && r.get("variable").equals(variable)
                            && r.get("domain").equals(domain)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + statistic + " " + variable + " " + domain + " in " + rows));
        }
    }

    static Run run(List<String> args) throws IOException {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new EstimateCommand());
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args.toArray(String[]::new));
        List<Map<String, String>> rows = new ArrayList<>();
        Path file = EstimateCommandTest.outFile(args.toArray(String[]::new));
        if (exit == 0 && Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).isEqualTo("statistic,variable,domain,estimate,se,ci_low,ci_high,deff,n,p");
            String[] header = lines.get(0).split(",");
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = cells(line);
                assertThat(cells).as(line).hasSize(header.length);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells.get(i));
                }
                rows.add(row);
            }
        }
        return new Run(exit, err.toString(), rows);
    }

    /** The fields of one CSV line (quotes as RFC 4180). */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    /** The design options of a fixture row; replicate settings from rep-cases.csv where the row has none. */
    List<String> designArgs(Map<String, String> c) {
        List<String> args = new ArrayList<>(List.of("--data", EstimateCommandTest.fixture(c.get("data") + ".csv").toString(),
                "--weights", c.get("weights"), "--out", tmp.resolve("out.csv").toString()));
        if (c.get("data").startsWith("rep-")) {
            Map<String, String> rep = c.containsKey("reptype") && !c.get("reptype").isEmpty() ? c
                    : RFixtures.rows("rep-cases.csv").stream().filter(r -> r.get("case").equals(c.get("case"))).findFirst()
                    .orElseThrow();
            args.addAll(List.of("--repweights", "^rep[0-9]+$", "--reptype", rep.get("reptype")));
            EstimateCommandTest.add(args, "--rho", rep.get("rho"));
            EstimateCommandTest.add(args, "--scale", rep.get("scale"));
            EstimateCommandTest.add(args, "--rscales", rep.get("rscales").replaceAll(";$", "").replace(';', ','));
            return args;
        }
        args.addAll(List.of("--lonely-psu", c.get("lonely")));
        EstimateCommandTest.add(args, "--strata", c.get("strata"));
        EstimateCommandTest.add(args, "--cluster", c.get("cluster").replace('+', ','));
        EstimateCommandTest.add(args, "--fpc", c.get("fpc").replace('+', ','));
        if (c.get("nest").equals("TRUE")) {
            args.add("--nest");
        }
        return args;
    }

    static void close(String what, Map<String, String> got, String column, String expected, double scale) {
        EstimateCommandTest.close(what + " " + column, got.get(column), expected, scale);
    }

    static Stream<Arguments> ratios() {
        List<Map<String, String>> rows = new ArrayList<>();
        RFixtures.rows("cases.csv").stream().filter(r -> r.get("statistic").equals("ratio")
                && r.get("level").startsWith("0.9499")).forEach(rows::add);
        RFixtures.rows("analysis-cases.csv").stream().filter(r -> r.get("statistic").equals("ratio")).forEach(rows::add);
        return rows.stream().map(r -> Arguments.of(Named.of(r.get("case") + " " + r.get("variable") + " "
                + r.get("by") + "=" + r.get("by_value"), r)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ratios")
    void aRatioAgreesWithSvyratio(Map<String, String> c) throws IOException {
        List<String> args = designArgs(c);
        args.addAll(List.of("--ratio", c.get("variable")));
        if (!c.get("by").isEmpty()) {
            args.addAll(List.of("--by", c.get("by")));
        }
        Run run = run(args);
        assertThat(run.exit()).as(run.err()).isZero();
        String domain = c.get("by").isEmpty() ? "" : c.get("by") + "=" + c.get("by_value");
        Map<String, String> got = run.row("ratio", c.get("variable"), domain);
        double scale = Math.abs(RFixtures.number(c.get("estimate")));
        for (String column : new String[] {"estimate", "se", "ci_low", "ci_high"}) {
            close(c.get("case"), got, column, c.get(column), scale);
        }
        if (c.containsKey("deff")) {
            close(c.get("case"), got, "deff", c.get("deff"), 1);
        }
        assertThat(got.get("n")).isEqualTo(c.get("n"));
        assertThat(got.get("p")).isEmpty();
    }

    static Stream<Arguments> quantiles() {
        Map<String, List<Map<String, String>>> byRun = new LinkedHashMap<>();
        for (Map<String, String> r : RFixtures.rows("analysis-cases.csv")) {
            if (r.get("statistic").equals("quantile")) {
                byRun.computeIfAbsent(r.get("case") + " " + r.get("variable") + " by " + r.get("by"), k -> new ArrayList<>())
                        .add(r);
            }
        }
        return byRun.entrySet().stream().map(e -> Arguments.of(Named.of(e.getKey(), e.getValue())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quantiles")
    void quantilesAgreeWithSvyquantile(List<Map<String, String>> expected) throws IOException {
        Map<String, String> c = expected.get(0);
        List<String> args = designArgs(c);
        List<String> probabilities = expected.stream().map(r -> r.get("probability")).distinct().toList();
        args.addAll(List.of("--quantile", c.get("variable"), "--quantiles", String.join(",", probabilities)));
        if (!c.get("by").isEmpty()) {
            args.addAll(List.of("--by", c.get("by")));
        }
        Run run = run(args);
        assertThat(run.exit()).as(run.err()).isZero();
        for (Map<String, String> r : expected) {
            String domain = r.get("by").isEmpty() ? "" : r.get("by") + "=" + r.get("by_value");
            String variable = r.get("variable") + "@" + Double.parseDouble(r.get("probability"));
            Map<String, String> got = run.row("quantile", variable, domain);
            double scale = Math.abs(RFixtures.number(r.get("estimate")));
            for (String column : new String[] {"estimate", "se", "ci_low", "ci_high"}) {
                close(variable + " " + domain, got, column, r.get(column), scale);
            }
            assertThat(got.get("n")).isEqualTo(r.get("n"));
            assertThat(got.get("deff")).isEmpty();
        }
    }

    /** differences.csv (means, shares) and difference-totals.csv (make-difference-total-fixtures.R). */
    static Stream<Arguments> contrasts() {
        List<Map<String, String>> rows = new ArrayList<>(RFixtures.rows("differences.csv"));
        rows.addAll(RFixtures.rows("difference-totals.csv"));
        return rows.stream().map(r -> Arguments.of(Named.of(r.get("case") + " "
                + r.get("statistic") + " " + r.get("variable") + " " + r.get("by") + "=" + r.get("group1") + "-"
                + r.get("group2"), r)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contrasts")
    void aContrastAgreesWithSvybyAndSvycontrast(Map<String, String> c) throws IOException {
        List<String> args = designArgs(c);
        String by = c.get("by");
        args.addAll(List.of("--" + c.get("statistic"), c.get("variable"), "--by", by,
                "--contrast", by + "=" + c.get("group1") + "-" + c.get("group2"),
                "--contrast", by + "=" + c.get("group2") + "-" + c.get("group1")));
        Run run = run(args);
        assertThat(run.exit()).as(run.err()).isZero();
        String domain = by + "=" + c.get("group1") + "-" + by + "=" + c.get("group2");
        Map<String, String> got = run.row("contrast", c.get("variable"), domain);
        double scale = Math.abs(RFixtures.number(c.get("se")));
        for (String column : new String[] {"estimate", "se", "ci_low", "ci_high", "p"}) {
            close(domain, got, column, c.get(column), column.equals("p") ? 1e-300 : scale);
        }
        assertThat(got.get("deff")).isEmpty();
        // the other way round: the negative difference, the same se and p
        Map<String, String> back = run.row("contrast", c.get("variable"),
                by + "=" + c.get("group2") + "-" + by + "=" + c.get("group1"));
        assertThat(Double.parseDouble(back.get("estimate"))).isEqualTo(-Double.parseDouble(got.get("estimate")));
        assertThat(Double.parseDouble(back.get("ci_low"))).isEqualTo(-Double.parseDouble(got.get("ci_high")));
        assertThat(back.get("se")).isEqualTo(got.get("se"));
        assertThat(back.get("p")).isEqualTo(got.get("p"));
    }

    /** glm-cases.csv (numeric covariates) and glm-factor-cases.csv (make-glm-factor-fixtures.R: factors). */
    static Stream<Arguments> models() {
        Map<String, List<Map<String, String>>> byModel = new LinkedHashMap<>();
        List<Map<String, String>> rows = new ArrayList<>(RFixtures.rows("glm-cases.csv"));
        rows.addAll(RFixtures.rows("glm-factor-cases.csv"));
        for (Map<String, String> r : rows) {
            byModel.computeIfAbsent(r.get("case") + " " + r.get("family") + " " + r.get("formula"), m -> new ArrayList<>())
                    .add(r);
        }
        return byModel.entrySet().stream().map(e -> Arguments.of(Named.of(e.getKey(), e.getValue())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aGlmAgreesWithSvyglmTermByTerm(List<Map<String, String>> terms) throws IOException {
        Map<String, String> c = terms.get(0);
        List<String> args = designArgs(c);
        args.addAll(List.of("--glm", c.get("formula"), "--family", c.get("family")));
        Run run = run(args);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.rows()).hasSize(terms.size());
        for (Map<String, String> t : terms) {
            Map<String, String> got = run.row("coef", t.get("term"), "");
            double scale = Math.abs(RFixtures.number(t.get("se")));
            for (String column : new String[] {"estimate", "se", "ci_low", "ci_high", "p"}) {
                close(t.get("term"), got, column, t.get(column), column.equals("p") ? 1e-300 : scale);
            }
            assertThat(got.get("n")).isEqualTo(t.get("n"));
        }
    }

    static Stream<Arguments> tests() {
        return RFixtures.rows("chisq-cases.csv").stream().map(r -> Arguments.of(Named.of(r.get("case") + " "
                + r.get("a") + "+" + r.get("b"), r)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tests")
    void aTestOfAssociationAgreesWithSvychisq(Map<String, String> c) throws IOException {
        List<String> args = designArgs(c);
        String label = c.get("a") + "+" + c.get("b");
        args.addAll(List.of("--chisq", label));
        Run run = run(args);
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, String> got = run.row("chisq", label, "");
        close(label, got, "estimate", c.get("f"), Math.abs(RFixtures.number(c.get("f"))));
        close(label, got, "p", c.get("p"), 1e-300);
        assertThat(got.get("se")).isEmpty();
        assertThat(got.get("ci_low")).isEmpty();
    }

    static Stream<Arguments> byDomain() {
        Map<String, List<Map<String, String>>> byRequest = new LinkedHashMap<>();
        for (Map<String, String> r : RFixtures.rows("by-analysis-cases.csv")) {
            byRequest.computeIfAbsent(r.get("case") + " " + r.get("kind") + " " + r.get("family") + " "
                    + r.get("formula") + " --by " + r.get("by"), k -> new ArrayList<>()).add(r);
        }
        return byRequest.entrySet().stream().map(e -> Arguments.of(Named.of(e.getKey(), e.getValue())));
    }

    /**
     * {@code --glm} and {@code --chisq} under {@code --by}: one fit (test) per domain, as R's
     * svyglm / svychisq on {@code subset(design, BY == value)} (by-analysis-cases.csv of
     * make-by-analysis-fixtures.R: stratified with FPC, two-stage with FPC and missing covariate
     * values, JK1), every row to 1e-9 relative, n and the domains R saw.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("byDomain")
    void aGlmOrTestUnderByAgreesWithRInEveryDomain(List<Map<String, String>> expected) throws IOException {
        Map<String, String> c = expected.get(0);
        List<String> args = designArgs(c);
        args.addAll(List.of("--by", c.get("by")));
        boolean glm = c.get("kind").equals("glm");
        if (glm) {
            args.addAll(List.of("--glm", c.get("formula"), "--family", c.get("family")));
        } else {
            args.addAll(List.of("--chisq", c.get("formula")));
        }
        Run run = run(args);
        assertThat(run.exit()).as(run.err()).isZero();
        for (Map<String, String> e : expected) {
            String domain = c.get("by") + "=" + e.get("by_value");
            Map<String, String> got = glm ? run.row("coef", e.get("term"), domain) : run.row("chisq", e.get("formula"), domain);
            if (glm) {
                double scale = Math.abs(RFixtures.number(e.get("se")));
                for (String column : new String[] {"estimate", "se", "ci_low", "ci_high"}) {
                    close(domain + " " + e.get("term"), got, column, e.get(column), scale);
                }
            } else {
                close(domain, got, "estimate", e.get("estimate"), Math.abs(RFixtures.number(e.get("estimate"))));
            }
            close(domain + " " + e.get("term"), got, "p", e.get("p"), 1e-300);
            assertThat(got.get("n")).as(domain).isEqualTo(e.get("n"));
        }
        if (glm) {
            assertThat(run.rows()).hasSize(expected.size());
        } else {
            // a domain where R's svychisq stops (a variable with one level there): an empty row and a warning
            for (Map<String, String> got : run.rows()) {
                boolean inR = expected.stream().anyMatch(e -> got.get("domain").equals(c.get("by") + "=" + e.get("by_value")));
                if (!inR) {
                    assertThat(got.get("estimate")).as(got.toString()).isEmpty();
                    assertThat(got.get("p")).isEmpty();
                    assertThat(run.err()).contains("in " + got.get("domain") + ": a test of association needs two levels");
                }
            }
        }
    }

    Run badUse(String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("--data", EstimateCommandTest.fixture("apistrat.csv").toString(),
                "--weights", "pw", "--strata", "stype", "--fpc", "fpc", "--out", tmp.resolve("bad.csv").toString()));
        args.addAll(List.of(options));
        Run run = run(args);
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(tmp.resolve("bad.csv")).doesNotExist();
        return run;
    }

    @org.junit.jupiter.api.Test
    void aQuantileOutsideTheOpenUnitIntervalIsAUsageError() throws IOException {
        assertThat(badUse("--quantile", "api00", "--quantiles", "0.5,1").err())
                .contains("--quantiles: a quantile must lie strictly between 0 and 1, got 1.0");
        badUse("--quantile", "api00", "--quantiles", "0");
    }

    @org.junit.jupiter.api.Test
    void aFormulaNamingAMissingColumnIsAUsageErrorNamingIt() throws IOException {
        assertThat(badUse("--glm", "api00 ~ meals + nosuch").err()).contains("--glm api00 ~ meals + nosuch: no column 'nosuch'");
        assertThat(badUse("--glm", "api00 ~ meals:ell").err()).contains("term 'meals:ell' is not a column");
        assertThat(badUse("--glm", "api00 meals").err()).contains("expected 'Y ~ X1 + X2 + ...'");
        assertThat(badUse("--glm", "api00 ~ meals", "--family", "poisson").err()).contains("--family must be");
        // one01 is 1 on every row: the intercept's copy (R would give it the coefficient NA)
        assertThat(badUse("--glm", "api00 ~ one01").err())
                .contains("the model's columns are collinear (column 2) of (Intercept), one01");
    }

    @org.junit.jupiter.api.Test
    void aTermGivenTwiceIsOneTermAsInR() throws IOException {
        Map<String, String> meals = RFixtures.rows("glm-cases.csv").stream()
                .filter(r -> r.get("case").equals("strat-fpc") && r.get("formula").equals("api00 ~ meals")
                        && r.get("term").equals("meals")).findFirst().orElseThrow();
        List<String> args = designArgs(meals);
        args.addAll(List.of("--glm", "api00 ~ meals + meals + 1"));
        Run run = run(args);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.rows()).extracting(r -> r.get("variable")).containsExactly("(Intercept)", "meals");
        close("meals", run.row("coef", "meals", ""), "estimate", meals.get("estimate"), 1);
        close("meals", run.row("coef", "meals", ""), "se", meals.get("se"), 1);
    }

    @org.junit.jupiter.api.Test
    void aFactorWithOneLevelIsAUsageError() throws IOException {
        Path data = tmp.resolve("one.csv");
        Files.writeString(data, "w,y,g,x\n1,1,a,1\n1,2,a,2\n1,3,a,4\n1,5,b,\n");
        Run run = run(List.of("--data", data.toString(), "--weights", "w", "--glm", "y ~ x + g",
                "--out", tmp.resolve("bad.csv").toString()));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("the factor g has 1 level(s) among the rows the model uses");
    }

    @org.junit.jupiter.api.Test
    void aRatioWhoseDenominatorTotalIsZeroIsAUsageError() throws IOException {
        Path data = tmp.resolve("zero.csv");
        Files.writeString(data, "w,y,x,g\n1,1,0,a\n2,2,0,a\n1,3,1,b\n");
        Run run = run(List.of("--data", data.toString(), "--weights", "w", "--ratio", "y/x", "--by", "g",
                "--out", tmp.resolve("bad.csv").toString()));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--ratio y/x in g=a: the ratio's denominator has total 0");
        assertThat(badUse("--ratio", "api00").err()).contains("--ratio api00: expected NUM/DEN");
    }

    @org.junit.jupiter.api.Test
    void aContrastNamesAByColumnAndTwoOfItsGroups() throws IOException {
        assertThat(badUse("--mean", "api00", "--contrast", "stype=E-M").err()).contains("give --by stype");
        assertThat(badUse("--mean", "api00", "--by", "stype", "--contrast", "stype=E-X").err())
                .contains("V1 and V2 must be two groups of stype (groups: E, M, H)");
        assertThat(badUse("--mean", "api00", "--by", "stype", "--contrast", "stype").err()).contains("expected A=V1-V2");
        assertThat(badUse("--by", "stype", "--contrast", "stype=E-M", "--ratio", "api00/api99").err())
                .contains("--contrast compares the groups' --mean, --total or --proportion");
    }

    @org.junit.jupiter.api.Test
    void aTestOfAssociationNeedsTwoColumnsWithTwoLevelsEach() throws IOException {
        assertThat(badUse("--chisq", "stype").err()).contains("--chisq stype: expected A+B");
        Path data = tmp.resolve("one.csv");
        Files.writeString(data, "w,a,b\n1,x,1\n1,x,2\n1,x,1\n");
        Run run = run(List.of("--data", data.toString(), "--weights", "w", "--chisq", "a+b",
                "--out", tmp.resolve("bad.csv").toString()));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--chisq a+b: a test of association needs two levels or more");
    }
}
