package se.hrvstat.survey.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random properties of calibration (Deville &amp; Särndal 1992): calibrated weights
 * reproduce every margin; calibrating again changes nothing; raking to margins the sample
 * already meets leaves the weights alone; logit and bounded linear calibration keep g within
 * the bounds.
 */
class CalibrationPropertiesTest {
    static final String[] REGIONS = {"01", "03", "04", "05"};
    static final String[] SEXES = {"1", "2"};
    static final String[] GRADES = {"9", "11", "12"};

    /** A random sample: region, sex and grade codes, and positive weights. */
    record Sample(Map<String, String[]> values, double[] weights) {
        static Sample random(Random r, int n) {
            String[] region = new String[n];
            String[] sex = new String[n];
            String[] grade = new String[n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                // every cell of region x grade and sex is filled
                region[i] = REGIONS[i % REGIONS.length];
                grade[i] = GRADES[(i / REGIONS.length) % GRADES.length];
                sex[i] = SEXES[r.nextInt(2)];
                w[i] = 5 + 50 * r.nextDouble();
            }
            sex[0] = "1";
            sex[1] = "2";
            Map<String, String[]> v = new HashMap<>();
            v.put("region", region);
            v.put("sex", sex);
            v.put("grade", grade);
            return new Sample(v, w);
        }

