package se.hrvstat.publish;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * Readable bar charts for the annual report: full indicator labels (up to three lines, up to
 * 40 % of the width), a 0–100 % scale when values are large, flat bars, light solid grid lines
 * and Swedish tick labels. Named in the templates as {@code customizerClass}.
 */
public class BarChartCustomizer implements JRChartCustomizer {

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        if (!(chart.getPlot() instanceof CategoryPlot plot)) {
            return;
        }
        CategoryAxis categories = plot.getDomainAxis();
        categories.setMaximumCategoryLabelWidthRatio(0.4f);
        categories.setMaximumCategoryLabelLines(3);
        categories.setCategoryMargin(0.25);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        if (plot.getRangeAxis() instanceof NumberAxis values) {
            DecimalFormatSymbols s = new DecimalFormatSymbols(Locale.ROOT);
            s.setDecimalSeparator(',');
            s.setGroupingSeparator(SwedishFormat.THOUSANDS_SEPARATOR);
            values.setNumberFormatOverride(new DecimalFormat("#,##0", s));
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            values.setLowerBound(0.0);
            values.setUpperMargin(0.08);
        }
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setItemMargin(0.05);
            bars.setMaximumBarWidth(0.08);
        }
    }
}
