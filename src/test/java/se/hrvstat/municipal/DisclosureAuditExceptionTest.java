package se.hrvstat.municipal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.hrvstat.survey.disclosure.CellRange;

class DisclosureAuditExceptionTest {
    @Test
    void theMessageNamesTheCellItsDerivableRangeAndTheProtectionInterval() {
        // a 3 in municipality 0114, social services, that the published cells pin to exactly 3
        CellRange pinned = new CellRange(7, "m|0114|socialtjanst", 3, true, 3, 3, 2, 5);

        String message = new DisclosureAuditException(2024, List.of(pinned)).getMessage();

        assertThat(message).isEqualTo("röjandekontrollen underkände kommuntabellerna 2024: 1 undertryckta celler kan "
                + "härledas för snävt ur det som publiceras, t.ex. m|0114|socialtjanst (primär) kan härledas till [3, 3], "
                + "skyddsintervallet är [2, 5]");
    }
}
