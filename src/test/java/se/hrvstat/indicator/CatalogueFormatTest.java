package se.hrvstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogueFormatTest {

    @Test
    void commentsBlankLinesAndContinuationLinesAreAllowed() {
        IndicatorCatalogue c = IndicatorCatalogue.parse("""
                # a comment
                [long]
                version    = 2
                label      = Lång definition
                definition = q01

                # a blank line and a comment do not end the definition
                             or q02
                """, "t.ini");
        Indicator i = c.indicators().get(0);
        assertThat(i.definition()).isEqualTo("q01 or q02");
        assertThat(i.version()).isEqualTo(2);
        assertThat(i.label()).isEqualTo("Lång definition");
    }

    @Test
    void referencesMayPointForwardAndStandForTheDefinitionOnly() {
        IndicatorCatalogue c = IndicatorCatalogue.parse("""
                [both]
                version = 1
                label = b
                definition = exposed and q15
                [exposed]
                version = 1
                label = e
                definition = q11 or q12
                population = sex = 1
                """, "t.ini");
        Indicator both = c.find("both").orElseThrow();
        assertThat(both.canonicalDefinition()).isEqualTo("((q11 or q12) and q15)");
        assertThat(both.variables()).containsExactly("q11", "q12", "q15");
        assertThat(both.population()).isEmpty();
    }

    @Test
    void anIndicatorMayListItsOwnBreakdowns() {
        IndicatorCatalogue c = IndicatorCatalogue.parse("""
                [defaults]
                breakdowns = sex, grade
                [a]
                version = 1
                label = a
                definition = q01
                [b]
                version = 1
                label = b
                definition = q02
                breakdowns = lanskod, SEX  X  GRADE
                """, "t.ini");
        assertThat(c.find("a").orElseThrow().breakdowns()).containsExactly("sex", "grade");
        assertThat(c.find("b").orElseThrow().breakdowns()).containsExactly("lanskod", "sex x grade");
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        IndicatorCatalogue c = IndicatorCatalogue.parse("\uFEFF[a]\nversion = 1\nlabel = a\ndefinition = q01\n", "t.ini");
        assertThat(c.indicators()).hasSize(1);
    }
}
