package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SwedishFormatTest {

    @Test
    void shares_are_percent_with_one_decimal_and_a_decimal_comma() {
        assertThat(SwedishFormat.percent(0.1234)).isEqualTo("12,3");
        assertThat(SwedishFormat.percent(0.12350001)).isEqualTo("12,4");
        assertThat(SwedishFormat.percent(1.0)).isEqualTo("100,0");
        assertThat(SwedishFormat.percent(null)).isEqualTo("..");
        assertThat(SwedishFormat.percent(Double.NaN)).isEqualTo("..");
    }

    @Test
    void counts_use_a_no_break_space_as_thousands_separator() {
        assertThat(SwedishFormat.integer(98_400_000)).isEqualTo("98\u00A0400\u00A0000");
        assertThat(SwedishFormat.integer(999)).isEqualTo("999");
    }

    @Test
    void intervals_join_the_limits_with_an_en_dash() {
        assertThat(SwedishFormat.percentInterval(0.111, 0.1364)).isEqualTo("11,1\u201313,6");
        assertThat(SwedishFormat.percentInterval(null, 0.2)).isEqualTo("..");
    }

    @Test
    void changes_carry_their_sign_in_percentage_points() {
        assertThat(SwedishFormat.percentagePoints(0.012)).isEqualTo("+1,2");
        assertThat(SwedishFormat.percentagePoints(-0.012)).isEqualTo("\u22121,2");
        assertThat(SwedishFormat.percentagePoints(-0.0001)).isEqualTo("0,0");
    }

    @Test
    void domains_get_swedish_labels() {
        assertThat(new DomainLabels(BundledTexts.TEXTS).label("")).isEqualTo("Samtliga");
        assertThat(new DomainLabels(BundledTexts.TEXTS).label("sex=1")).isEqualTo("Flickor");
        assertThat(new DomainLabels(BundledTexts.TEXTS).label("sex=2;grade=11")).isEqualTo("Pojkar, gymnasiet år 2");
        assertThat(new DomainLabels(BundledTexts.TEXTS).label("sex=2;grade=9")).isEqualTo("Pojkar, årskurs 9");
        assertThat(new DomainLabels(BundledTexts.TEXTS).label("lanskod=01")).isEqualTo("Stockholms län"); // regions.csv
        assertThat(new DomainLabels(BundledTexts.TEXTS).label("lanskod=25")).isEqualTo("Norrbottens län");
        assertThat(new DomainLabels(BundledTexts.TEXTS).label("lanskod=99")).isEqualTo("Län 99"); // not a county: shown, not hidden
        assertThat(new DomainLabels(BundledTexts.TEXTS).label("x=7")).isEqualTo("x=7");
    }

    @Test
    void rounding_is_half_up_on_the_decimal_value_not_on_the_binary_double() {
        // 3.05 is stored as 3.04999...; the published value is 3,1 (half up on 3.05), as in PX and Excel
        assertThat(SwedishFormat.decimal(3.05, 1)).isEqualTo("3,1");
        // 0.1235 * 100 = 12.35 exactly in decimal: 12,4
        assertThat(SwedishFormat.percent(0.1235)).isEqualTo("12,4");
        assertThat(SwedishFormat.percentagePoints(-0.00125)).isEqualTo("\u22120,1");
    }

    @Test
    void negative_numbers_take_the_minus_sign_not_the_hyphen() {
        assertThat(SwedishFormat.decimal(-7.2, 1)).isEqualTo("\u22127,2");
        assertThat(SwedishFormat.decimal(-14187.0, 0)).isEqualTo("\u221214\u00A0187");
    }

    @Test
    void p_values_print_without_scientific_notation() {
        assertThat(SwedishFormat.pValue(3.6e-9)).isEqualTo("<\u00A00,001");
        assertThat(SwedishFormat.pValue(0.0004)).isEqualTo("<\u00A00,001");
        assertThat(SwedishFormat.pValue(0.0312)).isEqualTo("0,031");
        assertThat(SwedishFormat.pValue(0.0)).isEqualTo("0,000");
        assertThat(SwedishFormat.pValue(null)).isEqualTo("..");
    }
}
