package se.hrvstat.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.hrvstat.municipal.MunicipalYear;
import se.hrvstat.result.CaseCount;
import se.hrvstat.result.PopulationCount;

/** Which last year the municipal publication compares with (the profiles' last-year column). */
class MunicipalLastYearTest {

    @Test
    void aYearWithCasesButNoEffortReturnsIsLastYear() {
        MunicipalYear casesOnly = new MunicipalYear(2023,
                List.of(new CaseCount("0101", "socialtjanst", "flicka_kvinna", "13-17", "personer", 20)), List.of(),
                List.of(new PopulationCount("0101", "flicka_kvinna", "13-17", 9_800)));
        assertThat(MunicipalPublication.lastYear(casesOnly)).contains(casesOnly);
    }

    @Test
    void aYearWithNothingReturnedIsNoLastYear() {
        assertThat(MunicipalPublication.lastYear(new MunicipalYear(2023, List.of(), List.of(), List.of()))).isEmpty();
    }
}
