package se.hrvstat.indicator;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CatalogueErrorTest {

    private static String indicator(String name, String definition) {
        return "[" + name + "]\nversion = 1\nlabel = " + name + "\ndefinition = " + definition + "\n";
    }

    private static void parse(String text) {
        IndicatorCatalogue.parse(text, "indicators.ini");
    }

    @Test
    void aMissingClosingParenthesisNamesTheColumnWhereItWasExpected() {
        // "q01 and (q02 or q03" has 19 characters; the ')' was expected at column 20
        assertThatThrownBy(() -> parse(indicator("x", "q01 and (q02 or q03")))
                .isInstanceOf(CatalogueException.class)
                .hasMessage("indicators.ini:4: indicator 'x': expected ')' but found end of expression"
                        + " at column 20 in \"q01 and (q02 or q03\"")
                .extracting(e -> ((CatalogueException) e).column()).isEqualTo(20);
    }

    @Test
    void aMisplacedOperatorNamesItsColumnAndWhatWasExpected() {
        assertThatThrownBy(() -> parse(indicator("x", "q01 and or q02")))
                .hasMessageContaining("expected an item, an indicator, a comparison, 'not', 'at least'"
                        + " or '(' but found 'or' at column 9");
    }

    @Test
    void trailingTextAfterACompleteExpressionIsAnError() {
        assertThatThrownBy(() -> parse(indicator("x", "q01 q02")))
                .hasMessageContaining("expected 'and', 'or' or end of expression but found 'q02' at column 5");
    }

    @Test
    void anUnexpectedCharacterIsReportedWithItsColumn() {
        assertThatThrownBy(() -> parse(indicator("x", "q01 & q02")))
                .hasMessageContaining("unexpected character '&' at column 5");
    }

    @Test
    void aReferenceToAnUnknownItemOrIndicatorIsAnError() {
        assertThatThrownBy(() -> parse(indicator("x", "q01 or q17")))
                .hasMessageContaining("indicator 'x': unknown item or indicator 'q17' at column 8");
        assertThatThrownBy(() -> parse(indicator("x", "hedersnorm and q11")))
                .hasMessageContaining("unknown item or indicator 'hedersnorm' at column 1");
    }

    @Test
    void aComparisonWithAnUnknownVariableIsAnError() {
        assertThatThrownBy(() -> parse(indicator("x", "gender = 1")))
                .hasMessageContaining("unknown variable 'gender' at column 1");
    }

    @Test
    void aBackgroundVariableCannotStandAloneAsYesOrNo() {
        assertThatThrownBy(() -> parse(indicator("x", "q01 and sex")))
                .hasMessageContaining("'sex' is not a yes/no item; compare it with a code, e.g. sex = 1 at column 9");
    }

    @Test
    void comparingWithAMissingCodeIsAnErrorBecauseItIsAlwaysUnknown() {
        assertThatThrownBy(() -> parse(indicator("x", "q05 = 8")))
                .hasMessageContaining("code 8 of q05 means missing")
                .hasMessageContaining("at column 7");
    }

    @Test
    void atLeastKOfNeedsKBetweenOneAndTheNumberOfOperands() {
        assertThatThrownBy(() -> parse(indicator("x", "at least 3 of (q01, q02)")))
                .hasMessageContaining("'at least 3 of' needs k between 1 and the 2 operands listed at column 10");
        assertThatThrownBy(() -> parse(indicator("x", "at most 2 of (q01, q02)")))
                .hasMessageContaining("expected 'least' but found 'most' at column 4");
    }

    @Test
    void aCycleOfReferencesIsAnError() {
        assertThatThrownBy(() -> parse(indicator("a", "b and q01") + indicator("b", "c") + indicator("c", "a or q02")))
                .hasMessageContaining("cycle of references a -> b -> c -> a");
    }

    @Test
    void anIndicatorReferringToItselfIsACycle() {
        assertThatThrownBy(() -> parse(indicator("a", "q01 and a")))
                .hasMessageContaining("indicator 'a': cycle of references a -> a");
    }

    @Test
    void anErrorInThePopulationFilterSaysSo() {
        assertThatThrownBy(() -> parse(indicator("x", "q15") + "population = q11 or\n"))
                .hasMessageContaining("indicators.ini:5: indicator 'x': expected an item")
                .hasMessageContaining("in population \"q11 or\"");
    }

    @Test
    void aMissingVersionOrLabelOrDefinitionIsAnError() {
        assertThatThrownBy(() -> parse("[x]\nlabel = x\ndefinition = q01\n"))
                .hasMessage("indicators.ini:1: indicator 'x' has no version");
        assertThatThrownBy(() -> parse("[x]\nversion = one\nlabel = x\ndefinition = q01\n"))
                .hasMessageContaining("indicators.ini:2: indicator 'x': version must be a whole number >= 1");
    }

    @Test
    void anUnknownKeyOrADuplicateIndicatorNamesTheLine() {
        assertThatThrownBy(() -> parse(indicator("x", "q01") + "denominator = q02\n"))
                .hasMessageStartingWith("indicators.ini:5: unknown key 'denominator'");
        assertThatThrownBy(() -> parse(indicator("x", "q01") + indicator("x", "q02")))
                .hasMessage("indicators.ini:5: indicator 'x' defined twice (first on line 1)");
    }

    @Test
    void anUnknownBreakdownIsAnError() {
        assertThatThrownBy(() -> parse("[defaults]\nbreakdowns = sex, school\n" + indicator("x", "q01")))
                .hasMessageContaining("indicators.ini:2: unknown breakdown 'school'");
    }
}
