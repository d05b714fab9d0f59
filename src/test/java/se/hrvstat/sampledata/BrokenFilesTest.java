package se.hrvstat.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

class BrokenFilesTest {

    @Test
    void theLuhnCheckDigitMatchesTheExampleInTheDomainBrief() {
        assertThat(BrokenFiles.luhnCheckDigit("640823323")).isEqualTo(4);
    }

    @Test
    void theMadeUpPersonnummerHasAValidDateAndCheckDigit() {
        String pnr = BrokenFiles.madeUpPersonnummer(20261125L);
        assertThat(pnr).matches("[0-9]{6}-[0-9]{4}");
        String digits = pnr.replace("-", "");
        assertThat(digits.charAt(9) - '0').isEqualTo(BrokenFiles.luhnCheckDigit(digits.substring(0, 9)));
        LocalDate.parse("20" + digits.substring(0, 6), DateTimeFormatter.BASIC_ISO_DATE);
    }
}
