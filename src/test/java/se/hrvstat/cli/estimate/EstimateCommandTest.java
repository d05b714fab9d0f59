package se.hrvstat.cli.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import se.hrvstat.survey.testdata.RFixtures;

/**
 * {@code hrvstat estimate} end to end on the exported api data, compared with the R fixtures
 * ({@code src/test/r/make-survey-fixtures.R}) to 1e-9 relative; intervals with R's exact values
 * ({@code ci_*_exact}, see {@code AgreesWithRSurveyTest} for where svyciprop itself is inexact).
 */
class EstimateCommandTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err, List<Map<String, String>> rows) {
    }

    Run run(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new EstimateCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        List<Map<String, String>> rows = new ArrayList<>();
        Path file = outFile(args);
        if (exit == 0 && file != null && Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).isEqualTo("statistic,variable,domain,estimate,se,ci_low,ci_high,deff,n,p");
            String[] header = lines.get(0).split(",");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
        }
        return new Run(exit, out.toString(), err.toString(), rows);
    }

    static Path outFile(String[] args) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--out")) {
                return Path.of(args[i + 1]);
            }
        }
        return null;
    }

    static Path fixture(String name) {
        try {
            return Path.of(EstimateCommandTest.class.getResource("/r-fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> designs() {
        String[] cases = {"strat-fpc", "strat", "weights-only", "strat-nest", "clus1-fpc", "clus1", "clus2-fpc",
                "clus2-frac", "clus2-nofpc", "clus1-lonely-adjust", "clus1-lonely-average", "clus1-lonely-remove",
                "small-lonely-certainty", "small-fpc", "small-census"};
        String[] methods = {"logit", "beta", "mean", "xlogit", "asin", "likelihood"};
        List<Arguments> out = new ArrayList<>();
        for (String c : cases) {
            for (String m : methods) {
                out.add(Arguments.of(c, m));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} --ci {1}")
    @MethodSource("designs")
    void reproducesTheRFixturesOverallAndByDomain(String caseName, String method) throws IOException {
        List<Map<String, String>> expected = RFixtures.rows("cases.csv").stream()
                .filter(r -> r.get("case").equals(caseName) && r.get("level").startsWith("0.9499")
                        && !r.get("statistic").equals("ratio") // not a CLI statistic
                        && (r.get("method").isEmpty() || r.get("method").equals(method)))
                .toList();
        Map<String, String> spec = expected.get(0);
        String by = expected.stream().map(r -> r.get("by")).filter(b -> !b.isEmpty()).findFirst().orElseThrow();
        int compared = 0;
        for (boolean byDomain : new boolean[] {false, true}) {
            List<String> args = new ArrayList<>(List.of("--data", fixture(spec.get("data") + ".csv").toString(),
                    "--weights", spec.get("weights"), "--lonely-psu", spec.get("lonely"), "--ci", method,
                    "--out", tmp.resolve("out.csv").toString()));
            add(args, "--strata", spec.get("strata"));
            add(args, "--cluster", spec.get("cluster").replace('+', ','));
            add(args, "--fpc", spec.get("fpc").replace('+', ','));
            if (spec.get("nest").equals("TRUE")) {
                args.add("--nest");
            }
            for (Map<String, String> r : expected) {
                String option = "--" + r.get("statistic");
                if (!containsPair(args, option, r.get("variable"))) {
                    args.add(option);
                    args.add(r.get("variable"));
                }
            }
            if (byDomain) {
                args.add("--by");
                args.add(by);
            }
            Run run = run(args.toArray(String[]::new));
            assertThat(run.exit()).as(run.err()).isZero();
            for (Map<String, String> r : expected) {
                boolean overall = r.get("by").isEmpty();
                if (overall == byDomain || (!overall && !r.get("by").equals(by))) {
                    continue;
                }
                String domain = overall ? "" : by + "=" + r.get("by_value");
                Map<String, String> got = run.rows().stream()
                        .filter(g -> g.get("statistic").equals(r.get("statistic")) && g.get("variable").equals(r.get("variable"))
                                && g.get("domain").equals(domain))
                        .findFirst().orElseThrow(() -> new AssertionError("no output row for " + r));
                String what = caseName + " " + r.get("statistic") + " " + r.get("variable") + " " + domain + " ";
                double scale = Math.abs(RFixtures.number(r.get("estimate")));
                close(what + "estimate", got.get("estimate"), r.get("estimate"), scale);
                close(what + "se", got.get("se"), r.get("se"), scale);
                close(what + "deff", got.get("deff"), r.get("deff"), 1);
                close(what + "ci_low", got.get("ci_low"), r.get("ci_low_exact"), scale);
                close(what + "ci_high", got.get("ci_high"), r.get("ci_high_exact"), scale);
                assertThat(got.get("n")).as(what + "n").isEqualTo(r.get("n"));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(0);
    }

    static boolean containsPair(List<String> args, String option, String value) {
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals(option) && args.get(i + 1).equals(value)) {
                return true;
            }
        }
        return false;
    }

    static void add(List<String> args, String option, String value) {
        if (!value.isEmpty()) {
            args.add(option);
            args.add(value);
        }
    }

    static void close(String what, String actualCell, String expected, double scale) {
        double e = RFixtures.number(expected);
        if (Double.isNaN(e)) {
            assertThat(actualCell).as(what).isEmpty();
            return;
        }
        if (Double.isInfinite(e)) {
            assertThat(actualCell).as(what).isEqualTo(e > 0 ? "Inf" : "-Inf");
            return;
        }
        double a = Double.parseDouble(actualCell);
        double tolerance = Math.max(1e-9 * Math.abs(e), 1e-13 * Math.max(scale, 1e-300));
        assertThat(Math.abs(a - e)).as("%s: %s vs R %s", what, actualCell, expected).isLessThanOrEqualTo(tolerance);
    }

    @Test
    void severalByColumnsMakeOneDomainPerCombination() throws IOException {
        Run run = run("--data", fixture("apistrat.csv").toString(), "--weights", "pw", "--strata", "stype",
                "--fpc", "fpc", "--mean", "api00", "--by", "stype,both", "--out", tmp.resolve("o.csv").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.rows()).extracting(r -> r.get("domain"))
                .contains("stype=E;both=Yes", "stype=H;both=No").hasSize(6);
    }

    @Test
    void aLonelyPsuUnderFailExitsOneNamingTheStratum() throws IOException {
        Run run = run("--data", fixture("small.csv").toString(), "--weights", "w", "--strata", "stratum",
                "--cluster", "psu", "--mean", "y", "--out", tmp.resolve("o.csv").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Stratum (C) has only one PSU at stage 1");
        assertThat(tmp.resolve("o.csv")).doesNotExist();
    }

    @Test
    void clustersNotNestedInStrataExitOne() throws IOException {
        Run run = run("--data", fixture("apistrat.csv").toString(), "--weights", "pw", "--strata", "stype",
                "--cluster", "dnum", "--mean", "api00", "--out", tmp.resolve("o.csv").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Clusters not nested in strata at top level; you may want nest=TRUE.");
    }

    @Test
    void anUnknownColumnIsAUsageError() throws IOException {
        Run run = run("--data", fixture("apistrat.csv").toString(), "--weights", "pw", "--mean", "nosuch",
                "--out", tmp.resolve("o.csv").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no column 'nosuch'");
    }

    @Test
    void aNonNumericWeightExitsOneNamingFileLineAndColumn() throws IOException {
        Path data = tmp.resolve("bad.csv");
        Files.writeString(data, "w,y\n1,2\nabc,3\n2,4\n");
        Run run = run("--data", data.toString(), "--weights", "w", "--mean", "y", "--out", tmp.resolve("o.csv").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("bad.csv: line 3, column 'w'").contains("'abc' is not a number");
    }

    @Test
    void aNegativeWeightExitsOneNamingFileLineAndColumn() throws IOException {
        Path data = tmp.resolve("neg.csv");
        Files.writeString(data, "w,y\n1,2\n2,3\n-2,4\n");
        Run run = run("--data", data.toString(), "--weights", "w", "--mean", "y", "--out", tmp.resolve("o.csv").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("neg.csv: line 4, column 'w'");
    }

    @Test
    void aMissingDataFileExitsOne() throws IOException {
        Run run = run("--data", tmp.resolve("none.csv").toString(), "--mean", "y", "--out", tmp.resolve("o.csv").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("none.csv");
    }

    @Test
    void missingValuesAreEmptyOrNaAndLeftOut() throws IOException {
        Path data = tmp.resolve("na.csv");
        Files.writeString(data, "w,y\n1,2\n1,\n1,NA\n1,4\n");
        Run run = run("--data", data.toString(), "--weights", "w", "--mean", "y", "--out", tmp.resolve("o.csv").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.rows().get(0)).containsEntry("estimate", "3.0").containsEntry("n", "2");
    }

    @Test
    void badUsageExitsTwo() throws IOException {
        assertThat(run("--data", "x.csv", "--mean", "y").exit()).as("no --out").isEqualTo(2);
        assertThat(run("--data", fixture("apistrat.csv").toString(), "--mean", "api00", "--ci", "wald",
                "--out", tmp.resolve("o.csv").toString()).exit()).isEqualTo(2);
        assertThat(run("--data", fixture("apistrat.csv").toString(), "--mean", "api00", "--level", "95",
                "--out", tmp.resolve("o.csv").toString()).exit()).isEqualTo(2);
        assertThat(run("--data", fixture("apistrat.csv").toString(), "--out", tmp.resolve("o.csv").toString()).exit())
                .as("no statistic").isEqualTo(2);
    }

    static Stream<Arguments> replicateDesigns() {
        List<Arguments> out = new ArrayList<>();
        for (String c : new String[] {"jk1", "jkn", "brr", "fay", "boot"}) {
            for (boolean mse : new boolean[] {false, true}) {
                for (String m : new String[] {"logit", "beta", "mean", "xlogit", "asin"}) {
                    out.add(Arguments.of(c, mse, m));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} mse={1} --ci {2}")
    @MethodSource("replicateDesigns")
    void reproducesTheRReplicateFixtures(String caseName, boolean mse, String method) throws IOException {
        List<Map<String, String>> expected = RFixtures.rows("rep-cases.csv").stream()
                .filter(r -> r.get("case").equals(caseName) && Boolean.parseBoolean(r.get("mse")) == mse
                        && (r.get("method").isEmpty() || r.get("method").equals(method)))
                .toList();
        Map<String, String> spec = expected.get(0);
        int compared = 0;
        for (boolean byDomain : new boolean[] {false, true}) {
            List<String> args = new ArrayList<>(List.of("--data", fixture(spec.get("data") + ".csv").toString(),
                    "--weights", "pw", "--repweights", "^rep[0-9]+$", "--reptype", spec.get("reptype"), "--ci", method,
                    "--mean", "api00", "--mean", "acs.46", "--total", "enroll", "--proportion", "awards01",
                    "--proportion", "acs46hi", "--out", tmp.resolve("out.csv").toString()));
            add(args, "--rho", spec.get("rho"));
            add(args, "--scale", spec.get("scale"));
            add(args, "--rscales", spec.get("rscales").replace(';', ','));
            if (mse) {
                args.add("--mse");
            }
            if (byDomain) {
                args.add("--by");
                args.add("stype");
            }
            Run run = run(args.toArray(String[]::new));
            assertThat(run.exit()).as(run.err()).isZero();
            for (Map<String, String> r : expected) {
                if (r.get("by").isEmpty() == byDomain) {
                    continue;
                }
                String domain = byDomain ? "stype=" + r.get("by_value") : "";
                Map<String, String> got = run.rows().stream()
                        .filter(g -> g.get("statistic").equals(r.get("statistic")) && g.get("variable").equals(r.get("variable"))
                                && g.get("domain").equals(domain))
                        .findFirst().orElseThrow(() -> new AssertionError("no output row for " + r));
                String what = caseName + " " + r.get("statistic") + " " + r.get("variable") + " " + domain + " ";
                double scale = Math.abs(RFixtures.number(r.get("estimate")));
                close(what + "estimate", got.get("estimate"), r.get("estimate"), scale);
                close(what + "se", got.get("se"), r.get("se"), scale);
                close(what + "deff", got.get("deff"), r.get("deff"), 1);
                close(what + "ci_low", got.get("ci_low"), r.get("ci_low_exact"), scale);
                close(what + "ci_high", got.get("ci_high"), r.get("ci_high_exact"), scale);
                assertThat(got.get("n")).as(what + "n").isEqualTo(r.get("n"));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(0);
    }

    @Test
    void aFayDesignWithoutRhoExitsOneWithRsReason() throws IOException {
        Run run = run("--data", fixture("rep-fay.csv").toString(), "--weights", "pw", "--repweights", "^rep",
                "--reptype", "Fay", "--mean", "api00", "--out", tmp.resolve("o.csv").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("With type='Fay' you must supply the correct rho");
    }

    @Test
    void aLikelihoodIntervalOnReplicatesIsEmpty() throws IOException {
        Run run = run("--data", fixture("rep-jk1.csv").toString(), "--weights", "pw", "--repweights", "^rep",
                "--reptype", "JK1", "--proportion", "awards01", "--ci", "likelihood", "--out", tmp.resolve("o.csv").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.rows().get(0)).containsEntry("ci_low", "").containsEntry("ci_high", "");
    }

    @Test
    void replicateOptionsWithoutRepweightsAreAUsageError() throws IOException {
        assertThat(run("--data", fixture("apistrat.csv").toString(), "--weights", "pw", "--mse", "--mean", "api00",
                "--out", tmp.resolve("o.csv").toString()).exit()).isEqualTo(2);
    }
}
