package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Figure 1's two panels: an indicator goes by its highest bar, under 20 % or at 20 % and above. */
class BarChartPanelsTest {

    private static Map<String, Object> bar(String indicator, boolean inChart, Double percent) {
        Map<String, Object> m = new HashMap<>();
        m.put("indicator", indicator);
        m.put("inChart", inChart);
        m.put("chartValue", percent);
        return m;
    }

    @Test
    void anIndicatorGoesToThePanelOfItsHighestBar() {
        List<Map<String, ?>> rows = new ArrayList<>(List.of(
                bar("hedersnormer", true, 8.5), bar("hedersnormer", true, 9.8),
                // a group outside the chart (a county at 25 %) does not move the indicator
                bar("hedersnormer", false, 25.0),
                // girls at 20,0 %: the level itself is the upper panel's
                bar("hjalp", true, 19.0), bar("hjalp", true, 20.0),
                bar("vet_hjalp", true, 74.9), bar("vet_hjalp", true, null)));
        PdfReportWriter.markChartPanels(rows);
        assertThat(rows).filteredOn(r -> r.get("indicator").equals("hedersnormer")).allMatch(r -> r.get("chartHigh").equals(false));
        assertThat(rows).filteredOn(r -> r.get("indicator").equals("hjalp")).allMatch(r -> r.get("chartHigh").equals(true));
        assertThat(rows).filteredOn(r -> r.get("indicator").equals("vet_hjalp")).allMatch(r -> r.get("chartHigh").equals(true));
    }
}
