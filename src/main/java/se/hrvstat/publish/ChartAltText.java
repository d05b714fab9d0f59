package se.hrvstat.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alternative texts of the annual report's charts (PDF /Alt of the Figure; WCAG 2.1, 1.1.1
 * non-text content): what the chart shows and every figure it draws, in Swedish, built from the
 * same records the charts are filled from, so a screen-reader user gets the chart's numbers.
 * The words are the texts {@code pdf.alt.*} and {@code chart.bars.intervals} of {@link Texts}.
 */
final class ChartAltText {

    private ChartAltText() {
    }

    /**
     * "Stapeldiagram: andel elever i procent per indikator för samtliga, flickor och pojkar, 2024,
     * med 90-procentiga konfidensintervall. Lever med hedersnormer: samtliga 12,3 %, flickor
     * 14,2 %, pojkar 10,5 %. ..." from the table records that are in the chart ({@code inChart}).
     */
    static String bars(List<Map<String, ?>> tableRows, int wave, boolean hasSex, String intervals, Texts texts) {
        Map<String, List<String>> byIndicator = new LinkedHashMap<>();
        for (Map<String, ?> row : tableRows) {
            if (Boolean.TRUE.equals(row.get("inChart"))) {
                byIndicator.computeIfAbsent((String) row.get("indicatorLabel"), k -> new ArrayList<>())
                        .add(lowerFirst((String) row.get("groupLabel")) + " " + percent((String) row.get("estimateText"), texts));
            }
        }
        StringBuilder alt = new StringBuilder(texts.get("pdf.alt.bars"))
                .append(hasSex ? texts.get("pdf.alt.bars.sex") : "").append(", ").append(wave)
                .append(", ").append(intervals).append('.');
        byIndicator.forEach((indicator, values) -> alt.append(' ').append(indicator).append(": ")
                .append(String.join(", ", values)).append('.'));
        return alt.append(texts.get("pdf.alt.bars.end")).toString();
    }

    /**
     * "Linjediagram: andel elever i procent per indikator och undersökningsår, samtliga elever.
     * Lever med hedersnormer: 2020 11,0 %, 2022 11,8 %, 2024 12,3 %. ..." from the trend records
     * (indicatorLabel, wave, value in percent).
     */
    static String trend(List<Map<String, ?>> trendRecords, Texts texts) {
        Map<String, List<String>> byIndicator = new LinkedHashMap<>();
        for (Map<String, ?> r : trendRecords) {
            byIndicator.computeIfAbsent((String) r.get("indicatorLabel"), k -> new ArrayList<>())
                    .add(r.get("wave") + " " + SwedishFormat.decimal((Double) r.get("value"), 1) + " %");
        }
        StringBuilder alt = new StringBuilder(texts.get("pdf.alt.trend"));
        byIndicator.forEach((indicator, values) -> alt.append(' ').append(indicator).append(": ")
                .append(String.join(", ", values)).append('.'));
        return alt.append(texts.get("pdf.alt.trend.end")).toString();
    }

    /** "12,3" as "12,3 %", "12,3*" (uncertain) as "12,3 % (osäker skattning)". */
    private static String percent(String estimateText, Texts texts) {
        if (estimateText.endsWith(SwedishFormat.SYMBOL_UNCERTAIN)) {
            return texts.get("pdf.alt.uncertain",
                    estimateText.substring(0, estimateText.length() - SwedishFormat.SYMBOL_UNCERTAIN.length()));
        }
        return estimateText + " %";
    }

    private static String lowerFirst(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(SwedishFormat.LOCALE) + label.substring(1);
    }
}
