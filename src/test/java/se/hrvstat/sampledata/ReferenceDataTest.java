package se.hrvstat.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    @Test
    void thereAre290MunicipalitiesWithValidUniqueCodesIn21Counties() {
        ReferenceData ref = ReferenceData.load();
        Set<String> counties = new TreeSet<>();
        for (ReferenceData.County c : ref.counties()) {
            assertThat(c.lanskod()).matches("[0-9]{2}");
            counties.add(c.lanskod());
        }
        assertThat(counties).hasSize(21).doesNotContain("02", "11", "15", "16");

        Set<String> codes = new TreeSet<>();
        for (ReferenceData.Municipality m : ref.municipalities()) {
            assertThat(m.kommunkod()).matches("[0-9]{4}");
            assertThat(m.kommunkod()).startsWith(m.lanskod());
            assertThat(counties).contains(m.lanskod());
            assertThat(m.kommun()).isNotBlank();
            codes.add(m.kommunkod());
        }
        assertThat(codes).hasSize(290);
        assertThat(ref.municipalitiesByCounty()).hasSize(21);
        assertThat(ref.municipalitiesByCounty().get("01")).hasSize(26);
        assertThat(ref.municipalitiesByCounty().get("14")).hasSize(49);
    }
}
