package se.hrvstat.publish;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jfree.chart.axis.NumberAxis;

/** The value axis of every chart of the report: whole percentages in Swedish form, from 0. */
final class PercentAxis {
    private PercentAxis() {
    }

    /** Whole-number ticks written the Swedish way (decimal comma, thin-space thousands), starting at 0. */
    static void apply(NumberAxis values) {
        DecimalFormatSymbols s = new DecimalFormatSymbols(Locale.ROOT);
        s.setDecimalSeparator(',');
        s.setGroupingSeparator(SwedishFormat.THOUSANDS_SEPARATOR);
        values.setNumberFormatOverride(new DecimalFormat("#,##0", s));
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setLowerBound(0.0);
    }
}
