package se.hrvstat.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import se.hrvstat.survey.weight.Bounds;
import se.hrvstat.survey.weight.Calibration;
import se.hrvstat.survey.weight.CalibrationFunction;
import se.hrvstat.survey.weight.CalibrationModel;
import se.hrvstat.survey.weight.CalibrationResult;
import se.hrvstat.survey.weight.Margin;

/**
 * Raking calibration (issue 4, item 8) of generated design weights to two margins as the annual
 * job uses them: {@code lan_grade} (21 counties × 2 grades) and {@code sex_grade} (2 × 2), R's
 * {@code calibrate(design, ~lan_grade + sex_grade, population, calfun = "raking")} with its
 * defaults (epsilon 1e-7, maxit 50). The sample is off the population on every margin, so the
 * iteration has work to do. Not a unit test; run it with JMH as docs/benchmarks.md shows.
 *
 * <p>{@link #baselineSum} is one pass over the weights (their sum): the ratio of the raking
 * scores to it is comparable between runs where the milliseconds are not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class RakingBenchmark {
    static final String[] LANS = {"01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17",
        "18", "19", "20", "21", "22", "23", "24", "25"};
    static final String[] GRADES = {"9", "11"};
    static final String[] SEXES = {"1", "2"};

    @Param({"200000"})
    int rows;

    double[] weights;
    Map<String, String[]> sample;
    List<Margin> margins;
    CalibrationModel model;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(4);
        double[] lanShare = new double[LANS.length];
        double lanTotal = 0;
        for (int k = 0; k < LANS.length; k++) {
            lanShare[k] = 0.5 + 1.5 * r.nextDouble();
            lanTotal += lanShare[k];
        }
        weights = new double[rows];
        String[] lan = new String[rows];
        String[] sex = new String[rows];
        String[] grade = new String[rows];
        for (int i = 0; i < rows; i++) {
            weights[i] = 5 + 45 * r.nextDouble();
            double u = r.nextDouble() * lanTotal;
            int k = 0;
            while (k < LANS.length - 1 && (u -= lanShare[k]) > 0) {
                k++;
            }
            lan[i] = LANS[k];
            sex[i] = r.nextDouble() < 0.55 ? "1" : "2";
            grade[i] = r.nextDouble() < 0.45 ? "9" : "11";
        }
        sample = new HashMap<>();
        sample.put("lanskod", lan);
        sample.put("sex", sex);
        sample.put("grade", grade);
        // population: 20 times the sample, counties uneven, grades even, sexes 51/49 in each grade
        double n = 20.0 * rows;
        double[] lanPop = new double[LANS.length];
        double sum = 0;
        for (int k = 0; k < LANS.length; k++) {
            lanPop[k] = 0.5 + 1.5 * r.nextDouble();
            sum += lanPop[k];
        }
        Margin.Builder lanGrade = Margin.of("lan_grade", "lanskod", "grade");
        double[] gradeTotal = new double[GRADES.length];
        for (int g = 0; g < GRADES.length; g++) {
            for (int k = 0; k < LANS.length; k++) {
                double count = Math.round(n * lanPop[k] / sum / 2);
                lanGrade.cell(count, LANS[k], GRADES[g]);
                gradeTotal[g] += count;
            }
        }
        Margin.Builder sexGrade = Margin.of("sex_grade", "sex", "grade");
        for (int g = 0; g < GRADES.length; g++) {
            double first = Math.round(0.51 * gradeTotal[g]);
            sexGrade.cell(first, SEXES[0], GRADES[g]);
            sexGrade.cell(gradeTotal[g] - first, SEXES[1], GRADES[g]);
        }
        margins = List.of(lanGrade.build(), sexGrade.build());
        model = CalibrationModel.of(sample, margins);
    }

    /** One pass over the weights. */
    @Benchmark
    public double baselineSum() {
        double s = 0;
        for (double w : weights) {
            s += w;
        }
        return s;
    }

    /** Raking from the sample columns and the margins: the model matrix is built each time. */
    @Benchmark
    public CalibrationResult rakingFromMargins() {
        return Calibration.calibrate(weights, sample, margins, CalibrationFunction.RAKING, Bounds.NONE,
                Calibration.DEFAULT_EPSILON, Calibration.DEFAULT_MAXIT);
    }

    /** Raking on a model matrix built once: the iteration alone. */
    @Benchmark
    public CalibrationResult rakingIterationOnly() {
        return Calibration.calibrate(weights, model, CalibrationFunction.RAKING, Bounds.NONE,
                Calibration.DEFAULT_EPSILON, Calibration.DEFAULT_MAXIT);
    }
}
