package se.hrvstat.cli.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import se.hrvstat.survey.testdata.RFixtures;

/**
 * {@code hrvstat calibrate} end to end on R's api data against the R fixtures
 * ({@code src/test/r/make-calibration-fixtures.R}): the calibrated_weight column agrees with
 * R's weights to 1e-9 relative; failures exit 1 naming margin and misfit and write nothing;
 * bad usage exits 2.
 */
class CalibrateCommandTest {
    @TempDir
    Path tmp;

    record Run(int exit, String err, List<String> lines) {
    }

    Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new CalibrateCommand());
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        Path out = tmp.resolve("out.csv");
        try {
            List<String> lines = Files.exists(out) ? Files.readAllLines(out, StandardCharsets.UTF_8) : List.of();
            return new Run(exit, err.toString(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path fixture(String name) {
        try {
            return Path.of(CalibrateCommandTest.class.getResource("/r-fixtures/calibration/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of population.csv for the given margins, as a file. */
    Path population(String plusSeparated) throws IOException {
        List<String> all = Files.readAllLines(fixture("population.csv"), StandardCharsets.UTF_8);
        List<String> keep = new ArrayList<>(List.of(all.get(0)));
        for (String m : plusSeparated.split("\\+")) {
            for (String line : all.subList(1, all.size())) {
                if (line.startsWith("\"" + m + "\",")) {
                    keep.add(line);
                }
            }
        }
        Path p = tmp.resolve("population.csv");
        Files.write(p, keep, StandardCharsets.UTF_8);
        return p;
    }

    static Stream<String> cases() {
        return RFixtures.rows("calibration/cases.csv").stream()
                .filter(c -> List.of("linear", "raking", "logit", "poststratify").contains(c.get("method")))
                .map(c -> c.get("case"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void calibratedWeightsAgreeWithR(String name) throws IOException {
        Map<String, String> c = RFixtures.rows("calibration/cases.csv").stream()
                .filter(r -> r.get("case").equals(name)).findFirst().orElseThrow();
        List<String> args = new ArrayList<>(List.of("--data", fixture(c.get("data") + ".csv").toString(), "--weights", "pw",
                "--fpc", c.get("fpc"), "--population", population(c.get("margins")).toString(), "--method", c.get("method"),
                "--out", tmp.resolve("out.csv").toString()));
        if (!c.get("strata").isEmpty()) {
            args.addAll(List.of("--strata", c.get("strata")));
        }
        if (!c.get("cluster").isEmpty()) {
            args.addAll(List.of("--cluster", c.get("cluster")));
        }
        for (String option : List.of("bounds", "trim", "epsilon", "maxit")) {
            if (!c.get(option).isEmpty()) {
                args.addAll(List.of("--" + option, c.get(option)));
            }
        }
        Run r = run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> input = Files.readAllLines(fixture(c.get("data") + ".csv"), StandardCharsets.UTF_8);
        assertThat(r.lines()).hasSameSizeAs(input);
        assertThat(r.lines().get(0)).endsWith(",calibrated_weight");
        double[] expected = RFixtures.rows("calibration/weights.csv").stream().filter(w -> w.get("case").equals(name))
                .mapToDouble(w -> Double.parseDouble(w.get("weight"))).toArray();
        List<Map<String, String>> rows = readOutput();
        for (int i = 0; i < expected.length; i++) {
            // rows keep their order and their cells
            assertThat(rows.get(i).get("cds")).isEqualTo(RFixtures.texts("calibration/" + c.get("data"), "cds")[i]);
            double w = Double.parseDouble(rows.get(i).get("calibrated_weight"));
            assertThat(Math.abs(w - expected[i])).as("row %d: %s vs R %s", i + 1, w, expected[i])
                    .isLessThanOrEqualTo(1e-9 * expected[i]);
        }
    }

    List<Map<String, String>> readOutput() throws IOException {
        Path out = tmp.resolve("out.csv");
        try (var parser = org.apache.commons.csv.CSVParser.builder().setPath(out).setCharset(StandardCharsets.UTF_8)
                .setFormat(org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())
                .get()) {
            List<Map<String, String>> rows = new ArrayList<>();
            parser.forEach(r -> rows.add(r.toMap()));
            return rows;
        }
    }

    String[] args(Path populationFile, String method, String... more) {
        List<String> a = new ArrayList<>(List.of("--data", fixture("apistrat.csv").toString(), "--weights", "pw",
                "--strata", "stype", "--fpc", "fpc", "--population", populationFile.toString(), "--method", method,
                "--out", tmp.resolve("out.csv").toString()));
        a.addAll(Arrays.asList(more));
        return a.toArray(String[]::new);
    }

    Path write(String name, String... lines) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, List.of(lines), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void contradictoryMarginsExitOneNamingTheMarginsAndTheMisfitAndWriteNothing() throws IOException {
        Path p = write("pop.csv", "margin,stype,sch.wide,count", "stype,E,,4421", "stype,H,,755", "stype,M,,1018",
                "sch.wide,,No,1072", "sch.wide,,Yes,5000");
        Run r = run(args(p, "raking"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("'stype'", "'sch.wide'", "misfit 122");
        assertThat(Files.exists(tmp.resolve("out.csv"))).isFalse();
    }

    @Test
    void nonConvergenceExitsOneNamingTheMarginAndTheMisfit() throws IOException {
        Run r = run(args(population("stype+sch.wide"), "raking", "--maxit", "1"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("did not converge", "margin '", "off by");
        assertThat(Files.exists(tmp.resolve("out.csv"))).isFalse();
    }

    @Test
    void aPopulationCellWithoutSampleExitsOne() throws IOException {
        Path p = write("pop.csv", "margin,stype,count", "stype,E,4421", "stype,H,755", "stype,M,1018", "stype,X,10");
        Run r = run(args(p, "linear"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("margin 'stype'", "stype=X", "misfit 10");
        assertThat(Files.exists(tmp.resolve("out.csv"))).isFalse();
    }

    @Test
    void sampleRowsWithoutAPopulationCellExitOne() throws IOException {
        Path p = write("pop.csv", "margin,stype,count", "stype,E,4421", "stype,H,755");
        Run r = run(args(p, "raking"));
        assertThat(r.exit()).isEqualTo(1);
        // apistrat.csv: 50 schools of type M, the first on data row 11
        assertThat(r.err()).contains("margin 'stype'", "50 sample rows", "row 11: stype=M");
    }

    @Test
    void logitWithoutBoundsIsAUsageError() throws IOException {
        assertThat(run(args(population("stype"), "logit")).exit()).isEqualTo(2);
    }

    @Test
    void anUnknownMethodIsAUsageError() throws IOException {
        assertThat(run(args(population("stype"), "ipf")).exit()).isEqualTo(2);
    }

    @Test
    void postStratifyingOnTwoMarginsIsAUsageError() throws IOException {
        assertThat(run(args(population("stype+sch.wide"), "poststratify")).exit()).isEqualTo(2);
    }

    @Test
    void anUnknownWeightColumnIsAUsageError() throws IOException {
        String[] a = args(population("stype"), "linear");
        a[3] = "nosuchcolumn";
        assertThat(run(a).exit()).isEqualTo(2);
    }

    @Test
    void aMarginOnAColumnTheDataLacksExitsOne() throws IOException {
        Path p = write("pop.csv", "margin,lanskod,count", "lan,01,10", "lan,03,20");
        Run r = run(args(p, "raking"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("margin 'lan'", "lanskod");
    }
}
