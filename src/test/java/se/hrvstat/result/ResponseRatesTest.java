package se.hrvstat.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.hrvstat.result.ResponseRates.Breakdown;
import se.hrvstat.result.ResponseRates.Rate;
import se.hrvstat.result.ResponseRates.SampledClass;

class ResponseRatesTest {

    /**
     * Wave 2024: stratum 01-GR (grade 9, county 01) sampled n_h = 3 schools, of which A (two classes,
     * one answered) and B (one class, answered) answered and C (one class, listed, no answers) did
     * not; stratum 12-GY (grade 11, county 12) sampled n_h = 2 schools, D answered, the other is not
     * listed at all (a school that declined before its classes were drawn).
     */
    private static List<SampledClass> classes() {
        return List.of(
                new SampledClass(2024, "01-GR", "01", 9, "A", 3, 25, 20),
                new SampledClass(2024, "01-GR", "01", 9, "A", 3, 24, 0),
                new SampledClass(2024, "01-GR", "01", 9, "B", 3, 30, 27),
                new SampledClass(2024, "01-GR", "01", 9, "C", 3, 28, 0),
                new SampledClass(2024, "12-GY", "12", 11, "D", 2, 32, 16),
                new SampledClass(2022, "01-GR", "01", 9, "A", 3, 20, 10));
    }

    @Test
    void each_level_is_conditional_on_the_level_above() {
        Rate all = ResponseRates.of(classes()).stream()
                .filter(r -> r.wave() == 2024 && r.breakdown() == Breakdown.ALL).findFirst().orElseThrow();
        // schools: A, B, D answered of n_h 3 + 2 = 5 sampled
        assertThat(all.schoolsSampled()).isEqualTo(5);
        assertThat(all.schoolsResponding()).isEqualTo(3);
        assertThat(all.schoolRate()).isCloseTo(0.6, within(1e-15));
        // classes in A, B and D: 4 sampled (C's class is not counted: its school did not take part), 3 answered
        assertThat(all.classesSampled()).isEqualTo(4);
        assertThat(all.classesResponding()).isEqualTo(3);
        // students: 20 + 27 + 16 = 63 answers of 25 + 30 + 32 = 87 enrolled in the classes that answered
        assertThat(all.respondents()).isEqualTo(63);
        assertThat(all.enrolled()).isEqualTo(87);
        assertThat(all.studentRate()).isCloseTo(63.0 / 87, within(1e-15));
    }

    @Test
    void rates_come_by_wave_then_all_grades_counties_in_order() {
        List<Rate> rates = ResponseRates.of(classes());
        assertThat(rates).extracting(r -> r.wave() + " " + r.breakdown() + " " + r.code()).containsExactly(
                "2022 ALL ", "2022 GRADE 9", "2022 COUNTY 01",
                "2024 ALL ", "2024 GRADE 9", "2024 GRADE 11", "2024 COUNTY 01", "2024 COUNTY 12");
        Rate grade11 = rates.get(5);
        assertThat(grade11.schoolsSampled()).isEqualTo(2);
        assertThat(grade11.schoolsResponding()).isEqualTo(1);
        assertThat(grade11.studentRate()).isCloseTo(0.5, within(1e-15)); // 16 of 32
    }

    @Test
    void a_group_without_a_denominator_has_no_rate() {
        Rate none = new Rate(2024, Breakdown.ALL, "", 0, 0, 0, 0, 0, 0);
        assertThat(none.schoolRate()).isNaN();
        assertThat(none.studentRate()).isNaN();
    }
}
