package se.hrvstat.survey.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.hrvstat.survey.weight.NonResponseAdjustment.SampledClass;

class NonResponseAdjustmentTest {

    @Test
    void respondentsOfAClassCarryItsEnrolledStudents() {
        // one class, design weight 6, 25 enrolled, 20 answered: 6 * 25/20 = 7.5
        var result = NonResponseAdjustment.adjust(List.of(new SampledClass("h", "s", "c", 6, 25, 20)));

        assertThat(result.weightByClass().get("c")).isCloseTo(7.5, within(1e-12));
        assertThat(result.collapses()).isEmpty();
    }

    @Test
    void aClassThatTookNoPartIsCarriedByTheRespondingClassesOfItsSchool() {
        // school s: c1 (d=4, 20 enrolled, 10 answered) and c2 (d=4, 30 enrolled, took no part).
        // school factor = (4*20 + 4*30) / (4*20) = 2.5; c1 weight = 4 * 20/10 * 2.5 = 20.
        // Check: 10 respondents * 20 = 200 = 4 * (20 + 30), the school's design-weighted enrolment.
        var result = NonResponseAdjustment.adjust(List.of(new SampledClass("h", "s", "c1", 4, 20, 10),
                new SampledClass("h", "s", "c2", 4, 30, 0)));

        assertThat(result.weightByClass().get("c1")).isCloseTo(20.0, within(1e-12));
        assertThat(result.weightByClass()).doesNotContainKey("c2");
        assertThat(result.collapses()).singleElement().asString().contains("school s").contains("1 of 2 classes");
    }

    @Test
    void aSchoolThatTookNoPartIsCarriedByTheRespondingSchoolsOfItsStratum() {
        // stratum h: school a (one class d=3, 10 enrolled, 10 answered), school b (d=3, 30 enrolled, none).
        // stratum factor = 3*(10+30) / (3*10) = 4; a's weight = 3 * 1 * 1 * 4 = 12; 10 * 12 = 120 = 3 * 40.
        var result = NonResponseAdjustment.adjust(List.of(new SampledClass("h", "a", "a1", 3, 10, 10),
                new SampledClass("h", "b", "b1", 3, 30, 0)));

        assertThat(result.weightByClass().get("a1")).isCloseTo(12.0, within(1e-12));
        assertThat(result.collapses()).singleElement().asString().contains("stratum h").contains("1 school(s)");
    }

    @Test
    void theAdjustedWeightsKeepEveryStratumsDesignWeightedEnrolment() {
        var classes = List.of(new SampledClass("h1", "a", "a1", 2.5, 24, 20), new SampledClass("h1", "a", "a2", 2.5, 26, 0),
                new SampledClass("h1", "b", "b1", 5, 22, 17), new SampledClass("h1", "c", "c1", 5, 28, 0),
                new SampledClass("h2", "d", "d1", 7, 30, 29));
        var result = NonResponseAdjustment.adjust(classes);

        for (String stratum : List.of("h1", "h2")) {
            double design = classes.stream().filter(c -> c.stratum().equals(stratum))
                    .mapToDouble(c -> c.designWeight() * c.enrolled()).sum();
            double adjusted = classes.stream().filter(c -> c.stratum().equals(stratum) && c.respondents() > 0)
                    .mapToDouble(c -> c.respondents() * result.weightByClass().get(c.classId())).sum();
            assertThat(adjusted).as(stratum).isCloseTo(design, within(1e-9));
        }
    }

    @Test
    void aClassWithMoreRespondentsThanEnrolledCountsItsRespondents() {
        // enrolled 0 (register not updated), 12 answered: e = max(0, 12) = 12, weight = 5 * 12/12 = 5
        var result = NonResponseAdjustment.adjust(List.of(new SampledClass("h", "s", "c", 5, 0, 12)));

        assertThat(result.weightByClass().get("c")).isCloseTo(5.0, within(1e-12));
    }
}