        /** The margins region x grade and sex that {@code target} weights give. */
        List<Margin> margins(double[] target) {
            Map<String, Double> regionGrade = new HashMap<>();
            Map<String, Double> sex = new HashMap<>();
            for (int i = 0; i < target.length; i++) {
                regionGrade.merge(values.get("region")[i] + "|" + values.get("grade")[i], target[i], Double::sum);
                sex.merge(values.get("sex")[i], target[i], Double::sum);
            }
            Margin.Builder rg = Margin.of("region_grade", "region", "grade");
            regionGrade.forEach((k, c) -> rg.cell(c, k.split("\\|")));
            Margin.Builder s = Margin.of("sex", "sex");
            sex.forEach((k, c) -> s.cell(c, k));
            return List.of(rg.build(), s.build());
        }
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 25).mapToObj(i -> 1000L + i);
    }

    static double[] perturbed(Random r, double[] w, double low, double high) {
        double[] t = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            t[i] = w[i] * (low + (high - low) * r.nextDouble());
        }
        return t;
    }

    static void assertReproducesMargins(Sample s, double[] calibrated, List<Margin> margins) {
        List<Margin> achieved = s.margins(calibrated);
        for (int m = 0; m < margins.size(); m++) {
            for (Margin.Cell want : margins.get(m).cells()) {
                double got = achieved.get(m).cells().stream().filter(c -> c.values().equals(want.values()))
                        .findFirst().orElseThrow().count();
                assertThat(Math.abs(got - want.count())).as("%s %s", margins.get(m).name(), want.values())
                        .isLessThanOrEqualTo(1e-6 * (1 + want.count()));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void calibratedWeightsReproduceEveryMargin(long seed) {
        Random r = new Random(seed);
        Sample s = Sample.random(r, 200 + r.nextInt(300));
        List<Margin> margins = s.margins(perturbed(r, s.weights(), 0.7, 1.4));
        for (CalibrationFunction f : CalibrationFunction.values()) {
            Bounds b = f == CalibrationFunction.LOGIT ? new Bounds(0.5, 2) : Bounds.NONE;
            CalibrationResult res = Calibration.calibrate(s.weights(), s.values(), margins, f, b, 1e-10, 100);
            assertReproducesMargins(s, res.weights(), margins);
            assertThat(res.largestMisfit()).isLessThan(1e-6);
        }
        CalibrationResult ps = PostStratification.of(s.weights(), s.values(), margins.get(0));
        assertReproducesMargins(s, ps.weights(), margins.subList(0, 1));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void calibratingTwiceChangesNothing(long seed) {
        Random r = new Random(seed);
        Sample s = Sample.random(r, 300);
        List<Margin> margins = s.margins(perturbed(r, s.weights(), 0.8, 1.3));
        for (CalibrationFunction f : CalibrationFunction.values()) {
            Bounds b = f == CalibrationFunction.LOGIT ? new Bounds(0.3, 3) : Bounds.NONE;
            double[] once = Calibration.calibrate(s.weights(), s.values(), margins, f, b, 1e-10, 100).weights();
            double[] twice = Calibration.calibrate(once, s.values(), margins, f, b, 1e-10, 100).weights();
            for (int i = 0; i < once.length; i++) {
                assertThat(twice[i]).as("%s row %d", f, i).isCloseTo(once[i], org.assertj.core.data.Offset.offset(1e-8 * once[i]));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void rakingToMarginsTheSampleAlreadyMeetsLeavesWeightsUnchanged(long seed) {
        Random r = new Random(seed);
        Sample s = Sample.random(r, 100 + r.nextInt(400));
        List<Margin> own = s.margins(s.weights());
        CalibrationResult res = Calibration.calibrate(s.weights(), s.values(), own, CalibrationFunction.RAKING, Bounds.NONE,
                Calibration.DEFAULT_EPSILON, Calibration.DEFAULT_MAXIT);
        for (int i = 0; i < s.weights().length; i++) {
            assertThat(res.g()[i]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(res.iterations()).isEqualTo(1);
        double[] raked = Raking.rake(s.weights(), s.values(), own, Raking.DEFAULT_EPSILON, Raking.DEFAULT_MAXIT).result().weights();
        for (int i = 0; i < raked.length; i++) {
            assertThat(raked[i]).isCloseTo(s.weights()[i], org.assertj.core.data.Offset.offset(1e-12 * s.weights()[i]));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void boundedCalibrationKeepsGWithinTheBounds(long seed) {
        Random r = new Random(seed);
        Sample s = Sample.random(r, 400);
        double lower = 0.3 + 0.4 * r.nextDouble();
        double upper = 1.4 + r.nextDouble();
        // a weighting with g inside the bounds meets the margins, so a bounded solution exists
        List<Margin> margins = s.margins(perturbed(r, s.weights(), (1 + lower) / 2, (1 + upper) / 2));
        for (CalibrationFunction f : List.of(CalibrationFunction.LOGIT, CalibrationFunction.LINEAR)) {
            CalibrationResult res = Calibration.calibrate(s.weights(), s.values(), margins, f, new Bounds(lower, upper),
                    Calibration.DEFAULT_EPSILON, 200);
            for (double g : res.g()) {
                assertThat(g).as(f + " g").isBetween(lower - 1e-12, upper + 1e-12);
            }
            assertReproducesMargins(s, res.weights(), margins);
        }
    }

    @Test
    void contradictoryMarginsAreAnErrorNamingBothMarginsAndTheMisfit() {
        Sample s = Sample.random(new Random(1), 100);
        List<Margin> m = new ArrayList<>(s.margins(s.weights()));
        Margin sex = m.get(1);
        m.set(1, Margin.of("sex", "sex").cell(sex.cells().get(0).count() + 7, sex.cells().get(0).values().get(0))
                .cell(sex.cells().get(1).count(), sex.cells().get(1).values().get(0)).build());
        assertThatThrownBy(() -> Calibration.calibrate(s.weights(), s.values(), m, CalibrationFunction.RAKING, Bounds.NONE,
                1e-7, 50))
                .isInstanceOf(CalibrationException.class)
                .hasMessageContaining("'region_grade' and 'sex'")
                .satisfies(e -> assertThat(Math.abs(((CalibrationException) e).misfit())).isCloseTo(7, org.assertj.core.data.Offset.offset(1e-6)));
    }

    @Test
    void anEmptySampleCellWithAPositiveCountIsAnErrorNamingTheCell() {
        Sample s = Sample.random(new Random(2), 100);
        Margin region = Margin.of("region", "region").cell(10, "01").cell(10, "03").cell(10, "04").cell(10, "05")
                .cell(3, "25").build();
        assertThatThrownBy(() -> Calibration.calibrate(s.weights(), s.values(), List.of(region), CalibrationFunction.LINEAR,
                Bounds.NONE, 1e-7, 50))
                .isInstanceOf(CalibrationException.class)
                .hasMessageContaining("margin 'region'").hasMessageContaining("region=25").hasMessageContaining("misfit 3.0");
    }

    @Test
    void infeasibleBoundsDoNotConvergeAndNameTheMargin() {
        Sample s = Sample.random(new Random(3), 200);
        List<Margin> margins = s.margins(perturbed(new Random(4), s.weights(), 1.8, 2.2));
        assertThatThrownBy(() -> Calibration.calibrate(s.weights(), s.values(), margins, CalibrationFunction.LOGIT,
                new Bounds(0.9, 1.1), 1e-7, 50))
                .isInstanceOf(CalibrationException.class)
                .hasMessageContaining("did not converge").hasMessageContaining("margin '");
    }
}
