package se.hrvstat.municipal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.hrvstat.survey.disclosure.DisclosureRules;

/** The whole country's municipal tables of the sample data pass the audit with the intruder's knowledge. */
class SampleDisclosureFiguresTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2023, 2024})
    void theSampleYearsTablesPassTheAuditWithTheIntrudersKnowledge(int year) {
        MunicipalYear y = SampleMunicipalYear.read(Path.of("sample-data"), year);
        long start = System.nanoTime();
        MunicipalStatistics.Publication p = new MunicipalStatistics(SampleMunicipalYear.geography(), DisclosureRules.DEFAULT, 0.95)
                .compute(y, Optional.empty());
        System.out.printf("%d: %d cells, %d primary, %d suppressed, %d ranges, %.1f s%n", year, p.cells(), p.primary(),
                p.suppressed(), p.auditedRanges(), (System.nanoTime() - start) / 1e9);
        assertThat(p.auditedRanges()).isEqualTo(p.suppressed());
    }
}
