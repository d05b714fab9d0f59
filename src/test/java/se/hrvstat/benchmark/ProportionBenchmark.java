package se.hrvstat.benchmark;

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
import se.hrvstat.survey.design.SurveyDesign;
import se.hrvstat.survey.estimate.Estimate;
import se.hrvstat.survey.estimate.Estimators;
import se.hrvstat.survey.estimate.IntervalMethod;

/**
 * Taylor-linearised proportions with logit intervals (issue 3, item 7) on a generated stratified
 * two-stage design: 42 strata, 4 032 PSUs (96 per stratum), 8 classes (SSUs) per PSU, weights
 * 5–50, one yes/no item with 3 % missing and a PSU effect, a 21-level domain. Not a unit test
 * (surefire runs only {@code *Test}); run it with JMH as docs/benchmarks.md shows.
 *
 * <p>{@link #baselineMean} is the unweighted mean of the same column, one pass over the
 * doubles: the ratio of the other scores to it says how many such passes an estimate costs,
 * which is comparable between runs on a noisy machine where the milliseconds are not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ProportionBenchmark {
    static final int STRATA = 42;
    static final int PSUS_PER_STRATUM = 96;
    static final int SSUS_PER_PSU = 8;
    static final int DOMAINS = 21;

    @Param({"200000"})
    int rows;

    double[] weights;
    String[] stratum;
    String[] psu;
    String[] ssu;
    double[] y;
    int[] domain;
    SurveyDesign design;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(42);
        int psus = STRATA * PSUS_PER_STRATUM;
        double[] psuEffect = new double[psus];
        for (int p = 0; p < psus; p++) {
            psuEffect[p] = 0.5 * r.nextGaussian();
        }
        weights = new double[rows];
        stratum = new String[rows];
        psu = new String[rows];
        ssu = new String[rows];
        y = new double[rows];
        domain = new int[rows];
        for (int i = 0; i < rows; i++) {
            int p = r.nextInt(psus);
            int s = r.nextInt(SSUS_PER_PSU);
            stratum[i] = Integer.toString(p / PSUS_PER_STRATUM + 1);
            psu[i] = Integer.toString(p + 1);
            ssu[i] = (p + 1) + "." + (s + 1);
            weights[i] = 5 + 45 * r.nextDouble();
            domain[i] = r.nextInt(DOMAINS);
            double eta = -1 + psuEffect[p] + 0.02 * domain[i];
            y[i] = r.nextDouble() < 0.03 ? Double.NaN : (r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0);
        }
        design = SurveyDesign.builder(weights).strata(stratum).clusters(psu, ssu).build();
    }

    /** One pass over the column: the unweighted mean of the non-missing values. */
    @Benchmark
    public double baselineMean() {
        double sum = 0;
        int n = 0;
        for (double v : y) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return sum / n;
    }

    /** {@code svyciprop(~y, design, method = "logit")} with deff, over all rows. */
    @Benchmark
    public Estimate proportionOverall() {
        return Estimators.proportion(design, y, null, IntervalMethod.LOGIT, 0.95);
    }

    /** {@code svyby(~y, ~domain, design, svyciprop, method = "logit")}: all 21 domains at once. */
    @Benchmark
    public Estimate[] proportionsBy21Domains() {
        return Estimators.proportionsByDomain(design, y, domain, DOMAINS, IntervalMethod.LOGIT, 0.95);
    }

    /** {@code svydesign(ids = ~psu + ssu, strata = ~stratum, weights = ~w)}: grouping the id columns. */
    @Benchmark
    public SurveyDesign designBuild() {
        return SurveyDesign.builder(weights).strata(stratum).clusters(psu, ssu).build();
    }
}
