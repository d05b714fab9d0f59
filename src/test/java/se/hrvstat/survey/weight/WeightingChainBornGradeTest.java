package se.hrvstat.survey.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The optional born_grade margin of EXCHANGE.md 1.3 in the weighting chain: applied as shares
 * within grade like sex_grade, respondents answering born 9 calibrated on the other margins only,
 * and never silently left out.
 */
class WeightingChainBornGradeTest {
    private final List<WeightingChain.SampledClass> classes = new ArrayList<>();
    private final List<String> classOf = new ArrayList<>();
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    /** 2 strata of 4 schools (2 sampled), one grade per school, 2 of 3 classes sampled, 25 respondents each. */
    WeightingChainBornGradeTest() {
        Random random = new Random(5);
        String[] sexes = {"1", "2", "1", "2", "3", "9"};
        String[] borns = {"1", "1", "1", "2", "3", "9", "1", "3"};
        for (String v : List.of("lanskod", "grade", "sex", "born")) {
            values.put(v, new ArrayList<>());
        }
        for (int stratum = 0; stratum < 2; stratum++) {
            for (int school = 0; school < 2; school++) {
                String schoolId = "s" + stratum + school;
                String grade = school == 0 ? "9" : "11";
                for (int c = 0; c < 2; c++) {
                    String classId = schoolId + "c" + c;
                    classes.add(new WeightingChain.SampledClass(classId, "h" + stratum, schoolId, 4, 2, 3, 2, 30, 25));
                    for (int k = 0; k < 25; k++) {
                        classOf.add(classId);
                        values.get("lanskod").add(stratum == 0 ? "01" : "12");
                        values.get("grade").add(grade);
                        values.get("sex").add(sexes[random.nextInt(sexes.length)]);
                        values.get("born").add(borns[random.nextInt(borns.length)]);
                    }
                }
            }
        }
    }

    private WeightingChain.Respondents respondents(boolean withBorn) {
        Map<String, String[]> variables = new HashMap<>();
        values.forEach((k, v) -> {
            if (withBorn || !k.equals("born")) {
                variables.put(k, v.toArray(String[]::new));
            }
        });
        return new WeightingChain.Respondents(classOf.toArray(String[]::new), variables);
    }

    private static Map<String, Margin> register() {
        Margin lan = Margin.of("lan_grade", "lanskod", "grade").cell(1000, "01", "9").cell(900, "01", "11")
                .cell(600, "12", "9").cell(650, "12", "11").build();
        Margin sex = Margin.of("sex_grade", "sex", "grade").cell(800, "1", "9").cell(800, "2", "9")
                .cell(760, "1", "11").cell(790, "2", "11").build();
        Margin born = Margin.of("born_grade", "born", "grade").cell(1200, "1", "9").cell(150, "2", "9")
                .cell(250, "3", "9").cell(1150, "1", "11").cell(140, "2", "11").cell(260, "3", "11").build();
        return Map.of("lan_grade", lan, "sex_grade", sex, "born_grade", born);
    }

    @Test
    void theWeightedBackgroundSplitWithinEachGradeIsTheRegistersAndTheOtherMarginsStillHold() {
        WeightingChain.WaveWeights w = WeightingChain.weigh(classes, respondents(true), register());
        double[] f = w.finalWeights();
        String[] grade = values.get("grade").toArray(String[]::new);
        String[] born = values.get("born").toArray(String[]::new);
        String[] sex = values.get("sex").toArray(String[]::new);
        String[] lan = values.get("lanskod").toArray(String[]::new);
        assertThat(w.calibrated()).isTrue();
        // lan_grade as counts: 01 x 9 = 1000
        assertThat(sum(f, i -> lan[i].equals("01") && grade[i].equals("9"))).isCloseTo(1000, within(1e-6));
        // born_grade as shares among answers 1-3: grade 9, born 2 is 150 / 1600 of them
        double answered9 = sum(f, i -> grade[i].equals("9") && !born[i].equals("9"));
        assertThat(sum(f, i -> grade[i].equals("9") && born[i].equals("2")) / answered9).isCloseTo(150.0 / 1600, within(1e-9));
        double answered11 = sum(f, i -> grade[i].equals("11") && !born[i].equals("9"));
        assertThat(sum(f, i -> grade[i].equals("11") && born[i].equals("3")) / answered11).isCloseTo(260.0 / 1550, within(1e-9));
        // sex_grade still holds: grade 11, sex 1 is 760 / 1550 of those answering 1 or 2
        double sexAnswered11 = sum(f, i -> grade[i].equals("11") && (sex[i].equals("1") || sex[i].equals("2")));
        assertThat(sum(f, i -> grade[i].equals("11") && sex[i].equals("1")) / sexAnswered11).isCloseTo(760.0 / 1550, within(1e-9));
        // and the background margin changed the weights
        Map<String, Margin> withoutBorn = new HashMap<>(register());
        withoutBorn.remove("born_grade");
        double[] g = WeightingChain.weigh(classes, respondents(true), withoutBorn).finalWeights();
        assertThat(sum(g, i -> grade[i].equals("9") && born[i].equals("2")) / sum(g, i -> grade[i].equals("9")
                && !born[i].equals("9"))).isNotCloseTo(150.0 / 1600, within(1e-3));
    }

    @Test
    void aRegisterThatDeliversTheMarginIsNeverIgnored() {
        assertThatThrownBy(() -> WeightingChain.weigh(classes, respondents(false), register()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("born_grade");
    }

    private static double sum(double[] w, java.util.function.IntPredicate in) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += in.test(i) ? w[i] : 0;
        }
        return s;
    }
}
