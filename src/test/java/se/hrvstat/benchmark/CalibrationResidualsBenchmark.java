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
import se.hrvstat.survey.weight.CalibrationResiduals;
import se.hrvstat.survey.weight.PlainProjection;

/**
 * The calibration residuals of the county differences of one indicator and wave, as the estimate
 * step makes them: a wave of {@code rows} respondents raked to {@code lan_grade} (21 counties ×
 * 2 grades) and {@code sex_grade} (2 × 2), a model matrix of rank 45; 210 influence vectors, one
 * per pair of counties, each non-zero on the two counties' rows. {@link #baselinePlainProjection}
 * is the projection as it was written before ({@link PlainProjection}: modified Gram–Schmidt over
 * all rows for every basis vector, each dot product a chain of dependent additions); {@link #oneAtATime} is
 * {@link CalibrationResiduals#of} of each vector (a basis vector zero outside its cell projected
 * over the cell's rows only); {@link #together} is {@link CalibrationResiduals#applyEach} (also
 * four dot products with a dense basis vector side by side). The same numbers
 * (CalibrationResidualsTogetherTest).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class CalibrationResidualsBenchmark {
    private static final int COUNTIES = 21;

    @Param({"25000"})
    int rows;

    CalibrationResiduals residuals;
    double[][] influences;
    PlainProjection plain;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(5);
        double[] w0 = new double[rows];
        double[] w = new double[rows];
        int[] county = new int[rows];
        double[][] x = new double[2 * COUNTIES + 4][rows];
        for (int i = 0; i < rows; i++) {
            w0[i] = 5 + 45 * r.nextDouble();
            w[i] = w0[i] * (0.8 + 0.4 * r.nextDouble());
            county[i] = r.nextInt(COUNTIES);
            int grade = r.nextInt(2);
            x[2 * county[i] + grade][i] = 1;
            x[2 * COUNTIES + 2 * r.nextInt(2) + grade][i] = 1;
        }
        residuals = new CalibrationResiduals(x, w0, w);
        residuals.rank();
        plain = new PlainProjection(x, w0, w);
        influences = new double[COUNTIES * (COUNTIES - 1) / 2][rows];
        int k = 0;
        for (int g = 0; g < COUNTIES; g++) {
            for (int h = g + 1; h < COUNTIES; h++, k++) {
                for (int i = 0; i < rows; i++) {
                    double y = r.nextDouble() < 0.1 ? 1 : 0;
                    influences[k][i] = county[i] == g ? y - 0.1 : county[i] == h ? 0.1 - y : 0;
                }
            }
        }
    }

    @Benchmark
    public double[][] baselinePlainProjection() {
        double[][] out = new double[influences.length][];
        for (int k = 0; k < influences.length; k++) {
            out[k] = plain.residuals(influences[k]);
        }
        return out;
    }

    @Benchmark
    public double[][] oneAtATime() {
        double[][] out = new double[influences.length][];
        for (int k = 0; k < influences.length; k++) {
            out[k] = residuals.of(influences[k]);
        }
        return out;
    }

    @Benchmark
    public double[][] together() {
        return residuals.applyEach(influences);
    }
}
