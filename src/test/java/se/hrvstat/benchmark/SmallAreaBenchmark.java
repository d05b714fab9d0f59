package se.hrvstat.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.hrvstat.survey.smallarea.AggregateBenchmark;
import se.hrvstat.survey.smallarea.AreaShares;
import se.hrvstat.survey.smallarea.DesignEffectRule;
import se.hrvstat.survey.smallarea.SmallAreaResult;
import se.hrvstat.survey.smallarea.SmallAreaSettings;
import se.hrvstat.survey.smallarea.SmallAreaShares;

/**
 * The small-area model of issue 18 for every headline indicator: 23 indicators × 290
 * municipalities (about 180 sampled, two covariates), each {@link SmallAreaShares#estimate} with
 * the design-effect rule, REML, MSE, synthetic estimates, benchmarking to the national value and
 * the back-transforms. The target is "well under a second" for all 23. Not a unit test; run it
 * with JMH as docs/benchmarks.md shows ({@code BenchmarkMain SmallArea}).
 *
 * <p>{@link #baselineSum} is one pass over the 23 × 290 direct estimates, for the ratio that
 * {@code BenchmarkMain} prints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class SmallAreaBenchmark {

    @Param({"290"})
    int rows;

    static final int INDICATORS = 23;

    AreaShares[] inputs;
    AggregateBenchmark[] national;
    DesignEffectRule rule;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(18);
        int m = rows;
        String[] code = new String[m];
        double[] students = new double[m];
        double[][] covariates = new double[2][m];
        int[] respondents = new int[m];
        int[] schools = new int[m];
        double[] covered = new double[m];
        for (int d = 0; d < m; d++) {
            code[d] = String.format(Locale.ROOT, "%04d", d + 100);
            students[d] = Math.max(19, Math.round(Math.exp(Math.log(230) + r.nextGaussian())));
            covariates[0][d] = Math.min(0.7, Math.max(0, 0.16 + 0.08 * r.nextGaussian()));
            covariates[1][d] = Math.log(students[d]);
            if (r.nextDouble() < Math.min(0.95, 0.35 + 0.25 * Math.log(students[d] / 100))) {
                respondents[d] = (int) Math.min(students[d], Math.max(12, Math.round(0.09 * students[d])));
                schools[d] = 1 + respondents[d] / 30;
                covered[d] = r.nextDouble();
            }
        }
        inputs = new AreaShares[INDICATORS];
        national = new AggregateBenchmark[INDICATORS];
        for (int i = 0; i < INDICATORS; i++) {
            double base = 0.05 + 0.4 * i / INDICATORS;
            double[] direct = new double[m];
            double sum = 0;
            double weight = 0;
            for (int d = 0; d < m; d++) {
                double theta = Math.asin(Math.sqrt(base)) + 0.3 * (covariates[0][d] - 0.16) + 0.07 * r.nextGaussian();
                double p = Math.pow(Math.sin(Math.max(0, theta)), 2);
                direct[d] = Double.NaN;
                if (respondents[d] > 0) {
                    int yes = 0;
                    for (int k = 0; k < respondents[d]; k++) {
                        yes += r.nextDouble() < p ? 1 : 0;
                    }
                    direct[d] = (double) yes / respondents[d];
                }
                sum += students[d] * p;
                weight += students[d];
            }
            inputs[i] = new AreaShares(code, respondents, schools, covered, direct, new double[m],
                    List.of("share_foreign_background", "log_students"), covariates);
            national[i] = new AggregateBenchmark(sum / weight, students);
        }
        rule = DesignEffectRule.fromNationalDesignEffect(3.3, 26);
    }

    /** All 23 headline indicators, benchmarked. */
    @Benchmark
    public double allHeadlineIndicators() {
        double s = 0;
        for (int i = 0; i < INDICATORS; i++) {
            SmallAreaResult result = SmallAreaShares.estimate(inputs[i], rule, SmallAreaSettings.standard(), national[i]);
            s += result.benchmarkShift();
        }
        return s;
    }

    /** One pass over the direct estimates of all 23 indicators. */
    @Benchmark
    public double baselineSum() {
        double s = 0;
        for (AreaShares in : inputs) {
            for (double v : in.direct()) {
                if (v == v) {
                    s += v;
                }
            }
        }
        return s;
    }
}
