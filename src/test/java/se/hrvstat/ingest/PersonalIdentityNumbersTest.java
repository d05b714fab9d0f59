package se.hrvstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityNumbersTest {

    // Skatteverket's example 640823-323C: products 6*2=12, 4*1, 0*2, 8*1, 2*2, 3*1, 3*2, 2*1, 3*2
    // digit sums 1+2, 4, 0, 8, 4, 3, 6, 2, 6 = 36 -> C = (10 - 36 mod 10) mod 10 = 4 (DOMAIN.md 10).
    @ParameterizedTest
    @ValueSource(strings = {"640823-3234", "6408233234", "196408233234", "19640823-3234", "640823+3234"})
    void aValidPersonalIdentityNumberIsRecognisedInEveryWrittenForm(String value) {
        assertThat(PersonalIdentityNumbers.looksLikeOne(value)).isTrue();
    }

    // Coordination number example of DOMAIN.md: 701063-2391 (day 63 = 3 + 60); by hand:
    // 7*2=14->5, 0, 1*2=2, 0, 6*2=12->3, 3, 2*2=4, 3, 9*2=18->9 : 5+0+2+0+3+3+4+3+9 = 29 -> C = 1.
    @ParameterizedTest
    @ValueSource(strings = {"701063-2391", "7010632391"})
    void aCoordinationNumberIsRecognised(String value) {
        assertThat(PersonalIdentityNumbers.looksLikeOne(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"640823-3235", "641323-3234", "640832-3234", "R2024-000123", "1234567890", "12345",
        "2024", "", "640823-32345"})
    void valuesWithAWrongCheckDigitDateOrShapeAreNotPersonalIdentityNumbers(String value) {
        assertThat(PersonalIdentityNumbers.looksLikeOne(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"640823-3234"})
    void theMaskKeepsNothingThatIdentifiesThePerson(String value) {
        assertThat(PersonalIdentityNumbers.mask(value)).isEqualTo("64*********").doesNotContain("0823", "3234");
    }
}
